import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/app/_lib/guard";
import { getWorkingForum } from "@/lib/forum/queries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { describeChangelog, listReleases, liveSessions } from "@/lib/program/releases";
import { formatDateTime } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rollback"))("title") };
}

/** The forum's releases, newest first, each with its way back: publish it again, or reset the working copy to it. */
export default async function ReleasesPage() {
  await requireRole("ADMIN", "ORGANIZER");
  const [t, tr, locale, forum] = await Promise.all([getTranslations("rollback"), getTranslations("releases"), getLocale(), getWorkingForum()]);
  if (!forum) return <p>{(await getTranslations("organizer"))("noForum")}</p>;
  const releases = await listReleases(forum.id);
  const intl = INTL_LOCALE[locale];
  const tz = forum.timeZone;
  const latest = releases[0]?.version;

  return (
    <div className="max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <Link href="/organizer/program" className="mt-2 inline-block text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
          {t("backToProgram")}
        </Link>
      </div>
      {releases.length === 0 ? <p className="text-sm text-slate-700">{t("notPublished")}</p> : null}
      <ol className="space-y-3">
        {releases.map((release) => {
          const described = describeChangelog(release.changelog, { t: tr, locale, timeZone: tz, live: liveSessions(null), isFirst: release.version === 1 });
          const date = formatDateTime(release.publishedAt, tz, intl);
          const headingId = `release-${release.version}`;
          return (
            <li key={release.id}>
              <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h2 id={headingId} className="flex flex-wrap items-baseline gap-2 text-base font-semibold text-slate-900">
                  {t("release", { version: release.version })}
                  {release.version === latest ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("current")}</span> : null}
                </h2>
                <p className="text-sm text-slate-600">{release.publisherName ? t("publishedBy", { date, name: release.publisherName }) : t("publishedAt", { date })}</p>
                <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{release.comment || t("noComment")}</p>
                <p className="mt-1 text-sm text-slate-600">{described.summary}</p>
                <nav aria-label={t("actions", { version: release.version })} className="mt-3 flex flex-wrap gap-2">
                  {release.version !== latest ? (
                    <Link
                      href={`/organizer/program/releases/${release.version}/republish`}
                      className="rounded-md border border-emerald-700 px-3 py-1.5 text-sm font-semibold text-emerald-800 hover:bg-emerald-50"
                    >
                      {t("republishLink", { version: release.version })}
                    </Link>
                  ) : null}
                  <Link href={`/organizer/program/releases/${release.version}/reset`} className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50">
                    {t("resetLink", { version: release.version })}
                  </Link>
                </nav>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
