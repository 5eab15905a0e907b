import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/public/sample-badge";
import { localized, localizedLang } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SessionView } from "@/lib/program/view";
import { formatTimeRange } from "@/lib/time/format";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";
import { LiveBadge } from "./live";

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

/**
 * A session in the program: sub-forum stripe, time, type, title, room and the first people in
 * protocol order. In the grid the room is the column's, so it is only read out, not shown.
 */
export async function SessionCard({
  session,
  locale,
  timeZone,
  matched,
  variant = "list",
}: {
  session: SessionView;
  locale: AppLocale;
  timeZone: string;
  /** People whose name matched the search: shown even when they are beyond the first few. */
  matched?: ReadonlySet<string>;
  variant?: "list" | "grid";
}) {
  const t = await getTranslations("program");
  const tc = await getTranslations("common");
  const isBreak = session.type === "BREAK";
  const grid = variant === "grid";
  const first = session.cast.slice(0, MAX_PEOPLE);
  const extra = matched?.size ? session.cast.slice(MAX_PEOPLE).filter(({ person }) => matched.has(person.id)) : [];
  const shown = [...first, ...extra];
  const hidden = session.cast.length - shown.length;
  const title = localized(session, "title", locale);
  const titleLang = localizedLang(session, "title", locale);
  return (
    <article
      className={cn(
        "relative flex h-full flex-col rounded-lg border bg-white pr-3 pl-4 shadow-sm break-inside-avoid print:border-slate-400 print:shadow-none",
        grid ? "py-2" : "py-3",
        isBreak ? "border-dashed border-slate-300 bg-slate-50 shadow-none" : "border-slate-200",
        "has-[[data-live=now]]:ring-2 has-[[data-live=now]]:ring-emerald-600 has-[[data-live=now]]:ring-offset-1",
      )}
    >
      <span aria-hidden className="session-stripe absolute inset-y-0 left-0 w-1.5 rounded-l-lg print:w-1" style={{ backgroundColor: sessionColor(session) }} />
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <LiveBadge sessionId={session.id} />
        <span className="font-semibold text-slate-800 tabular-nums">{formatTimeRange(session.start, session.end, timeZone, INTL_LOCALE[locale])}</span>
        {isBreak ? null : <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700 print:border print:border-slate-300">{tc(`sessionTypes.${session.type}`)}</span>}
        {session.isSample && !isBreak ? <SampleBadge /> : null}
      </div>
      <h3 className={cn("mt-1.5 leading-snug font-semibold text-slate-900", grid ? "text-sm" : "text-base")} lang={titleLang === locale ? undefined : titleLang}>
        {isBreak ? (
          title
        ) : (
          <Link href={`/program/${session.slug}`} className="hover:text-brand-700 hover:underline">
            {title}
          </Link>
        )}
      </h3>
      {session.subForum ? (
        <p className="mt-1 text-xs font-medium" style={{ color: session.subForum.color }}>
          <span className="sr-only">{t("session.subForum")}: </span>
          {localized(session.subForum, "title", locale)}
        </p>
      ) : null}
      {session.room || !isBreak ? (
        <p className={cn("mt-1 text-sm text-slate-600", grid && "sr-only")}>
          <span className="sr-only">{t("room")}: </span>
          {session.room ? localized(session.room, "name", locale) : t("noRoom")}
        </p>
      ) : null}
      {shown.length ? (
        <ul className={cn("mt-2 space-y-0.5 text-slate-700", grid ? "text-xs" : "text-sm")}>
          {shown.map(({ person, role }) => (
            <li key={person.id}>
              <span className={cn("font-medium", matched?.has(person.id) && "rounded-sm bg-gold-100 px-0.5")}>{localized(person, "name", locale)}</span>
              {matched?.has(person.id) ? <span className="sr-only"> ({t("matchedPerson")})</span> : null}
              <span className="text-slate-500"> · {tc(`roles.${role}`)}</span>
            </li>
          ))}
          {hidden > 0 ? <li className="text-slate-500">{t("more", { count: hidden })}</li> : null}
        </ul>
      ) : null}
    </article>
  );
}
