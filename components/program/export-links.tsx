import Link from "next/link";
import { getTranslations } from "next-intl/server";

const linkClass = "inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-2 hover:text-brand-900 hover:underline";

/**
 * Where the program goes beyond this page: calendar feeds, the conference-app exports and the
 * changelog. With a sub-forum chosen, its own calendar too.
 */
export async function ExportLinks({ subForumSlug }: { subForumSlug: string | null }) {
  const t = await getTranslations("program");
  const links = [
    { href: "/program/calendar.ics", label: t("exports.calendar"), type: "text/calendar" },
    ...(subForumSlug ? [{ href: `/program/sub-forums/${subForumSlug}/calendar.ics`, label: t("exports.subForumCalendar"), type: "text/calendar" }] : []),
    { href: "/program/schedule.json", label: t("exports.json"), type: "application/json" },
    { href: "/program/schedule.xml", label: t("exports.xml"), type: "application/xml" },
  ];
  return (
    <nav aria-label={t("exports.label")} className="no-print text-sm lg:max-w-xl lg:text-right">
      <p aria-hidden className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("exports.label")}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 lg:justify-end">
        {links.map((l) => (
          <li key={l.href}>
            {/* Plain anchors: these are files, not pages for the client router to fetch. */}
            <a href={l.href} type={l.type} className={linkClass}>
              <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
                <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" />
              </svg>
              {l.label}
            </a>
          </li>
        ))}
        <li>
          <Link href="/program/changes" className={linkClass}>
            <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M10 5v5l3 2M17 10a7 7 0 1 1-14 0 7 7 0 0 1 14 0Z" />
            </svg>
            {t("exports.changes")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
