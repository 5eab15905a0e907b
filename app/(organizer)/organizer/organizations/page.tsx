import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { SampleBadge } from "@/components/public/sample-badge";
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import { countryName, countryOptions } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { listOrganizations, listRegions } from "@/lib/organizations/queries";
import { type OrganizationListQuery, organizationListQuerySchema, organizationListSearch } from "@/lib/organizations/schemas";
import { cn } from "@/lib/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("list.title") };
}

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function ConsoleOrganizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const query = organizationListQuerySchema.parse(await searchParams);
  const t = await getTranslations("organizations");
  const intl = INTL_LOCALE[await getLocale()];
  const [page, regions] = await Promise.all([listOrganizations(query), listRegions(query.country)]);
  const filters: OrganizationListQuery = { q: query.q, kind: query.kind, country: query.country, region: query.region };
  const href = (over: Partial<OrganizationListQuery>) => {
    const search = organizationListSearch({ ...filters, ...over }).toString();
    return `/organizer/organizations${search ? `?${search}` : ""}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("list.title")}</h1>
        <p className="text-sm text-slate-600">{t("list.count", { count: page.total })}</p>
        <Link href="/organizer/organizations/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("list.new")}
        </Link>
      </div>

      <form role="search" aria-label={t("list.filters")} className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1">
          <label htmlFor="organization-search" className="block text-xs font-medium text-slate-700">
            {t("list.search")}
          </label>
          <input id="organization-search" name="q" type="search" defaultValue={query.q ?? ""} className={cn(control, "w-full")} />
        </div>
        <div>
          <label htmlFor="organization-kind" className="block text-xs font-medium text-slate-700">
            {t("list.kind")}
          </label>
          <select id="organization-kind" name="kind" defaultValue={query.kind ?? ""} className={control}>
            <option value="">{t("list.any")}</option>
            {Object.values(OrganizationKind).map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="organization-country" className="block text-xs font-medium text-slate-700">
            {t("list.country")}
          </label>
          <select id="organization-country" name="country" defaultValue={query.country ?? ""} className={cn(control, "max-w-48")}>
            <option value="">{t("list.any")}</option>
            {countryOptions(intl).map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="organization-region" className="block text-xs font-medium text-slate-700">
            {t("list.region")}
          </label>
          <select id="organization-region" name="region" defaultValue={query.region ?? ""} className={cn(control, "max-w-48")}>
            <option value="">{t("list.any")}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("list.searchButton")}
        </button>
        <Link href="/organizer/organizations" className="self-center text-sm text-brand-700 underline">
          {t("list.clear")}
        </Link>
      </form>

      <ConsoleTable
        label={t("list.table")}
        columns={[
          { label: t("list.name") },
          { label: t("list.kind") },
          { label: t("list.country") },
          { label: t("list.region") },
          { label: t("list.participants"), align: "right" },
          { label: t("list.people"), align: "right" },
          { label: t("list.agreements"), align: "right" },
        ]}
      >
        {page.rows.length === 0 ? (
          <tr>
            <td colSpan={7} className="px-3 py-6 text-center text-slate-500">
              {t("list.empty")}
            </td>
          </tr>
        ) : (
          page.rows.map((o) => (
            <tr key={o.id} className="border-t border-slate-100 hover:bg-slate-50">
              <td className="max-w-[28rem] px-3 py-1">
                <Link href={`/organizer/organizations/${o.id}`} className="font-medium text-slate-900 underline decoration-slate-300 hover:decoration-brand-700">
                  {o.nameEn}
                </Link>
                {o.nameZh || o.nameRu ? <span className="ml-2 text-slate-500">{o.nameZh ?? o.nameRu}</span> : null}
                {o.isSample ? <SampleBadge className="ml-2" /> : null}
              </td>
              <td className="px-3 py-1 whitespace-nowrap">{t(`kinds.${o.kind}`)}</td>
              <td className="px-3 py-1 whitespace-nowrap">{countryName(o.countryCode, intl)}</td>
              <td className="px-3 py-1 whitespace-nowrap">{o.region ?? "—"}</td>
              <td className="px-3 py-1 text-right tabular-nums">{o._count.participants.toLocaleString(intl)}</td>
              <td className="px-3 py-1 text-right tabular-nums">{o._count.people.toLocaleString(intl)}</td>
              <td className="px-3 py-1 text-right tabular-nums">{o._count.parties.toLocaleString(intl)}</td>
            </tr>
          ))
        )}
      </ConsoleTable>

      <nav aria-label={t("list.pages")} className="flex gap-4 text-sm">
        {page.previous ? (
          <>
            <Link href={href({})} className="font-medium text-brand-700 underline">
              {t("list.first")}
            </Link>
            <Link href={href({ before: page.previous })} rel="prev" className="font-medium text-brand-700 underline">
              {t("list.previous")}
            </Link>
          </>
        ) : null}
        {page.next ? (
          <Link href={href({ after: page.next })} rel="next" className="font-medium text-brand-700 underline">
            {t("list.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
