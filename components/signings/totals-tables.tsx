import { getFormatter, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import type { Money, RegionTotal, SectorTotal } from "@/lib/signings/board";

const th = "px-2 py-2 text-left text-xs font-semibold text-slate-600 sm:px-3 sm:tracking-wide sm:uppercase";
const td = "px-2 py-2 align-top sm:px-3";
const num = "text-right tabular-nums whitespace-nowrap";

function headlineOf(totals: Money[], currency: string): bigint {
  return totals.find((m) => m.currency === currency)?.valueMinor ?? 0n;
}

/** The headline currency's amount, and below it any other currency's, never converted. */
function Amounts({ totals, currency, intl }: { totals: Money[]; currency: string; intl: string }) {
  const others = totals.filter((m) => m.currency !== currency && m.valueMinor !== 0n);
  return (
    <>
      {formatMoney(headlineOf(totals, currency), currency, intl)}
      {others.map((m) => (
        <span key={m.currency} className="block text-xs font-normal text-slate-600">
          + {formatMoney(m.valueMinor, m.currency, intl)}
        </span>
      ))}
    </>
  );
}

/** The sector chart's figures, exact, with a total row. */
export async function SectorTable({ rows, currency, totals, agreements, locale }: { rows: SectorTotal[]; currency: string; totals: Money[]; agreements: number; locale: AppLocale }) {
  const t = await getTranslations("signings.charts");
  const format = await getFormatter();
  const intl = INTL_LOCALE[locale];
  return (
    <table className="w-full text-[13px] sm:text-sm">
      <caption className="pb-2 text-left text-sm font-semibold text-slate-800">{t("sectorCaption")}</caption>
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={th}>{t("sector")}</th>
          <th scope="col" className={`${th} text-right`}>{t("agreements")}</th>
          <th scope="col" className={`${th} text-right`}>{t("value", { currency })}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.sector.slug}>
            <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
              <span aria-hidden className="mr-2 inline-block size-2.5 rounded-full align-middle" style={{ backgroundColor: row.sector.color, printColorAdjust: "exact" }} />
              {localized(row.sector, "name", locale)}
            </th>
            <td className={`${td} ${num}`}>{format.number(row.agreements)}</td>
            <td className={`${td} ${num}`}><Amounts totals={row.totals} currency={currency} intl={intl} /></td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-300 font-semibold">
        <tr>
          <th scope="row" className={`${td} text-left`}>{t("total")}</th>
          <td className={`${td} ${num}`}>{format.number(agreements)}</td>
          <td className={`${td} ${num}`}><Amounts totals={totals} currency={currency} intl={intl} /></td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The region chart's figures: every region (the chart groups the smallest), exact shares. */
export async function RegionTable({
  rows,
  currency,
  totals,
  agreements,
  organizations,
  locale,
  regionName,
}: {
  rows: RegionTotal[];
  currency: string;
  totals: Money[];
  agreements: number;
  organizations: number;
  locale: AppLocale;
  regionName: (key: string) => string;
}) {
  const t = await getTranslations("signings.charts");
  const format = await getFormatter();
  const intl = INTL_LOCALE[locale];
  return (
    <table className="w-full text-[13px] sm:text-sm">
      <caption className="pb-2 text-left text-sm font-semibold text-slate-800">{t("regionCaption")}</caption>
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={th}>{t("place")}</th>
          <th scope="col" className={`${th} text-right`}>{t("agreements")}</th>
          <th scope="col" className={`${th} hidden text-right sm:table-cell`}>{t("organizations")}</th>
          <th scope="col" className={`${th} text-right`}>{t("share", { currency })}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={`${td} text-left font-medium text-slate-900`}>{regionName(row.key)}</th>
            <td className={`${td} ${num}`}>{format.number(row.agreements)}</td>
            <td className={`${td} ${num} hidden sm:table-cell`}>{format.number(row.organizations)}</td>
            <td className={`${td} ${num}`}><Amounts totals={row.totals} currency={currency} intl={intl} /></td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-300 font-semibold">
        <tr>
          <th scope="row" className={`${td} text-left`}>{t("total")}</th>
          <td className={`${td} ${num}`}>{format.number(agreements)}</td>
          <td className={`${td} ${num} hidden sm:table-cell`}>{format.number(organizations)}</td>
          <td className={`${td} ${num}`}><Amounts totals={totals} currency={currency} intl={intl} /></td>
        </tr>
      </tfoot>
    </table>
  );
}
