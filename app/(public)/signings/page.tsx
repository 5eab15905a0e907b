import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementCard } from "@/components/signings/agreement-card";
import { BarChart, type BarRow } from "@/components/signings/bar-chart";
import { SigningsFilters } from "@/components/signings/signings-filters";
import { RegionTable, SectorTable } from "@/components/signings/totals-tables";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoney, formatMoneyCompact } from "@/lib/money/money";
import type { Money } from "@/lib/signings/board";
import { getCachedSigningsBoard } from "@/lib/signings/cache";
import { isHomeRegion, regionLabel, UNSPECIFIED_REGION } from "@/lib/signings/regions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signings");
  const [forum, locale] = await Promise.all([getCurrentForum(), getLocale()]);
  return { title: t("title"), description: forum ? t("metaDescription", { forum: localized(forum, "name", locale) }) : undefined };
}

/** One query value we accept: a single short string (repeated or oversized parameters are ignored). */
function param(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= 120 ? value : null;
}

/** The chart shows this many regions; the rest share one bar (the table lists them all). */
const CHART_REGIONS = 11;

/** Bars of Chinese provinces in the forum's blue (brand-600), of other countries in its gold. */
const HOME_COLOR = "#155a9a";
const ABROAD_COLOR = "#b07d1c";

// A chart beside its table on wide screens and on paper, the table below the chart on a phone.
const cardClass =
  "mt-8 grid gap-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 lg:grid-cols-2 lg:gap-10 print:mt-6 print:grid-cols-2 print:break-inside-avoid print:rounded-none print:border-0 print:p-0 print:shadow-none";

const headlineOf = (totals: Money[], currency: string) => totals.find((m) => m.currency === currency)?.valueMinor ?? 0n;

