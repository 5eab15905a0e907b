import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/app/_lib/guard";
import { ConsoleTable } from "@/components/organizer/console-table";
import { SampleBadge } from "@/components/public/sample-badge";
import { CONSOLE_ROLES } from "@/lib/auth/roles";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { canEditSubForumSessions } from "@/lib/program/authorize";
import { listSessionsForConsole } from "@/lib/program/console-queries";
import { readable } from "@/lib/program/session-defaults";
import { formatDate, formatTimeRange, zoneLabel } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizer"))("sessions.title") };
}

export default async function ConsoleSessionsPage() {
  const user = await requireRole(...CONSOLE_ROLES);
  const t = await getTranslations("organizer");
  const tc = await getTranslations("common");
  const [locale, forum] = await Promise.all([getLocale(), getWorkingForum()]);
  if (!forum) return <p>{t("noForum")}</p>;
  const sessions = await listSessionsForConsole(forum.id);
  const firstReadable = sessions.find((s) => readable(s.startsAt));
  const zone = firstReadable ? zoneLabel(firstReadable.startsAt, forum.timeZone, INTL_LOCALE[locale]) : forum.timeZone;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="flex items-center gap-4">
          <h1 className="text-2xl font-bold text-slate-900">{t("sessions.title")}</h1>
          <Link href="/organizer/sessions/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("sessions.new")}
          </Link>
          <Link href="/organizer/program" className="text-sm font-medium text-brand-700 hover:underline">
            {t("sessions.grid")}
          </Link>
        </div>
        <p className="text-sm text-slate-600">
          {t("sessions.count", { count: sessions.length })} · {t("sessions.timesIn", { zone: `${forum.timeZone} (${zone})` })}
        </p>
      </div>
      <ConsoleTable label={t("sessions.title")} columns={[{ label: t("sessions.when") }, { label: t("sessions.session") }, { label: t("sessions.type") }, { label: t("sessions.subForum") }, { label: t("sessions.room") }, { label: t("sessions.people"), align: "right" }, { label: t("sessions.seats"), align: "right" }]}>
            {sessions.map((s) => {
              const mine = user.role === "CHAIR" && s.subForum && user.chairOf.includes(s.subForum.id);
              return (
                <tr key={s.id} className={mine ? "border-t border-slate-100 bg-brand-50" : "border-t border-slate-100 hover:bg-slate-50"}>
                  <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                    {readable(s.startsAt) && readable(s.endsAt) ? (
                      <>
                        <span className="text-slate-500">{formatDate(s.startsAt, forum.timeZone, INTL_LOCALE[locale], "medium")}</span>{" "}
                        {formatTimeRange(s.startsAt, s.endsAt, forum.timeZone, INTL_LOCALE[locale])}
                      </>
                    ) : (
                      // A row the database holds but cannot be shown as a time: say so, never fail the list.
                      <span className="font-semibold whitespace-normal text-red-700">⚠ {t("sessions.unreadableTimes")}</span>
                    )}
                  </td>
                  <td className="min-w-72 px-3 py-1.5 font-medium text-slate-900">
                    {canEditSubForumSessions(user, s.subForumId) ? (
                      <Link href={`/organizer/sessions/${s.id}`} className="text-brand-800 hover:underline">
                        {s.titleEn}
                      </Link>
                    ) : (
                      s.titleEn
                    )}
                    {s.isSample ? <SampleBadge className="ml-2" /> : null}
                    {mine ? <span className="ml-2 text-xs font-normal text-brand-700">({t("sessions.yours")})</span> : null}
                  </td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{tc(`sessionTypes.${s.type}`)}</td>
                  <td className="max-w-56 px-3 py-1.5">
                    {s.subForum ? (
                      <span className="flex items-center gap-1.5" title={s.subForum.titleEn}>
                        <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: s.subForum.color }} />
                        <span className="truncate">{s.subForum.titleEn}</span>
                      </span>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-1.5 whitespace-nowrap">{s.room?.nameEn ?? t("sessions.noRoom")}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{s._count.people}</td>
                  <td className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums">
                    {s.seatBooking && s.capacity ? t("sessions.seatsValue", { taken: s.seatsTaken, capacity: s.capacity }) : t("sessions.noBooking")}
                  </td>
                </tr>
              );
            })}
          </ConsoleTable>
    </div>
  );
}
