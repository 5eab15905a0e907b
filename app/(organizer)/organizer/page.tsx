import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { Stat } from "@/components/ui/stat";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getConsoleCounts, getWorkingForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/money";
import { formatDateTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer"))("dashboard.title") };
}

export default async function DashboardPage() {
  const user = await requireRole(...CONSOLE_ROLES);
  const t = await getTranslations("organizer");
  const tc = await getTranslations("common");
  const [format, locale, forum] = await Promise.all([getFormatter(), getLocale(), getWorkingForum()]);
  if (!forum) return <p className="text-slate-700">{t("noForum")}</p>;
  const counts = await getConsoleCounts(forum.id);
  const chaired =
    user.role === "CHAIR"
      ? await db.subForum.findMany({ where: { id: { in: user.chairOf } }, select: { titleEn: true }, orderBy: { position: "asc" } })
      : [];
  const n = (value: number) => format.number(value);
  const totalParticipants = Object.values(counts.participantsByStatus).reduce<number>((a, b) => a + (b ?? 0), 0);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("dashboard.title")}</h1>
        <p className="text-sm text-slate-600">{localized(forum, "name", locale)}</p>
        {chaired.length > 0 ? (
          <p className="mt-2 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
            {t("dashboard.chairScope", { subForums: chaired.map((s) => s.titleEn).join(", ") })}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="dash-program">
        <h2 id="dash-program" className="mb-3 text-lg font-semibold text-slate-800">
          {t("dashboard.program")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
          <Stat label={t("dashboard.subForums")} value={n(counts.subForums)} />
          <Stat label={t("dashboard.rooms")} value={n(counts.rooms)} />
          <Stat label={t("dashboard.sessions")} value={n(counts.sessions)} />
          <Stat label={t("dashboard.people")} value={n(counts.people)} />
          <Stat
            label={t("dashboard.release")}
            value={counts.lastRelease ? `v${counts.lastRelease.version}` : "—"}
            hint={
              counts.lastRelease
                ? t("dashboard.releaseValue", { version: counts.lastRelease.version, date: formatDateTime(counts.lastRelease.publishedAt, forum.timeZone, INTL_LOCALE[locale]) })
                : t("dashboard.unpublished")
            }
          />
        </dl>
      </section>

      {user.role !== "CHAIR" ? (
        <>
          <section aria-labelledby="dash-participants">
            <h2 id="dash-participants" className="mb-3 text-lg font-semibold text-slate-800">
              {t("dashboard.participants")}
            </h2>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-6">
              <Stat label={t("dashboard.total")} value={n(totalParticipants)} />
              {(["PENDING", "APPROVED", "REJECTED", "CANCELLED"] as const).map((s) => (
                <Stat key={s} label={tc(`statuses.${s}`)} value={n(counts.participantsByStatus[s] ?? 0)} />
              ))}
              <Stat label={t("dashboard.checkedIn")} value={n(counts.checkedIn)} />
            </dl>
          </section>

          <section aria-labelledby="dash-agreements">
            <h2 id="dash-agreements" className="mb-3 text-lg font-semibold text-slate-800">
              {t("dashboard.agreements")}
            </h2>
            <table className="w-full max-w-xl overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("dashboard.status")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("dashboard.count")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("dashboard.value")}</th>
                </tr>
              </thead>
              <tbody>
                {counts.agreementsByStatus.map((a) => (
                  <tr key={`${a.status}-${a.currency}`} className="border-t border-slate-100">
                    <th scope="row" className="px-3 py-2 text-left font-medium">{tc(`agreementStatuses.${a.status}`)}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{n(a.count)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatMoney(a.valueMinor, a.currency, INTL_LOCALE[locale])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-3 text-sm text-slate-600">
              {t("dashboard.outboxPending")}: <span className="font-semibold tabular-nums">{n(counts.outboxPending)}</span>
            </p>
          </section>
        </>
      ) : null}
    </div>
  );
}
