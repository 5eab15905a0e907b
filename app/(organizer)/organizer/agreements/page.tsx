import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { SampleBadge } from "@/components/public/sample-badge";
import { listAgreementsForConsole } from "@/lib/agreements/queries";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer"))("agreements.title") };
}

export default async function ConsoleAgreementsPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const t = await getTranslations("organizer");
  const tc = await getTranslations("common");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{t("noForum")}</p>;
  const agreements = await listAgreementsForConsole(forum.id);
  const totals = new Map<string, bigint>();
  for (const a of agreements) if (a.status !== "CANCELLED") totals.set(a.currency, (totals.get(a.currency) ?? 0n) + a.valueMinor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("agreements.title")}</h1>
        <p className="text-sm text-slate-600">
          {t("agreements.summary", { count: agreements.length })} · {t("agreements.total")}{" "}
          {[...totals].map(([currency, sum]) => formatMoney(sum, currency, INTL_LOCALE[locale])).join(" + ")}
        </p>
      </div>
      <div role="region" aria-label={t("agreements.title")} tabIndex={0} className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-[13px]">
          <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase shadow-[0_1px_0_#e2e8f0]">
            <tr>
              <th scope="col" className="px-3 py-2 text-right">{t("agreements.slot")}</th>
              <th scope="col" className="px-3 py-2">{t("agreements.agreement")}</th>
              <th scope="col" className="px-3 py-2">{t("agreements.sector")}</th>
              <th scope="col" className="px-3 py-2">{t("agreements.parties")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("agreements.value")}</th>
              <th scope="col" className="px-3 py-2">{t("agreements.status")}</th>
              <th scope="col" className="px-3 py-2">{t("agreements.visibility")}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
                <td className="px-3 py-1.5 text-right tabular-nums">{a.slot ?? "—"}</td>
                <td className="px-3 py-1.5 font-medium text-slate-900">
                  {a.titleEn}
                  {a.isSample ? <SampleBadge className="ml-2" /> : null}
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap">
                  <span className="inline-flex items-center gap-1.5">
                    <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: a.sector.color }} />
                    {a.sector.nameEn}
                  </span>
                </td>
                <td className="px-3 py-1.5 text-slate-700">{a.parties.map((p) => p.organization.nameEn).join(" · ")}</td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums">{formatMoney(a.valueMinor, a.currency, INTL_LOCALE[locale])}</td>
                <td className="px-3 py-1.5">{tc(`agreementStatuses.${a.status}`)}</td>
                <td className="px-3 py-1.5">{t(`agreements.${a.visibility}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
