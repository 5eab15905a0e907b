import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/_lib/locale-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

/**
 * Language buttons that work without JavaScript: each submits the form with its locale, and the
 * action sends the visitor back to the page they were on (from `back`, else the Referer). Reading
 * no request headers here keeps the pages that are rendered once per language static.
 */
export async function LanguageSwitcher({ tone = "dark", back }: { tone?: "dark" | "light"; back?: string }) {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {back ? <input type="hidden" name="back" value={back} /> : null}
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={cn(
            "rounded px-2 py-1 transition-colors",
            tone === "dark"
              ? l === locale ? "bg-white/20 font-semibold text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"
              : l === locale ? "bg-brand-100 font-semibold text-brand-900" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
