import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/delegates/action-button";
import { CopyField } from "@/components/delegates/copy-field";
import { calendarFeedPath } from "@/lib/delegates/calendar";
import { getMyAgendaKeys } from "@/lib/delegates/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { listAgenda, type AgendaEntry } from "@/lib/seats/agenda";
import { dayKey, formatDate, formatTimeRange } from "@/lib/time/format";
import { delegateContext, siteOrigin } from "../_lib/context";
import { renewCalendarLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("title") };
}

/** Entries by calendar day in the forum's zone, in program order. */
function byDay(entries: AgendaEntry[], timeZone: string): { day: string; entries: AgendaEntry[] }[] {
  const days = new Map<string, AgendaEntry[]>();
  for (const entry of entries) {
    const day = dayKey(new Date(entry.session.startsAt), timeZone);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days].map(([day, list]) => ({ day, entries: list }));
}

export default async function AgendaPage() {
  const { ref } = await delegateContext();
  const t = await getTranslations("agenda");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const keys = ref ? await getMyAgendaKeys(ref) : null;

  if (!keys) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6 text-slate-700">{t("none")}</p>
      </main>
    );
  }

  const agenda = await listAgenda(keys.participantId);
  const feedUrl = `${await siteOrigin()}${calendarFeedPath(keys.calendarToken)}`;
  const webcalUrl = feedUrl.replace(/^https?:\/\//, "webcal://");
  const timeZone = agenda?.forum.timeZone ?? null;

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      {!agenda || !timeZone ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-6 text-slate-700">{t("notPublished")}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-600">{t("intro", { zone: timeZone })}</p>
          {agenda.entries.length === 0 ? (
            <div className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-6 text-slate-700">
              <p>{t("empty")}</p>
              <p className="mt-3">
                <Link href="/program" className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
                  {t("programLink")}
                </Link>
              </p>
            </div>
          ) : (
            byDay(agenda.entries, timeZone).map(({ day, entries }) => (
              <section key={day} aria-labelledby={`day-${day}`} className="mt-8">
                <h2 id={`day-${day}`} className="text-xl font-semibold text-slate-900">
                  {formatDate(new Date(entries[0]?.session.startsAt ?? `${day}T04:00:00Z`), timeZone, intl, "full")}
                </h2>
                <ul className="mt-3 space-y-3">
                  {entries.map(({ session, room, subForum, seat, starred }) => (
                    <li key={session.id} className="flex overflow-hidden rounded-lg border border-slate-200 bg-white">
                      <span aria-hidden className="w-1.5 shrink-0" style={{ backgroundColor: subForum?.color ?? "#94a3b8" }} />
                      <div className="min-w-0 flex-1 p-4">
                        <p className="text-sm font-semibold text-slate-600 tabular-nums">
                          {formatTimeRange(new Date(session.startsAt), new Date(session.endsAt), timeZone, intl)}
                        </p>
                        <h3 className="mt-0.5 font-semibold text-slate-900">
                          <Link href={`/program/${encodeURIComponent(session.slug)}`} className="hover:text-brand-700 hover:underline">
                            {localized(session, "title", locale)}
                          </Link>
                        </h3>
                        <p className="mt-1 text-sm text-slate-600">
                          {[tc(`sessionTypes.${session.type}`), room ? localized(room, "name", locale) : null, subForum ? localized(subForum, "title", locale) : null]
                            .filter(Boolean)
                            .join(" · ")}
                        </p>
                        <p className="mt-2 flex flex-wrap gap-2 text-xs font-semibold">
                          {seat ? (
                            <span className={seat.status === "CONFIRMED" ? "rounded bg-emerald-100 px-2 py-0.5 text-emerald-900" : "rounded bg-amber-100 px-2 py-0.5 text-amber-900"}>
                              {seat.status === "CONFIRMED" ? t("seat.CONFIRMED") : t("seat.WAITLISTED", { position: seat.position })}
                            </span>
                          ) : null}
                          {starred ? <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800"><span aria-hidden>★ </span>{t("starred")}</span> : null}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}

      <section aria-labelledby="feed-heading" className="mt-12 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:p-6">
        <h2 id="feed-heading" className="text-xl font-semibold text-slate-900">
          {t("feed.heading")}
        </h2>
        <p className="mt-1 text-slate-700">{t("feed.intro")}</p>
        <p className="mt-2 text-sm font-medium text-amber-900">{t("feed.secret")}</p>
        <div className="mt-4">
          <CopyField label={t("feed.url")} value={feedUrl} copyLabel={t("feed.copy")} copiedMessage={t("feed.copied")} failedMessage={t("feed.copyFailed")} />
        </div>
        <p className="mt-2">
          <a href={webcalUrl} className="font-semibold text-brand-700 underline underline-offset-2 hover:no-underline">
            {t("feed.webcal")}
          </a>
        </p>
        <div className="mt-5 border-t border-slate-200 pt-4">
          <p className="mb-2 text-sm text-slate-600">{t("feed.renewHint")}</p>
          <ActionButton action={renewCalendarLinkAction} label={t("feed.renew")} busyLabel={t("feed.renewing")} doneMessage={t("feed.renewed")} />
        </div>
      </section>
    </main>
  );
}
