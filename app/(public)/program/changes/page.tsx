import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentForum } from "@/lib/forum/queries";
import { localized } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { getPublishedProgram } from "@/lib/program/published";
import { describeChangelog, listReleases, liveSessions, type ChangeItem, type ChangeSectionKind } from "@/lib/program/releases";
import { formatDateTime, zoneLabel } from "@/lib/time/format";

const FEED_PATH = "/program/changes.atom";
/** Long lists (a first release adds every session) show this many, then fold the rest away. */
const VISIBLE_ITEMS = 10;

const SECTION_COLOR: Record<ChangeSectionKind, string> = {
  added: "bg-emerald-600",
  removed: "bg-red-600",
  moved: "bg-amber-500",
  retitled: "bg-sky-600",
  addressChanged: "bg-teal-600",
  peopleChanged: "bg-violet-600",
  updated: "bg-slate-500",
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("releases");
  return {
    title: t("title"),
    alternates: { types: { "application/atom+xml": [{ url: FEED_PATH, title: t("feedLink") }] } },
  };
}

export default async function ProgramChangesPage() {
  const [t, locale, forum] = await Promise.all([getTranslations("releases"), getLocale(), getCurrentForum()]);
  const [releases, published] = forum ? await Promise.all([listReleases(forum.id), getPublishedProgram(forum.id)]) : [[], null];
  const intl = INTL_LOCALE[locale];

  if (!forum || releases.length === 0) {
    return (
      <main id="main" className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-slate-600">{t("notPublished")}</p>
      </main>
    );
  }

  // The forum as published: settings edited since the last release stay out of public view.
  const shown = published?.snapshot.forum ?? forum;
  const tz = shown.timeZone;
  const live = liveSessions(published?.snapshot ?? null);
  const latestVersion = releases[0]?.version;

  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <header className="border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-brand-700">{localized(shown, "name", locale)}</p>
        <h1 className="mt-1 text-4xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("intro", { zone: `${tz} (${zoneLabel(releases[0]!.publishedAt, tz, intl)})` })}</p>
        <p className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <a href={FEED_PATH} type="application/atom+xml" className="inline-flex items-center gap-1.5 font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
            <FeedIcon />
            {t("feedLink")}
          </a>
          <Link href="/program" className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
            {t("backToProgram")}
          </Link>
        </p>
      </header>

      <ol className="mt-8 space-y-10">
        {releases.map((release) => {
          const described = describeChangelog(release.changelog, { t, locale, timeZone: tz, live, isFirst: release.version === 1 });
          const headingId = `release-${release.version}-title`;
          return (
            <li key={release.id} id={`release-${release.version}`} className="scroll-mt-20">
              <article aria-labelledby={headingId}>
                <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-2xl font-bold text-slate-900">
                  <span>{t("release", { version: release.version })}</span>
                  <span aria-hidden className="text-base font-normal text-slate-400">
                    ·
                  </span>
                  <span className="text-base font-normal text-slate-600">
                    <time dateTime={release.publishedAt.toISOString()}>{t("publishedAt", { date: formatDateTime(release.publishedAt, tz, intl, "long") })}</time>
                  </span>
                  {release.version === latestVersion ? (
                    <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("latest")}</span>
                  ) : null}
                </h2>
                {release.comment ? <p className="mt-2 whitespace-pre-line text-slate-800">{release.comment}</p> : null}
                <p className="mt-1 text-sm text-slate-600">{described.summary}</p>

                {described.sections.map((section) => {
                  const sectionId = `release-${release.version}-${section.kind}`;
                  const shown = section.items.slice(0, VISIBLE_ITEMS);
                  const folded = section.items.slice(VISIBLE_ITEMS);
                  return (
                    <section key={section.kind} aria-labelledby={sectionId} className="mt-5">
                      <h3 id={sectionId} className="flex items-center gap-2 text-base font-semibold text-slate-900">
                        <span aria-hidden className={`size-2.5 rounded-full ${SECTION_COLOR[section.kind]}`} />
                        {section.heading}
                        <span className="font-normal text-slate-500 tabular-nums">({section.items.length})</span>
                      </h3>
                      <ChangeList items={shown} locale={locale} />
                      {folded.length ? (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-sm font-medium text-brand-800 underline underline-offset-2">{t("showMore", { count: folded.length })}</summary>
                          <ChangeList items={folded} locale={locale} />
                        </details>
                      ) : null}
                    </section>
                  );
                })}
                {described.other && described.sections.length ? <p className="mt-4 text-sm text-slate-600">{described.other}</p> : null}
                {described.addresses.length ? (
                  <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-slate-600">
                    {described.addresses.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </main>
  );
}

function ChangeList({ items, locale }: { items: ChangeItem[]; locale: AppLocale }) {
  return (
    <ul className="mt-2 divide-y divide-slate-100 border-l-2 border-slate-100 pl-4">
      {items.map((item) => (
        <li key={item.sessionId} className="py-2">
          {item.href ? (
            <Link href={item.href} lang={item.titleLang !== locale ? item.titleLang : undefined} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {item.title}
            </Link>
          ) : (
            <span lang={item.titleLang !== locale ? item.titleLang : undefined} className="font-medium text-slate-800">
              {item.title}
            </span>
          )}
          {item.notes.length ? (
            <ul className="mt-0.5 space-y-0.5 text-sm text-slate-600">
              {item.notes.map((note, i) => (
                <li key={i}>
                  {note.label ? <span className="font-medium text-slate-700">{note.label}: </span> : null}
                  {note.text}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function FeedIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-4 text-orange-600" fill="currentColor">
      <circle cx="3" cy="13" r="2" />
      <path d="M1 6.5v2a6.5 6.5 0 0 1 6.5 6.5h2A8.5 8.5 0 0 0 1 6.5Z" />
      <path d="M1 1.5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
    </svg>
  );
}
