import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { AccountLinks } from "./account-links";

/** The public site's header: the forum's name, the sections, language and account. */
export async function SiteHeader({ forumName }: { forumName: string | null }) {
  const t = await getTranslations("common");
  return (
    <header className="no-print bg-brand-900 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-3 font-semibold">
          <span aria-hidden className="grid size-8 place-items-center rounded-full bg-gold-500 text-sm font-bold text-brand-950">
            C
          </span>
          <span className="text-base leading-tight">{forumName ?? t("appName")}</span>
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-medium">
          <Link href="/" className="hover:text-gold-300">
            {t("nav.home")}
          </Link>
          <Link href="/program" className="hover:text-gold-300">
            {t("nav.program")}
          </Link>
          <Link href="/speakers" className="hover:text-gold-300">
            {t("nav.speakers")}
          </Link>
          <Link href="/signings" className="hover:text-gold-300">
            {t("nav.signings")}
          </Link>
          <AccountLinks />
        </nav>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-6xl justify-end px-4 py-1 sm:px-6">
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
