// The published program as iCalendar (RFC 5545), for calendar apps that import or subscribe:
// the whole program, one session, or one sub-forum. Times are in UTC ("Z"), so no VTIMEZONE is
// needed; the forum's local time is written in the description. Every UID is the session's guid,
// the same in every release; SEQUENCE and STATUS:CANCELLED come from the release history.
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import type { SessionView } from "@/lib/program/view";
import type { ProgramHistory, SessionRevision } from "./history";
import { absoluteUrl, exportedSessions, exportLine, exportText, roleLabel, sessionPath, sessionTypeLabel, zoned } from "./shared";

export type CalendarOptions = {
  /** The site's public origin, e.g. "https://forum.example.org". */
  baseUrl: string;
  /** When the release was published: every DTSTAMP, so one release always gives the same bytes. */
  publishedAt: Date;
  /** SEQUENCE numbers and dropped sessions; without it, every SEQUENCE is 0 and nothing is cancelled. */
  history?: ProgramHistory;
};

/** Calendar apps refresh a subscription about this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

/** The iCalendar UID of a session: its guid, which survives every release. */
export const sessionUid = (guid: string) => `${guid}@concord`;

/** RFC 5545 TEXT on one line: backslash, semicolon and comma escaped, no control character left. */
export function icalText(value: string): string {
  return exportLine(value).replace(/[\\;,]/g, (c) => `\\${c}`);
}

type Context = { snapshot: ProgramSnapshot; options: CalendarOptions };

function eventDescription(session: SessionView, { snapshot, options }: Context): string {
  const { timeZone } = snapshot.forum;
  const start = zoned(session.start, timeZone);
  const end = zoned(session.end, timeZone);
  const local = `Local time: ${start.day} ${start.time}–${start.day === end.day ? "" : `${end.day} `}${end.time} (${timeZone})`;
  const people = session.cast.map(({ person, role }) => {
    const affiliation = [person.titleEn, person.organization?.nameEn].filter((part) => part && part.trim()).join(", ");
    return exportLine(`${roleLabel(role)}: ${person.nameEn}${affiliation ? ` (${affiliation})` : ""}`);
  });
  return [exportText(session.abstractEn), people.join("\n"), local, absoluteUrl(options.baseUrl, sessionPath(session.slug))].filter((block) => block.trim()).join("\n\n");
}

function addEvent(calendar: ICalCalendar, session: SessionView, revision: SessionRevision | undefined, cancelled: boolean, context: Context): void {
  const { forum } = context.snapshot;
  calendar.createEvent({
    id: sessionUid(session.guid),
    sequence: revision?.sequence ?? 0,
    stamp: context.options.publishedAt,
    start: session.start,
    end: session.end,
    summary: exportLine(cancelled ? `Cancelled: ${session.titleEn}` : session.titleEn),
    description: eventDescription(session, context),
    location: exportLine([session.room?.nameEn, forum.venueEn].filter(Boolean).join(", ")),
    url: absoluteUrl(context.options.baseUrl, sessionPath(session.slug)),
    categories: [sessionTypeLabel(session.type), session.subForum?.titleEn].filter((name): name is string => Boolean(name)).map((name) => ({ name: exportLine(name) })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(revision ? { created: revision.firstPublishedAt, lastModified: revision.changedAt } : {}),
  });
}

function render(name: string, pagePath: string, sessions: SessionView[], cancelled: ProgramHistory["cancelled"], context: Context): string {
  const { forum } = context.snapshot;
  const calendar = ical({
    // ical-generator writes X-WR-CALNAME and X-WR-CALDESC as given: escape them here.
    name: icalText(name),
    description: icalText(forum.themeEn),
    prodId: { company: "Concord", product: "Program", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: absoluteUrl(context.options.baseUrl, pagePath),
    ttl: REFRESH_SECONDS,
  });
  for (const session of sessions) addEvent(calendar, session, context.options.history?.revisions.get(session.guid), false, context);
  for (const dropped of cancelled) addEvent(calendar, dropped.session, dropped, true, context);
  // Every content line ends with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}

/** `/program/calendar.ics`: every session, and the ones dropped since an earlier release as cancelled. */
export function buildProgramCalendar(snapshot: ProgramSnapshot, options: CalendarOptions): string {
  const context = { snapshot, options };
  return render(snapshot.forum.nameEn, "/program", exportedSessions(snapshot), options.history?.cancelled ?? [], context);
}

/** `/program/<slug>/calendar.ics`: one session (null when the release has no such session). */
export function buildSessionCalendar(snapshot: ProgramSnapshot, options: CalendarOptions & { sessionSlug: string }): string | null {
  const session = exportedSessions(snapshot).find((s) => s.slug === options.sessionSlug);
  if (!session) return null;
  return render(`${session.titleEn} — ${snapshot.forum.nameEn}`, sessionPath(session.slug), [session], [], { snapshot, options });
}

/** `/program/sub-forums/<slug>/calendar.ics`: one sub-forum's sessions (null when the release has no such sub-forum). */
export function buildSubForumCalendar(snapshot: ProgramSnapshot, options: CalendarOptions & { subForumSlug: string }): string | null {
  const subForum = snapshot.subForums.find((s) => s.slug === options.subForumSlug);
  if (!subForum) return null;
  const sessions = exportedSessions(snapshot).filter((s) => s.subForumId === subForum.id);
  const cancelled = (options.history?.cancelled ?? []).filter((c) => c.session.subForumId === subForum.id);
  return render(`${subForum.titleEn} — ${snapshot.forum.nameEn}`, `/program?subforum=${encodeURIComponent(subForum.slug)}`, sessions, cancelled, { snapshot, options });
}
