import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { SampleBadge } from "@/components/public/sample-badge";
import { getWorkingForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { listParticipants } from "@/lib/participants/queries";
import { participantListQuerySchema } from "@/lib/participants/schemas";
import { formatDateTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer"))("participants.title") };
}

const STATUS_STYLE: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-700",
};

export default async function ConsoleParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const { q = "", after } = participantListQuerySchema.parse(await searchParams);
  const t = await getTranslations("organizer");
  const tc = await getTranslations("common");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{t("noForum")}</p>;
  const { rows, total, nextAfter } = await listParticipants(forum.id, { q, after });
  const query = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(q ? { q } : {}), ...extra }).toString()}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("participants.title")}</h1>
        <p className="text-sm text-slate-600">{t("participants.count", { count: total })}</p>
      </div>
      <form role="search" className="flex max-w-xl gap-2">
        <label htmlFor="participant-search" className="sr-only">
          {t("participants.search")}
        </label>
        <input
          id="participant-search"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("participants.search")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("participants.searchButton")}
        </button>
      </form>
      <ConsoleTable label={t("participants.title")} columns={[{ label: t("participants.name") }, { label: t("participants.email") }, { label: t("participants.category") }, { label: t("participants.organization") }, { label: t("participants.country") }, { label: t("participants.delegation") }, { label: t("participants.status") }, { label: t("participants.checkedIn") }]}>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="px-3 py-6 text-center text-slate-500">
                  {t("participants.empty")}
                </td>
              </tr>
            ) : (
              rows.map((p) => (
                <tr key={p.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <td className="px-3 py-1 whitespace-nowrap">
                    <span className="font-medium text-slate-900">{p.fullName}</span>
                    {p.latinName && p.latinName !== p.fullName ? <span className="ml-2 text-slate-500">{p.latinName}</span> : null}
                    {p.isSample ? <SampleBadge className="ml-2" /> : null}
                  </td>
                  <td className="px-3 py-1.5 whitespace-nowrap text-slate-700">{p.email}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{tc(`categories.${p.category}`)}</td>
                  <td className="max-w-60 truncate px-3 py-1.5" title={p.organization?.nameEn ?? p.organizationName}>{p.organization?.nameEn ?? p.organizationName}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{countryName(p.countryCode, INTL_LOCALE[locale])}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{p.delegation?.name ?? "—"}</td>
                  <td className="px-3 py-1.5">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[p.status] ?? ""}`}>{tc(`statuses.${p.status}`)}</span>
                  </td>
                  <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                    {p.checkedInAt ? formatDateTime(p.checkedInAt, forum.timeZone, INTL_LOCALE[locale], "short") : "—"}
                  </td>
                </tr>
              ))
            )}
          </ConsoleTable>
      <nav aria-label={t("participants.title")} className="flex gap-4 text-sm">
        {after ? (
          <Link href={query({})} className="font-medium text-brand-700 underline">
            {t("participants.first")}
          </Link>
        ) : null}
        {nextAfter ? (
          <Link href={query({ after: nextAfter })} className="font-medium text-brand-700 underline">
            {t("participants.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
