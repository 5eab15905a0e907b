import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import type { BoardAgreement } from "@/lib/signings/board";
import { regionKey } from "@/lib/signings/regions";
import { formatDateTime, zoneLabel } from "@/lib/time/format";

/** One signed agreement: sector, title, value, time of signing, and who signed for whom. */
export async function AgreementCard({
  agreement: a,
  locale,
  timeZone,
  regionName,
}: {
  agreement: BoardAgreement;
  locale: AppLocale;
  timeZone: string;
  regionName: (key: string) => string;
}) {
  const t = await getTranslations("signings.list");
  const intl = INTL_LOCALE[locale];
  const titleLang = localizedLang(a, "title", locale);
  const summary = localized(a, "summary", locale);
  return (
    <article aria-labelledby={`agreement-${a.id}`} className="relative overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm print:rounded-none print:border-x-0 print:border-t-0 print:shadow-none">
      <div aria-hidden className="absolute inset-y-0 left-0 w-1.5 print:hidden" style={{ backgroundColor: a.sector.color }} />
      <div className="p-4 pl-6 sm:p-5 sm:pl-7 print:p-0 print:py-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs font-medium">
          <span className="inline-flex items-center gap-1.5 text-slate-700">
            <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: a.sector.color }} />
            <span className="sr-only">{t("sector")}: </span>
            {localized(a.sector, "name", locale)}
          </span>
          {a.isSample ? <SampleBadge /> : null}
        </div>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
          <h3 id={`agreement-${a.id}`} lang={titleLang === locale ? undefined : titleLang} className="text-lg leading-snug font-semibold text-slate-900">
            {localized(a, "title", locale)}
          </h3>
          <dl className="shrink-0 sm:text-right">
            <dt className="sr-only">{t("value")}</dt>
            <dd className="text-lg font-bold whitespace-nowrap text-brand-800 tabular-nums">{formatMoney(a.valueMinor, a.currency, intl)}</dd>
            <dt className="sr-only">{t("signedAt")}</dt>
            <dd className="text-sm text-slate-600 tabular-nums">
              {a.signedAt ? (
                <time dateTime={a.signedAt.toISOString()}>
                  {formatDateTime(a.signedAt, timeZone, intl)} <span className="text-slate-500">{zoneLabel(a.signedAt, timeZone, intl)}</span>
                </time>
              ) : (
                t("notRecorded")
              )}
            </dd>
          </dl>
        </div>
        {summary ? <p className="mt-2 max-w-3xl text-sm text-slate-600">{summary}</p> : null}
        <h4 className="sr-only">{t("parties")}</h4>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2 print:gap-1">
          {a.parties.map((p) => {
            const key = regionKey(p.organization.countryCode, p.organization.region);
            const place = key.startsWith("CN-") ? `${regionName(key)}, ${countryName("CN", intl)}` : regionName(key);
            return (
              <li key={p.organization.slug} className="rounded-lg bg-slate-50 px-3 py-2 text-sm print:bg-transparent print:px-0 print:py-0.5">
                <p className="text-xs font-semibold tracking-wide text-gold-700 uppercase">
                  <span className="sr-only">{t("role")}: </span>
                  {p.role}
                </p>
                <p className="font-medium text-slate-900">
                  <Link href={`/organizations/${p.organization.slug}`} className="hover:text-brand-700 hover:underline">
                    {localized(p.organization, "name", locale)}
                  </Link>
                </p>
                <p className="text-xs text-slate-600">{place}</p>
                <p className="mt-1 text-xs text-slate-700">
                  <span className="text-slate-500">{t("signatory")} </span>
                  {p.signatoryName}
                  {p.signatoryTitle ? `, ${p.signatoryTitle}` : null}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}
