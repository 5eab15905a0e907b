import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { sessionColor } from "@/components/program/session-card";
import { VisitorTime } from "@/components/program/visitor-time";
import { SampleBadge } from "@/components/public/sample-badge";
import { getCurrentForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getPublishedProgram } from "@/lib/program/published";
import { sessionViews } from "@/lib/program/view";
import { formatDate, formatTimeRange, zoneLabel } from "@/lib/time/format";

async function findSession(slug: string) {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return null;
  const session = sessionViews(published.snapshot).find((s) => s.slug === slug && s.type !== "BREAK");
  return session ? { session, snapshot: published.snapshot } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [found, locale] = await Promise.all([findSession((await params).slug), getLocale()]);
  if (!found) return {};
  return { title: localized(found.session, "title", locale), description: localized(found.session, "abstract", locale).slice(0, 200) };
}

export default async function SessionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = await findSession(slug);
  if (!found) notFound();
  const { session, snapshot } = found;
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const tz = snapshot.forum.timeZone;
  const color = sessionColor(session);
  const abstract = localized(session, "abstract", locale);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <Link href="/program" className="no-print text-sm font-medium text-brand-700 hover:underline">
        ← {t("session.back")}
      </Link>
      <article className="mt-4">
        <div className="h-1.5 w-24 rounded-full" style={{ backgroundColor: color }} aria-hidden />
        <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-slate-100 px-2 py-0.5 font-medium text-slate-700">{tc(`sessionTypes.${session.type}`)}</span>
          {session.subForum ? (
            <Link href={`/program?subforum=${session.subForum.slug}`} className="font-medium hover:underline" style={{ color: session.subForum.color }}>
              <span className="sr-only">{t("session.subForum")}: </span>
              {localized(session.subForum, "title", locale)}
            </Link>
          ) : null}
          {session.isSample ? <SampleBadge /> : null}
        </div>
        <h1 className="mt-3 text-3xl leading-tight font-bold text-slate-900 sm:text-4xl">{localized(session, "title", locale)}</h1>

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
        {session.seatBooking ? <p className="mt-3 text-sm text-slate-600">{t("session.seatBooking")}</p> : null}

        {abstract ? (
          <section aria-labelledby="abstract-title" className="mt-8">
            <h2 id="abstract-title" className="text-xl font-semibold text-slate-900">
              {t("session.abstract")}
            </h2>
            <p className="mt-2 leading-relaxed whitespace-pre-line text-slate-700">{abstract}</p>
          </section>
        ) : null}

        {session.cast.length ? (
          <section aria-labelledby="people-title" className="mt-8">
            <h2 id="people-title" className="text-xl font-semibold text-slate-900">
              {t("session.people")}
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200">
              {session.cast.map(({ person, role }) => (
                <li key={person.id} className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between">
                  <div>
                    <p className="font-semibold text-slate-900">
                      {localized(person, "name", locale)}
                      {person.isSample ? <SampleBadge className="ml-2 align-middle" /> : null}
                    </p>
                    <p className="text-sm text-slate-600">
                      {[localized(person, "title", locale), person.organization ? localized(person.organization, "name", locale) : null, person.countryCode ? countryName(person.countryCode, intl) : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </div>
                  <p className="text-sm font-medium text-brand-700">{tc(`roles.${role}`)}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </main>
  );
}
