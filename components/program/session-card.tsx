import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SessionView } from "@/lib/program/view";
import { formatTimeRange } from "@/lib/time/format";
import { INTL_LOCALE } from "@/lib/i18n/locales";

/** The colour of a session's stripe: its sub-forum's, else one per type. */
export function sessionColor(session: Pick<SessionView, "subForum" | "type">): string {
  if (session.subForum) return session.subForum.color;
  switch (session.type) {
    case "SIGNING":
      return "#c9962a";
    case "SHOWCASE":
      return "#0f766e";
    case "SITE_VISIT":
      return "#6d28d9";
    case "BREAK":
      return "#94a3b8";
    default:
      return "#0b3a68";
  }
}

const MAX_PEOPLE = 3;

export async function SessionCard({ session, locale, timeZone }: { session: SessionView; locale: AppLocale; timeZone: string }) {
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  const isBreak = session.type === "BREAK";
  const shown = session.cast.slice(0, MAX_PEOPLE);
  return (
    <article
      className={`relative flex h-full flex-col rounded-lg border border-slate-200 bg-white py-3 pr-3 pl-4 shadow-sm break-inside-avoid print:shadow-none ${isBreak ? "bg-slate-50" : ""}`}
    >
      <span aria-hidden className="absolute inset-y-0 left-0 w-1.5 rounded-l-lg" style={{ backgroundColor: sessionColor(session) }} />
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span className="font-semibold text-slate-800 tabular-nums">{formatTimeRange(session.start, session.end, timeZone, INTL_LOCALE[locale])}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{tc(`sessionTypes.${session.type}`)}</span>
        {session.isSample ? <SampleBadge /> : null}
      </div>
      <h3 className="mt-1.5 text-base leading-snug font-semibold text-slate-900">
        {isBreak ? (
          localized(session, "title", locale)
        ) : (
          <Link href={`/program/${session.slug}`} className="hover:text-brand-700 hover:underline">
            {localized(session, "title", locale)}
          </Link>
        )}
      </h3>
      {session.subForum ? <p className="mt-1 text-xs font-medium" style={{ color: session.subForum.color }}>{localized(session.subForum, "title", locale)}</p> : null}
      <p className="mt-1 text-sm text-slate-600">
        <span className="sr-only">{t("room")}: </span>
        {session.room ? localized(session.room, "name", locale) : isBreak ? null : t("noRoom")}
      </p>
      {shown.length ? (
        <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
          {shown.map(({ person, role }) => (
            <li key={person.id}>
              <span className="font-medium">{localized(person, "name", locale)}</span>
              <span className="text-slate-500"> · {tc(`roles.${role}`)}</span>
            </li>
          ))}
          {session.cast.length > MAX_PEOPLE ? <li className="text-slate-500">{t("more", { count: session.cast.length - MAX_PEOPLE })}</li> : null}
        </ul>
      ) : null}
    </article>
  );
}