// Filters arrive in the query string: rendered per request, from the board cached per filter set.
export default async function SigningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("signings");
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getCurrentForum()]);
  if (!forum) {
    return (
      <main id="main" className="mx-auto max-w-6xl min-w-0 px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-slate-600">{t("noForum")}</p>
      </main>
    );
  }
  const board = await getCachedSigningsBoard(forum.id, { sector: param(params.sector), region: param(params.region) });
  const intl = INTL_LOCALE[locale];
  const { currency } = board;
  const regionName = (key: string) => regionLabel(key, locale, intl, t("charts.unspecified"));
  const headline = headlineOf(board.totals, currency);
  const otherTotals = board.totals.filter((m) => m.currency !== currency);
  const otherCounts = new Map(otherTotals.map((m) => [m.currency, board.list.filter((a) => a.currency === m.currency).length]));
  const filtered = board.filters.sector !== null || board.filters.region !== null;
  const activeSector = board.options.sectors.find((s) => s.slug === board.filters.sector);
  const query = new URLSearchParams(Object.entries(board.filters).filter((e): e is [string, string] => e[1] !== null)).toString();
  const filterQuery = query ? `?${query}` : "";
  const compact = (value: bigint) => formatMoneyCompact(value, currency, intl);

  const sectorRows: BarRow[] = board.bySector.map((s) => ({
    key: s.sector.slug,
    label: localized(s.sector, "name", locale),
    value: headlineOf(s.totals, currency),
    valueLabel: compact(headlineOf(s.totals, currency)),
    color: s.sector.color,
  }));
  const regionColor = (key: string) => (key === UNSPECIFIED_REGION ? "#94a3b8" : isHomeRegion(key) ? HOME_COLOR : ABROAD_COLOR);
  const shown = board.byRegion.length > CHART_REGIONS + 1 ? board.byRegion.slice(0, CHART_REGIONS) : board.byRegion;
  const rest = board.byRegion.slice(shown.length);
  const restValue = rest.reduce((sum, r) => sum + headlineOf(r.totals, currency), 0n);
  const regionRows: BarRow[] = [
    ...shown.map((r) => ({ key: r.key, label: regionName(r.key), value: headlineOf(r.totals, currency), valueLabel: compact(headlineOf(r.totals, currency)), color: regionColor(r.key) })),
    ...(rest.length ? [{ key: "other", label: t("charts.others", { count: rest.length }), value: restValue, valueLabel: compact(restValue), color: "#64748b" }] : []),
  ];
  const chartSummary = (rows: BarRow[]) => rows.map((r) => t("charts.summary", { label: r.label, value: r.valueLabel })).join("; ");

  return (
    <main id="main" className="mx-auto max-w-6xl min-w-0 px-4 py-8 sm:px-6 sm:py-10 print:max-w-none print:px-0 print:py-0">
      <header className="border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-brand-700">{localized(forum, "name", locale)}</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
      </header>

      <section aria-labelledby="signings-headline" className="relative mt-6 overflow-hidden rounded-2xl bg-gradient-to-br from-brand-900 via-brand-800 to-brand-600 p-6 text-white shadow-sm sm:p-8 print:rounded-none print:bg-none print:p-0 print:text-black print:shadow-none">
        <div aria-hidden className="pointer-events-none absolute -top-20 -right-20 size-72 rounded-full bg-gold-500/20 blur-3xl print:hidden" />
        <div className="relative">
          <h2 id="signings-headline" className="text-sm font-semibold tracking-[0.2em] text-gold-300 uppercase print:text-slate-600">
            {filtered ? t("headline.filtered") : t("headline.label")}
          </h2>
          {filtered ? (
            // The form is not printed: paper says which filters made these figures.
            <p className="mt-1 hidden text-sm print:block">
              {[
                activeSector ? `${t("filters.sector")}: ${localized(activeSector, "name", locale)}` : null,
                board.filters.region ? `${t("filters.place")}: ${regionName(board.filters.region)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ) : null}
          <p className="mt-3 text-3xl leading-tight font-bold sm:text-5xl">
            <span className="whitespace-nowrap">{t("headline.agreements", { count: board.agreements })}</span>{" "}
            <span aria-hidden className="px-2 text-gold-300 sm:px-3 print:text-slate-400">·</span>
            <span className="sr-only">, </span>{" "}
            <span className="whitespace-nowrap">{compact(headline)}</span>
          </p>
          <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-brand-100 print:text-slate-700">
            <span className="tabular-nums">{t("headline.exact", { value: formatMoney(headline, currency, intl) })}</span>
            <span>{t("headline.organizations", { count: board.organizations })}</span>
          </p>
          {otherTotals.length ? (
            <div className="mt-4 rounded-lg bg-white/10 px-4 py-3 text-sm print:bg-transparent print:px-0">
              <p>{t("headline.otherCurrencies")}</p>
              <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 font-semibold tabular-nums">
                {otherTotals.map((m) => (
                  <li key={m.currency}>{t("headline.otherCurrency", { value: formatMoney(m.valueMinor, m.currency, intl), count: otherCounts.get(m.currency) ?? 0 })}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </section>

      {board.confidential > 0 ? (
        <p className="mt-4 flex gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          <svg aria-hidden viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-slate-500">
            <path d="M10 1.5a4.5 4.5 0 0 0-4.5 4.5v2H5a2 2 0 0 0-2 2v6.5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2h-.5V6A4.5 4.5 0 0 0 10 1.5Zm-3 6.5V6a3 3 0 1 1 6 0v2H7Z" />
          </svg>
          <span>{t("confidential", { count: board.confidential })}</span>
        </p>
      ) : null}

      <div className="mt-6">
        <SigningsFilters sectors={board.options.sectors} regions={board.options.regions} selected={board.filters} locale={locale} regionName={regionName} />
      </div>

      <section aria-labelledby="by-sector" className={cardClass}>
        <div className="min-w-0">
          <h2 id="by-sector" className="text-xl font-bold text-slate-900">{t("charts.bySector")}</h2>
          <div className="mt-4">
            <BarChart title={t("charts.bySector")} desc={`${t("charts.bySectorDesc", { currency })} ${chartSummary(sectorRows)}`} rows={sectorRows} />
          </div>
        </div>
        <div tabIndex={0} role="region" aria-label={t("charts.sectorCaption")} className="min-w-0 overflow-x-auto">
          <SectorTable rows={board.bySector} currency={currency} totals={board.totals} agreements={board.agreements} locale={locale} />
        </div>
      </section>

      <section aria-labelledby="by-region" className={cardClass}>
        <div className="min-w-0">
          <h2 id="by-region" className="text-xl font-bold text-slate-900">{t("charts.byRegion")}</h2>
          <p className="mt-1 max-w-xl text-sm text-slate-600">{t("charts.regionNote")}</p>
          <div className="mt-4">
            {regionRows.length ? (
              <>
                <BarChart title={t("charts.byRegion")} desc={`${t("charts.byRegionDesc", { currency })} ${chartSummary(regionRows)}`} rows={regionRows} />
                <ul aria-hidden className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600">
                  {[
                    { label: t("filters.china"), color: HOME_COLOR },
                    { label: t("filters.abroad"), color: ABROAD_COLOR },
                  ].map((item) => (
                    <li key={item.label} className="inline-flex items-center gap-1.5">
                      <span className="size-2.5 rounded-full" style={{ backgroundColor: item.color, printColorAdjust: "exact" }} />
                      {item.label}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="text-sm text-slate-600">{t("charts.empty")}</p>
            )}
          </div>
        </div>
        <div tabIndex={0} role="region" aria-label={t("charts.regionCaption")} className="min-w-0 overflow-x-auto">
          <RegionTable
            rows={board.byRegion}
            currency={currency}
            totals={board.totals}
            agreements={board.agreements}
            organizations={board.organizations}
            locale={locale}
            regionName={regionName}
          />
        </div>
      </section>

      <section aria-labelledby="signed-list" className="mt-10 print:mt-8">
        <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 pb-3">
          <h2 id="signed-list" className="text-2xl font-bold text-slate-900">
            {t("list.title")} <span className="text-base font-medium text-slate-500">({t("list.count", { count: board.agreements })})</span>
          </h2>
          <a href={`/signings/export.csv${filterQuery}`} download className="no-print inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50">
            <span aria-hidden>⤓</span>
            {t("list.export")}
          </a>
        </div>
        {board.list.length ? (
          <ol className="mt-4 space-y-4 print:mt-2 print:space-y-0">
            {board.list.map((a) => (
              <li key={a.id} className="print:break-inside-avoid">
                <AgreementCard agreement={a} locale={locale} timeZone={forum.timeZone} regionName={regionName} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-6 text-slate-600">{filtered ? t("list.empty") : t("list.emptyAll")}</p>
        )}
      </section>
    </main>
  );
}
