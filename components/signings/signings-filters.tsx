import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { BoardSector } from "@/lib/signings/board";
import { isHomeRegion } from "@/lib/signings/regions";

const selectClass =
  "mt-1 block w-full truncate rounded-md border border-slate-300 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/**
 * Sector and region as a plain GET form: the query string is the state, so it works without
 * JavaScript and every filtered board has an address to share.
 */
export async function SigningsFilters({
  sectors,
  regions,
  selected,
  locale,
  regionName,
}: {
  sectors: BoardSector[];
  regions: string[];
  selected: { sector: string | null; region: string | null };
  locale: AppLocale;
  regionName: (key: string) => string;
}) {
  const t = await getTranslations("signings.filters");
  const byName = (a: string, b: string) => regionName(a).localeCompare(regionName(b), locale);
  const home = regions.filter(isHomeRegion).sort(byName);
  const abroad = regions.filter((r) => !isHomeRegion(r)).sort(byName);
  const filtered = selected.sector !== null || selected.region !== null;
  return (
    <form action="/signings" method="get" role="search" aria-label={t("region")} className="no-print grid gap-3 rounded-xl border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end sm:p-4">
      <div>
        <label htmlFor="signings-sector" className="block text-sm font-medium text-slate-800">
          {t("sector")}
        </label>
        <select id="signings-sector" name="sector" defaultValue={selected.sector ?? ""} className={selectClass}>
          <option value="">{t("anySector")}</option>
          {sectors.map((s) => (
            <option key={s.slug} value={s.slug}>
              {localized(s, "name", locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="signings-region" className="block text-sm font-medium text-slate-800">
          {t("place")}
        </label>
        <select id="signings-region" name="region" defaultValue={selected.region ?? ""} aria-describedby="signings-region-hint" className={selectClass}>
          <option value="">{t("anyPlace")}</option>
          {home.length ? (
            <optgroup label={t("china")}>
              {home.map((key) => (
                <option key={key} value={key}>
                  {regionName(key)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {abroad.length ? (
            <optgroup label={t("abroad")}>
              {abroad.map((key) => (
                <option key={key} value={key}>
                  {regionName(key)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-800">
          {t("submit")}
        </button>
        {filtered ? (
          <Link href="/signings" className="text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {t("clear")}
          </Link>
        ) : null}
      </div>
      <p id="signings-region-hint" className="text-xs text-slate-600 sm:col-span-3">
        {t("placeHint")}
      </p>
    </form>
  );
}
