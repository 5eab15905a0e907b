import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { TotalsTable } from "@/components/agreements/totals-table";
import { ConsoleTable } from "@/components/organizer/console-table";
import { SampleBadge } from "@/components/public/sample-badge";
import { agreementDashboard, listAgreementsForConsole, listSectors } from "@/lib/agreements/queries";
import { agreementListQuerySchema } from "@/lib/agreements/schemas";
import { getWorkingForum } from "@/lib/forum/queries";
import { AgreementStatus, Visibility } from "@/lib/generated/prisma/enums";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import { formatDateTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

export default async function ConsoleAgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("agreements");
  const tc = await getTranslations("common");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const raw = await searchParams;
  const filters = agreementListQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [agreements, dashboard, sectors] = await Promise.all([listAgreementsForConsole(forum.id, filters), agreementDashboard(forum.id), listSectors(forum.id)]);
  const intl = INTL_LOCALE[locale];
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const filtered = query !== "";

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <nav aria-label={t("actions")} className="flex flex-wrap gap-2">
          <Link href="/organizer/agreements/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("new")}
          </Link>
          <Link href="/organizer/agreements/run-sheet" className={button}>
            {t("runSheet.title")}
          </Link>
          <Link href="/organizer/agreements/sectors" className={button}>
            {t("sectors.title")}
          </Link>
          <Link href="/organizer/agreements/import" className={button}>
            {t("import.link")}
          </Link>
          <a href={`/organizer/agreements/export${query ? `?${query}` : ""}`} className={button}>
            {t("export")}
          </a>
        </nav>
      </div>

      <section aria-labelledby="agreements-dashboard" className="space-y-2">
        <h2 id="agreements-dashboard" className="sr-only">
          {t("dashboard.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("dashboard.active", { count: dashboard.active.count })}{" "}
          <strong className="font-semibold text-slate-900">{dashboard.active.totals.map((m) => formatMoney(m.minor, m.currency, intl)).join(" · ") || "—"}</strong>
          <span className="text-slate-600"> · {t("dashboard.noConversion")}</span>
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <TotalsTable
            caption={t("dashboard.byStatus")}
            head={[t("status"), t("dashboard.count"), t("dashboard.total")]}
            rows={dashboard.byStatus.map((r) => ({ key: r.status, label: tc(`agreementStatuses.${r.status}`), count: r.count, totals: r.totals }))}
            locale={intl}
          />
          <TotalsTable
            caption={t("dashboard.bySector")}
            head={[t("sector"), t("dashboard.count"), t("dashboard.total")]}
            rows={dashboard.bySector.map((r) => ({ key: r.sector.id, label: r.sector.nameEn, color: r.sector.color, count: r.count, totals: r.totals }))}
            locale={intl}
          />
        </div>
      </section>

      <form method="get" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <Filter label={t("status")} name="status" value={filters.status} options={Object.values(AgreementStatus).map((s) => ({ value: s, label: tc(`agreementStatuses.${s}`) }))} all={t("filters.all")} />
        <Filter label={t("sector")} name="sector" value={filters.sector} options={sectors.map((s) => ({ value: s.slug, label: s.nameEn }))} all={t("filters.all")} />
        <Filter label={t("visibility")} name="visibility" value={filters.visibility} options={Object.values(Visibility).map((v) => ({ value: v, label: t(`form.visibilities.${v}`) }))} all={t("filters.all")} />
        <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-900">
          {t("filters.apply")}
        </button>
        {filtered ? (
          <Link href="/organizer/agreements" className="py-1.5 text-sm text-brand-700 underline">
            {t("filters.clear")}
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-slate-600" role="status">
        {filtered ? t("filters.shown", { count: agreements.length }) : t("summary", { count: agreements.length })}
      </p>
      <ConsoleTable
        label={t("title")}
        columns={[
          { label: t("slot"), align: "right" },
          { label: t("agreement") },
          { label: t("sector") },
          { label: t("parties") },
          { label: t("value"), align: "right" },
          { label: t("status") },
          { label: t("visibility") },
        ]}
      >
        {agreements.map((a) => (
          <tr key={a.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
            <td className="px-3 py-1.5 text-right tabular-nums">{a.slot ?? "—"}</td>
            <td className="px-3 py-1.5 font-medium text-slate-900">
              <Link href={`/organizer/agreements/${a.id}`} className="text-brand-800 hover:underline">
                {a.titleEn}
              </Link>
              {a.isSample ? <SampleBadge className="ml-2" /> : null}
            </td>
            <td className="px-3 py-1.5 whitespace-nowrap">
              <span className="inline-flex items-center gap-1.5">
                <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: a.sector.color }} />
                {a.sector.nameEn}
              </span>
            </td>
            <td className="px-3 py-1.5 text-slate-700">{a.parties.map((p) => p.organization.nameEn).join(" · ")}</td>
            <td className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums">{formatMoney(a.valueMinor, a.currency, intl)}</td>
            <td className="px-3 py-1.5">
              {tc(`agreementStatuses.${a.status}`)}
              {a.signedAt ? <span className="block text-xs text-slate-600">{formatDateTime(a.signedAt, forum.timeZone, intl, "short")}</span> : null}
            </td>
            <td className="px-3 py-1.5">{t(`form.visibilities.${a.visibility}`)}</td>
          </tr>
        ))}
      </ConsoleTable>
    </div>
  );
}

function Filter({ label, name, value, options, all }: { label: string; name: string; value: string | undefined; options: { value: string; label: string }[]; all: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
