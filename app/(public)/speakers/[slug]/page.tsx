import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { sessionColor } from "@/components/program/session-card";
import { SpeakerMonogram } from "@/components/speakers/speaker-monogram";
import { SampleBadge } from "@/components/public/sample-badge";
import { getCurrentForum } from "@/lib/forum/queries";
import { countryName } from "@/lib/geo/countries";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getPublishedProgram } from "@/lib/program/published";
import { speakerViews } from "@/lib/program/view";
import { formatDate, formatTimeRange } from "@/lib/time/format";

/** A person on stage in the published program; anyone else (or an unknown slug) is not found. */
async function findSpeaker(slug: string) {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return null;
  const speaker = speakerViews(published.snapshot).find((s) => s.person.slug === slug && s.sessions.length > 0);
  return speaker ? { speaker, snapshot: published.snapshot } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [found, locale] = await Promise.all([findSpeaker((await params).slug), getLocale()]);
  if (!found) return {};
  const { person } = found.speaker;
  return { title: localized(person, "name", locale), description: localized(person, "bio", locale).slice(0, 200) || undefined };
}

export default async function SpeakerPage({ params }: { params: Promise<{ slug: string }> }) {
  const found = await findSpeaker((await params).slug);
  if (!found) notFound();
  const { speaker, snapshot } = found;
  const { person } = speaker;
  const t = await getTranslations("speakers");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const intl = INTL_LOCALE[locale];
  const tz = snapshot.forum.timeZone;
  const name = localized(person, "name", locale);
  const nameLang = localizedLang(person, "name", locale);
  const bio = localized(person, "bio", locale);
  const bioLang = localizedLang(person, "bio", locale);
  return (
    <main id="main" className="program-print mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <Link href="/speakers" className="no-print text-sm font-medium text-brand-700 hover:underline">
        ← {t("detail.back")}
      </Link>
      <header className="mt-5 flex items-start gap-5">
        <SpeakerMonogram name={name} size="lg" />
        <div className="min-w-0">
          <h1 className="text-3xl leading-tight font-bold text-slate-900 sm:text-4xl" lang={nameLang === locale ? undefined : nameLang}>
            {name}
          </h1>
          {nameLang !== "en" && person.nameEn !== name ? (
            <p className="mt-1 text-lg text-slate-600" lang="en">
              {person.nameEn}
            </p>
          ) : null}
          <p className="mt-2 text-lg text-slate-800">{localized(person, "title", locale)}</p>
          {person.isSample ? <SampleBadge className="mt-3" /> : null}
        </div>
      </header>

      <dl className="mt-6 grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:grid-cols-2">
        {person.organization ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("organization")}</dt>
            <dd className="mt-1 font-medium text-slate-900">{localized(person.organization, "name", locale)}</dd>
          </div>
        ) : null}
        {person.countryCode ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("country")}</dt>
            <dd className="mt-1 font-medium text-slate-900">{countryName(person.countryCode, intl)}</dd>
          </div>
        ) : null}
      </dl>

      {bio ? (
        <section aria-labelledby="bio-title" className="mt-8">
          <h2 id="bio-title" className="text-xl font-semibold text-slate-900">
            {t("detail.bio")}
          </h2>
          <p className="mt-2 max-w-prose leading-relaxed whitespace-pre-line text-slate-700" lang={bioLang === locale ? undefined : bioLang}>
            {bio}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="sessions-title" className="mt-8">
        <h2 id="sessions-title" className="text-xl font-semibold text-slate-900">
          {t("detail.sessions")}
        </h2>
        <ul className="mt-3 space-y-3">
          {speaker.sessions.map(({ session, role }) => (
            <li key={`${session.id}-${role}`} className="relative rounded-xl border border-slate-200 bg-white py-3 pr-4 pl-5 shadow-sm break-inside-avoid">
              <span aria-hidden className="absolute inset-y-0 left-0 w-1.5 rounded-l-xl" style={{ backgroundColor: sessionColor(session) }} />
              <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <h3 className="font-semibold text-slate-900">
                  <Link href={`/program/${session.slug}`} className="hover:text-brand-700 hover:underline">
                    {localized(session, "title", locale)}
                  </Link>
                </h3>
                <p className="shrink-0 text-sm font-medium text-brand-700">
                  <span className="sr-only">{t("detail.role")}: </span>
                  {tc(`roles.${role}`)}
                </p>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <span className="sr-only">{t("detail.when")}: </span>
                <span className="tabular-nums">
                  {formatDate(session.start, tz, intl, "full")}, {formatTimeRange(session.start, session.end, tz, intl)}
                </span>
                {session.room ? (
                  <>
                    {" · "}
                    <span className="sr-only">{t("detail.room")}: </span>
                    {localized(session.room, "name", locale)}
                  </>
                ) : null}
              </p>
              {session.subForum ? (
                <p className="mt-0.5 text-xs font-medium" style={{ color: session.subForum.color }}>
                  {localized(session.subForum, "title", locale)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
