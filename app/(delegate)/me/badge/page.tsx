import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/delegates/print-button";
import { badgeQrDataUrl, CATEGORY_COLORS, groupBadgeCode } from "@/lib/delegates/badge";
import { getMyBadge } from "@/lib/delegates/queries";
import { countryName } from "@/lib/geo/countries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/time/format";
import { delegateContext } from "../_lib/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("badge"))("title") };
}

// Printed, the page is the card alone: A6 portrait without margins, colours kept. On screen the
// same card is shown at its printed proportions.
const PRINT_CSS = `
@media print {
  @page { size: 105mm 148mm; margin: 0; }
  html, body { background: #fff; }
  .badge-page { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .badge-card { width: 105mm !important; height: 148mm !important; max-width: none !important; border: 0 !important; border-radius: 0 !important; box-shadow: none !important; margin: 0 !important; break-inside: avoid; }
  .badge-card, .badge-card * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

export default async function BadgePage() {
  const { ref } = await delegateContext();
  const t = await getTranslations("badge");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const badge = ref ? await getMyBadge(ref) : null;

  if (!badge || badge.status !== "APPROVED") {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <section aria-labelledby="no-badge-heading" className="mt-8 rounded-xl border border-slate-300 bg-slate-50 p-6 text-slate-800">
          <h2 id="no-badge-heading" className="text-lg font-semibold">
            {t("notYetHeading")}
          </h2>
          <p className="mt-2">{badge ? t(`notYet.${badge.status as "PENDING" | "REJECTED" | "CANCELLED"}`) : t("none")}</p>
          <p className="mt-4">
            <Link href="/me" className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
              {t("backToOverview")}
            </Link>
          </p>
        </section>
      </main>
    );
  }

  const qr = await badgeQrDataUrl(badge.badgeCode);
  const grouped = groupBadgeCode(badge.badgeCode);
  const colors = CATEGORY_COLORS[badge.category];
  const organization = badge.organization ? localized(badge.organization, "name", locale) : badge.organizationName;
  const showLatin = badge.latinName && badge.latinName.trim() !== badge.fullName.trim();

  return (
    <main id="main" className="badge-page mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <style>{PRINT_CSS}</style>
      <div className="no-print">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <PrintButton label={t("print")} />
          <p className="text-sm text-slate-600">{t("printHint")}</p>
        </div>
      </div>

      <article
        aria-label={t("title")}
        className="badge-card mx-auto mt-8 flex aspect-[105/148] w-full max-w-[105mm] flex-col overflow-hidden rounded-xl border border-slate-300 bg-white text-slate-900 shadow-lg"
      >
        <header className="bg-brand-900 px-5 pt-4 pb-3 text-white">
          <p className="text-sm leading-tight font-semibold">{localized(badge.forum, "name", locale)}</p>
          <p className="mt-0.5 text-xs opacity-90">
            {localized(badge.forum, "city", locale)} · {formatDateRange(badge.forum.startDate, badge.forum.endDate, intl)}
          </p>
        </header>
        <p className="px-5 py-1.5 text-center text-xs font-bold tracking-[0.2em] uppercase" style={{ backgroundColor: colors.band, color: colors.text }}>
          {tc(`categories.${badge.category}`)}
        </p>
        <div className="flex flex-1 flex-col items-center px-5 pt-4 text-center">
          <p className="text-2xl leading-tight font-bold break-words">{badge.fullName}</p>
          {showLatin ? <p className="mt-1 text-base font-medium text-slate-700">{badge.latinName}</p> : null}
          {organization ? <p className="mt-3 text-sm leading-snug font-semibold text-slate-800">{organization}</p> : null}
          {badge.jobTitle ? <p className="text-xs text-slate-600">{badge.jobTitle}</p> : null}
          <p className="mt-1 text-sm text-slate-700">
            {countryName(badge.countryCode, intl)}
            {badge.delegation ? ` · ${badge.delegation.name}` : ""}
          </p>
          <div className="mt-auto flex flex-col items-center pb-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server; nothing for next/image to optimise */}
            <img src={qr} alt={t("qrAlt", { code: grouped })} width={128} height={128} className="size-32" />
            <p className="mt-1 font-mono text-base font-bold tracking-wider">
              <span className="sr-only">{t("codeLabel")}: </span>
              <span>{grouped}</span>
            </p>
          </div>
        </div>
        <div aria-hidden className="h-2" style={{ backgroundColor: colors.band }} />
      </article>
      <p className="no-print mt-4 text-center text-sm text-slate-600">{t("keepPrivate")}</p>
    </main>
  );
}
