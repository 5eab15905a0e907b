import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionCard } from "@/components/program/session-card";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getPublishedProgram } from "@/lib/program/published";
import { groupByDay, sessionViews } from "@/lib/program/view";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("program"))("title") };
}

export default async function ProgramPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("program");
  const [params, locale, forum] = await Promise.all([searchParams, getLocale(), getCurrentForum()]);
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!forum || !published) {
    return (
      <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-slate-600">{t("notPublished")}</p>
      </main>
    );
  }
  const { snapshot } = published;
  const tz = snapshot.forum.timeZone;
  const intl = INTL_LOCALE[locale];
  const subForumSlug = typeof params.subforum === "string" ? params.subforum : null;
  const subForum = subForumSlug ? (snapshot.subForums.find((s) => s.slug === subForumSlug) ?? null) : null;
  const all = sessionViews(snapshot);
  const sessions = subForum ? all.filter((s) => s.subForumId === subForum.id) : all;
  const days = groupByDay(sessions, tz);
  const zone = all[0] ? `${tz} (${zoneLabel(all[0].start, tz, intl)})` : tz;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6 print:max-w-none print:px-0 print:py-0">
      <header className="border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-brand-700">{localized(snapshot.forum, "name", locale)}</p>
        <h1 className="mt-1 text-4xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("intro", { count: all.length, days: groupByDay(all, tz).length, zone })}</p>
        <p className="mt-1 text-xs text-slate-500">{t("release", { version: published.version })}</p>
      </header>

      <nav aria-label={t("days")} className="no-print z-10 sm:sticky sm:top-0 -mx-4 flex flex-wrap gap-2 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:px-0">
        {days.map((d) => (
          <a key={d.key} href={`#day-${d.key}`} className="rounded-full border border-brand-200 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50">
            {formatDate(d.date, tz, intl, "full")}
          </a>
        ))}
        <span className="mx-1 hidden w-px bg-slate-200 sm:block" aria-hidden />
        {snapshot.subForums.map((s) => (
          <Link
            key={s.id}
            href={subForum?.id === s.id ? "/program" : `/program?subforum=${s.slug}`}
            aria-current={subForum?.id === s.id ? "true" : undefined}
            className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${subForum?.id === s.id ? "border-transparent text-white" : "border-slate-200 text-slate-700 hover:bg-slate-50"}`}
            style={subForum?.id === s.id ? { backgroundColor: s.color } : undefined}
          >
            <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: subForum?.id === s.id ? "white" : s.color }} />
            {localized(s, "title", locale)}
          </Link>
        ))}
      </nav>

      {subForum ? (
        <p className="mt-4 text-sm text-slate-700">
          {t("filteredBy", { subForum: localized(subForum, "title", locale) })}{" "}
          <Link href="/program" className="font-medium text-brand-700 underline">
            {t("showAll")}
          </Link>
        </p>
      ) : null}

      {days.length === 0 ? <p className="mt-8 text-slate-600">{t("noSessions")}</p> : null}

      {days.map((day) => (
        <section key={day.key} id={`day-${day.key}`} aria-labelledby={`day-${day.key}-title`} className="mt-10 scroll-mt-20 print:mt-6">
          <h2 id={`day-${day.key}-title`} className="text-2xl font-bold text-slate-900 print:text-xl">
            {formatDate(day.date, tz, intl, "full")}
          </h2>
          <ol className="mt-4 space-y-4">
            {day.slots.map((slot) => (
              <li key={slot.start.toISOString()} className="grid gap-3 sm:grid-cols-[5rem_1fr] print:grid-cols-[4rem_1fr]">
                <p className="pt-3 text-lg font-semibold text-brand-800 tabular-nums sm:text-right">
                  <time dateTime={slot.start.toISOString()}>{formatTime(slot.start, tz, intl)}</time>
                </p>
                <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
                  {slot.sessions.map((s) => (
                    <SessionCard key={s.id} session={s} locale={locale} timeZone={tz} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
