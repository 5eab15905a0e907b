import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveBadge, LiveProvider } from "@/components/program/live";
import { liveWire } from "@/components/program/program-view";
import { sessionColor } from "@/components/program/session-card";
import { VisitorTime } from "@/components/program/visitor-time";
import { SampleBadge } from "@/components/public/sample-badge";
import { SeatPanel } from "@/components/seats/seat-panel";
import { SessionShowcases } from "@/components/showcase/session-showcases";
import { getCurrentForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { getPublishedProgram } from "@/lib/program/published";
import { sessionViews, type SessionView } from "@/lib/program/view";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import { formatDate, formatTimeRange, zoneLabel } from "@/lib/time/format";

export type FoundSession = { session: SessionView; sessions: SessionView[]; snapshot: ProgramSnapshot };

/** A session of the published program by its slug (breaks have no page). */
export async function findPublishedSession(slug: string): Promise<FoundSession | null> {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return null;
  const sessions = sessionViews(published.snapshot);
  const session = sessions.find((s) => s.slug === slug && s.type !== "BREAK");
  return session ? { session, sessions, snapshot: published.snapshot } : null;
}

/**
 * A session's page: when and where (in the forum's zone and the visitor's), the people in
 * protocol order, the abstract, add-to-calendar and what runs in parallel. The same for every
 * visitor of one language: rendered once per release (app/p/[locale]/program/[slug]).
 */
export async function SessionDetail({ found, locale }: { found: FoundSession; locale: AppLocale }) {
  const { session, sessions, snapshot } = found;
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  const intl = INTL_LOCALE[locale];
  const tz = snapshot.forum.timeZone;
  const color = sessionColor(session);
  const title = localized(session, "title", locale);
  const titleLang = localizedLang(session, "title", locale);
  // In another language, the English title beneath helps when talking to the organizers.
  const englishTitle = titleLang !== "en" && session.titleEn !== title ? session.titleEn : null;
  const abstract = localized(session, "abstract", locale);
  const abstractLang = localizedLang(session, "abstract", locale);
  // Parallel sessions, for a visitor choosing between halls.
  const parallel = sessions.filter((s) => s.id !== session.id && s.type !== "BREAK" && s.start < session.end && session.start < s.end);
  const calendarHref = `/program/${session.slug}/calendar.ics`;
  return (
    <LiveProvider sessions={liveWire(sessions)} forum={snapshot.forum}>
      <main id="main" className="program-print mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
        <Link href="/program" className="no-print text-sm font-medium text-brand-700 hover:underline">
          ← {t("session.back")}
        </Link>
        <article className="mt-4">
          <div className="h-1.5 w-24 rounded-full print:hidden" style={{ backgroundColor: color }} aria-hidden />
          <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
            <LiveBadge sessionId={session.id} />
            <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-700">{tc(`sessionTypes.${session.type}`)}</span>
            {session.subForum ? (
              <Link href={`/program?subforum=${session.subForum.slug}`} className="inline-flex items-center gap-1.5 font-medium hover:underline" style={{ color: session.subForum.color }}>
                <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: session.subForum.color }} />
                <span className="sr-only">{t("session.subForum")}: </span>
                {localized(session.subForum, "title", locale)}
              </Link>
            ) : null}
            {session.isSample ? <SampleBadge /> : null}
          </div>
          <h1 className="mt-3 text-3xl leading-tight font-bold text-slate-900 sm:text-4xl" lang={titleLang === locale ? undefined : titleLang}>
            {title}
          </h1>
          {englishTitle ? (
            <p className="mt-2 text-lg text-slate-600" lang="en">
              <span className="sr-only">{t("session.englishTitle")}: </span>
              {englishTitle}
            </p>
          ) : null}

          <dl className="mt-6 grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:grid-cols-2">
            <div>
              <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("session.when")}</dt>
              <dd className="mt-1 font-medium text-slate-900">
                {formatDate(session.start, tz, intl, "full")}
                <br />
                <span className="tabular-nums">
                  {t("session.forumTime", { time: formatTimeRange(session.start, session.end, tz, intl), zone: `${tz}, ${zoneLabel(session.start, tz, intl)}` })}
                </span>
                <VisitorTime start={session.startsAt} end={session.endsAt} forumZone={tz} locale={intl} template={t("session.yourTime", { time: "{time}" })} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("session.where")}</dt>
              <dd className="mt-1 font-medium text-slate-900">
                {session.room ? localized(session.room, "name", locale) : t("noRoom")}
                {session.room ? <span className="block text-sm font-normal text-slate-600">{t("session.capacity", { count: session.room.capacity })}</span> : null}
                <span className="block text-sm font-normal text-slate-600">
                  {localized(snapshot.forum, "venue", locale)}, {localized(snapshot.forum, "city", locale)}
                </span>
              </dd>
            </div>
          </dl>

          <div className="no-print mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
            {/* A plain anchor: the calendar file is served by a route handler, not a page. */}
            <a
              href={calendarHref}
              type="text/calendar"
              aria-describedby="add-to-calendar-hint"
              className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-800"
            >
              <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
                <path d="M6 2.5v3M14 2.5v3M3 8h14M4 4.5h12a1 1 0 0 1 1 1V16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5.5a1 1 0 0 1 1-1ZM10 10.5v4M8 12.5h4" />
              </svg>
              {t("session.addToCalendar")}
            </a>
            <p id="add-to-calendar-hint" className="text-sm text-slate-600">
              {t("session.addToCalendarHint")}
            </p>
          </div>
          {/* Seats and the star are the visitor's own: they load in the browser (the page is cached). */}
          <div className="no-print">
            <SeatPanel sessionId={session.id} offered={{ seatBooking: session.seatBooking, capacity: session.capacity }} />
          </div>

          {abstract ? (
            <section aria-labelledby="abstract-title" className="mt-8">
              <h2 id="abstract-title" className="text-xl font-semibold text-slate-900">
                {t("session.abstract")}
              </h2>
              <p className="mt-2 max-w-prose leading-relaxed whitespace-pre-line text-slate-700" lang={abstractLang === locale ? undefined : abstractLang}>
                {abstract}
              </p>
            </section>
          ) : null}

          {session.cast.length ? (
            <section aria-labelledby="people-title" className="mt-8">
              <h2 id="people-title" className="text-xl font-semibold text-slate-900">
                {t("session.people")}
              </h2>
              <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200">
                {session.cast.map(({ person, role }) => (
                  <li key={person.id} className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                    <div>
                      <p className="font-semibold text-slate-900">
                        <Link href={`/speakers/${person.slug}`} className="text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-800">
                          {localized(person, "name", locale)}
                        </Link>
                        {person.isSample ? <SampleBadge className="ml-2 align-middle" /> : null}
                      </p>
                      <p className="text-sm text-slate-600">
                        {[
                          localized(person, "title", locale),
                          person.organization ? localized(person.organization, "name", locale) : null,
                          person.countryCode ? countryName(person.countryCode, intl) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                    <p className="shrink-0 text-sm font-medium text-brand-700">{tc(`roles.${role}`)}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <SessionShowcases sessionId={session.id} locale={locale} />

          {parallel.length ? (
            <section aria-labelledby="parallel-title" className="no-print mt-8">
              <h2 id="parallel-title" className="text-xl font-semibold text-slate-900">
                {t("session.sameTime")}
              </h2>
              <ul className="mt-3 grid gap-2 sm:grid-cols-2">
                {parallel.map((s) => (
                  <li key={s.id} className="relative rounded-lg border border-slate-200 py-2 pr-3 pl-4">
                    <span aria-hidden className="absolute inset-y-0 left-0 w-1 rounded-l-lg" style={{ backgroundColor: sessionColor(s) }} />
                    <Link href={`/program/${s.slug}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {localized(s, "title", locale)}
                    </Link>
                    <p className="text-sm text-slate-600 tabular-nums">
                      {formatTimeRange(s.start, s.end, tz, intl)}
                      {s.room ? ` · ${localized(s.room, "name", locale)}` : null}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </article>
      </main>
    </LiveProvider>
  );
}
