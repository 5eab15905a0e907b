import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { setLocaleAction } from "@/app/_lib/locale-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

/** Language buttons that work without JavaScript: each submits the form with its locale. */
export async function LanguageSwitcher({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = await getTranslations("common");
  const [locale, h] = await Promise.all([getLocale(), headers()]);
  const back = h.get("x-concord-path") ?? "/";
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      <input type="hidden" name="back" value={back} />
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
