import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { DecisionForm } from "@/components/participants/decision-form";
import { StatusBadge } from "@/components/participants/status-badge";
import { SampleBadge } from "@/components/public/sample-badge";
import { listDelegationOptions } from "@/lib/delegations/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { countryName, countryOptions } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { listParticipants } from "@/lib/participants/queries";
import { type ParticipantListQuery, participantListQuerySchema, participantListSearch } from "@/lib/participants/schemas";
import { formatDateTime, zoneLabel } from "@/lib/time/format";
import { cn } from "@/lib/ui/cn";
import { decideParticipantsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("list.title") };
}

const BULK_FORM = "bulk-decisions";
const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function ConsoleParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const query = participantListQuerySchema.parse(await searchParams);
  const t = await getTranslations("participants");
  const tc = await getTranslations("common");
  const to = await getTranslations("organizer");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{to("noForum")}</p>;
  const intl = INTL_LOCALE[locale];
  const [page, delegations] = await Promise.all([listParticipants(forum.id, query), listDelegationOptions(forum.id)]);
  const filters: ParticipantListQuery = { q: query.q, status: query.status, category: query.category, country: query.country, delegation: query.delegation, sort: query.sort };
  const href = (over: Partial<ParticipantListQuery>) => {
    const search = participantListSearch({ ...filters, ...over }).toString();
    return `/organizer/participants${search ? `?${search}` : ""}`;
  };
  const exportHref = `/organizer/participants/export?${participantListSearch(filters).toString()}`;
  const allCount = Object.values(page.statusCounts).reduce((a, b) => a + b, 0);
  const tabs: { status?: ParticipantStatus; label: string; count: number }[] = [
    { label: t("list.allStatuses"), count: allCount },
    ...Object.values(ParticipantStatus).map((s) => ({ status: s, label: tc(`statuses.${s}`), count: page.statusCounts[s] })),
  ];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("list.title")}</h1>
        <p className="text-sm text-slate-600">{t("list.count", { count: page.total })}</p>
        <div className="flex flex-wrap gap-3 text-sm">
          <a href={exportHref} title={t("list.exportHint")} className="font-medium text-brand-700 underline">
            {t("list.export")}
          </a>
          <Link href="/organizer/participants/import" className="font-medium text-brand-700 underline">
            {t("list.import")}
          </Link>
          <Link href="/organizer/delegations" className="font-medium text-brand-700 underline">
            {t("list.delegations")}
          </Link>
        </div>
      </div>

      <nav aria-label={t("list.statusTabs")} className="flex flex-wrap gap-1 text-sm">
        {tabs.map((tab) => {
          const current = tab.status === query.status;
          return (
            <Link
              key={tab.status ?? "all"}
              href={href({ status: tab.status })}
              aria-current={current ? "page" : undefined}
              className={cn("rounded-md px-3 py-1 tabular-nums", current ? "bg-brand-800 font-semibold text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100")}
            >
              {t("list.tab", { label: tab.label, count: tab.count.toLocaleString(intl) })}
            </Link>
          );
        })}
      </nav>

      <form role="search" aria-label={t("list.filters")} className="flex flex-wrap items-end gap-2">
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
        <div className="min-w-60 flex-1">
          <label htmlFor="participant-search" className="block text-xs font-medium text-slate-700">
            {t("list.search")}
          </label>
          <input id="participant-search" name="q" type="search" defaultValue={query.q ?? ""} className={cn(control, "w-full")} />
        </div>
        <div>
          <label htmlFor="participant-category" className="block text-xs font-medium text-slate-700">
            {t("list.category")}
          </label>
          <select id="participant-category" name="category" defaultValue={query.category ?? ""} className={control}>
            <option value="">{t("list.any")}</option>
            {Object.values(ParticipantCategory).map((c) => (
              <option key={c} value={c}>
                {tc(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="participant-country" className="block text-xs font-medium text-slate-700">
            {t("list.country")}
          </label>
          <select id="participant-country" name="country" defaultValue={query.country ?? ""} className={cn(control, "max-w-48")}>
            <option value="">{t("list.any")}</option>
            {countryOptions(intl).map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="participant-delegation" className="block text-xs font-medium text-slate-700">
            {t("list.delegation")}
          </label>
          <select id="participant-delegation" name="delegation" defaultValue={query.delegation ?? ""} className={cn(control, "max-w-56")}>
            <option value="">{t("list.any")}</option>
            <option value="none">{t("list.noDelegation")}</option>
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="participant-sort" className="block text-xs font-medium text-slate-700">
            {t("list.sort")}
          </label>
          <select id="participant-sort" name="sort" defaultValue={query.sort ?? "newest"} className={control}>
            <option value="newest">{t("list.sortNewest")}</option>
            <option value="oldest">{t("list.sortOldest")}</option>
            <option value="name">{t("list.sortName")}</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("list.searchButton")}
        </button>
        <Link href="/organizer/participants" className="self-center text-sm text-brand-700 underline">
          {t("list.clear")}
        </Link>
      </form>

      <DecisionForm action={decideParticipantsAction} formId={BULK_FORM} />

      <p className="text-xs text-slate-600">{t("list.timesIn", { zone: `${forum.timeZone} (${zoneLabel(new Date(), forum.timeZone, intl)})` })}</p>
      <ConsoleTable
        label={t("list.table")}
        columns={[
          { label: t("list.select") },
          { label: t("list.name") },
          { label: t("list.email") },
          { label: t("list.category") },
          { label: t("list.organization") },
          { label: t("list.country") },
          { label: t("list.delegation") },
          { label: t("list.status") },
          { label: t("list.registered"), align: "right" },
          { label: t("list.checkedIn"), align: "right" },
        ]}
      >
        {page.rows.length === 0 ? (
          <tr>
            <td colSpan={10} className="px-3 py-6 text-center text-slate-500">
              {t("list.empty")}
            </td>
          </tr>
        ) : (
          page.rows.map((p) => (
            <tr key={p.id} className="border-t border-slate-100 hover:bg-slate-50">
              <td className="px-3 py-1">
                <input type="checkbox" name="ids" value={p.id} form={BULK_FORM} aria-label={t("list.selectOne", { name: p.fullName })} className="size-4" />
              </td>
              <td className="px-3 py-1 whitespace-nowrap">
                <Link href={`/organizer/participants/${p.id}`} className="font-medium text-slate-900 underline decoration-slate-300 hover:decoration-brand-700">
                  {p.fullName}
                </Link>
                {p.latinName && p.latinName !== p.fullName ? <span className="ml-2 text-slate-500">{p.latinName}</span> : null}
                {p.isSample ? <SampleBadge className="ml-2" /> : null}
              </td>
              <td className="px-3 py-1 whitespace-nowrap text-slate-700">{p.email}</td>
              <td className="px-3 py-1 whitespace-nowrap">{tc(`categories.${p.category}`)}</td>
              <td className="max-w-60 truncate px-3 py-1" title={p.organization?.nameEn ?? p.organizationName}>
                {p.organization?.nameEn ?? p.organizationName}
              </td>
              <td className="px-3 py-1 whitespace-nowrap">{countryName(p.countryCode, intl)}</td>
              <td className="px-3 py-1 whitespace-nowrap">{p.delegation?.name ?? "—"}</td>
              <td className="px-3 py-1">
                <StatusBadge status={p.status} label={tc(`statuses.${p.status}`)} />
              </td>
              <td className="px-3 py-1 text-right whitespace-nowrap tabular-nums">{formatDateTime(p.createdAt, forum.timeZone, intl, "short")}</td>
              <td className="px-3 py-1 text-right whitespace-nowrap tabular-nums">{p.checkedInAt ? formatDateTime(p.checkedInAt, forum.timeZone, intl, "short") : "—"}</td>
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
