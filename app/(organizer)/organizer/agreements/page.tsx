import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
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
      <ConsoleTable label={t("agreements.title")} columns={[{ label: t("agreements.slot"), align: "right" }, { label: t("agreements.agreement") }, { label: t("agreements.sector") }, { label: t("agreements.parties") }, { label: t("agreements.value"), align: "right" }, { label: t("agreements.status") }, { label: t("agreements.visibility") }]}>
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
          </ConsoleTable>
    </div>
  );
}
