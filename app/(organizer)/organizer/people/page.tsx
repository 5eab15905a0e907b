import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { SampleBadge } from "@/components/public/sample-badge";
import { countryName } from "@/lib/geo/countries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { participantListQuerySchema } from "@/lib/participants/schemas";
import { listPeople } from "@/lib/program/setup-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("setup.people") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("schedule.setup");
  const locale = await getLocale();
  const { q = "" } = participantListQuerySchema.parse(await searchParams);
  const people = await listPeople(q || undefined);
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("people")}</h1>
        <Link href="/organizer/people/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
          {t("newPerson")}
        </Link>
      </div>
      <form role="search" className="flex max-w-md gap-2">
        <label htmlFor="people-search" className="sr-only">
          {t("search")}
        </label>
        <input id="people-search" name="q" type="search" defaultValue={q} placeholder={t("search")} className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">
          {t("searchButton")}
        </button>
      </form>
      <ConsoleTable label={t("people")} columns={[{ label: t("protocolRank"), align: "right" }, { label: t("name") }, { label: t("jobTitle") }, { label: t("organization") }, { label: t("country") }, { label: t("sessions"), align: "right" }]}>
            {people.map((p) => (
              <tr key={p.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="px-3 py-1.5 text-right tabular-nums">{p.protocolRank}</td>
                <td className="px-3 py-1.5 whitespace-nowrap">
                  <Link href={`/organizer/people/${p.id}`} className="font-medium text-brand-800 hover:underline">
                    {p.nameEn}
                  </Link>
                  {p.nameZh || p.nameRu ? <span className="ml-2 text-slate-500">{p.nameZh ?? p.nameRu}</span> : null}
                  {p.isSample ? <SampleBadge className="ml-2" /> : null}
                </td>
                <td className="max-w-64 truncate px-3 py-1.5" title={p.titleEn}>{p.titleEn}</td>
                <td className="max-w-56 truncate px-3 py-1.5">{p.organization?.nameEn ?? "—"}</td>
                <td className="px-3 py-1.5 whitespace-nowrap">{p.countryCode ? countryName(p.countryCode, INTL_LOCALE[locale]) : "—"}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{p._count.sessions}</td>
              </tr>
            ))}
          </ConsoleTable>
    </div>
  );
}
