// The public program as pages show it: a snapshot joined into sessions with their rooms,
// sub-forums and people, then filtered, searched, grouped by day or into a room grid, and marked
// "now" / "next". Pure functions over the published snapshot (no database, no clock of their own).
import { SessionType } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { dayKey } from "@/lib/time/format";
import { allLanguages, foldForSearch, matchesTerms, searchTerms } from "./search";
import type { ProgramSnapshot, SnapshotPerson, SnapshotRoom, SnapshotSession, SnapshotSubForum } from "./snapshot";

export type SessionView = SnapshotSession & {
  start: Date;
  end: Date;
  room: SnapshotRoom | null;
  subForum: SnapshotSubForum | null;
  /** People on stage with their role, in protocol order. */
  cast: { person: SnapshotPerson; role: SnapshotSession["people"][number]["role"] }[];
};

export type ProgramDay = { key: string; date: Date; slots: { start: Date; sessions: SessionView[] }[] };

/** Joins a snapshot's sessions with their rooms, sub-forums and people. */
export function sessionViews(snapshot: ProgramSnapshot): SessionView[] {
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const subForums = new Map(snapshot.subForums.map((s) => [s.id, s]));
  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  return snapshot.sessions.map((s) => ({
    ...s,
    start: new Date(s.startsAt),
    end: new Date(s.endsAt),
    room: s.roomId ? (rooms.get(s.roomId) ?? null) : null,
    subForum: s.subForumId ? (subForums.get(s.subForumId) ?? null) : null,
    cast: s.people.flatMap((p) => {
      const person = people.get(p.personId);
      return person ? [{ person, role: p.role }] : [];
    }),
  }));
}

/** Sessions by day in the forum's zone, then by start time: the program's reading order. */
export function groupByDay(sessions: SessionView[], timeZone: string): ProgramDay[] {
  const days = new Map<string, ProgramDay>();
  for (const s of sessions) {
    const key = dayKey(s.start, timeZone);
    const day = days.get(key) ?? { key, date: s.start, slots: [] };
    days.set(key, day);
    const slot = day.slots.find((x) => x.start.getTime() === s.start.getTime());
    if (slot) slot.sessions.push(s);
    else day.slots.push({ start: s.start, sessions: [s] });
  }
  return [...days.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function intlLocale(locale: AppLocale): string {
  return INTL_LOCALE[locale];
}

// ---------------------------------------------------------------------------------------------
// The program page's state, carried by its query string so it works without JavaScript.

export const PROGRAM_VIEWS = ["list", "grid"] as const;
export type ProgramViewMode = (typeof PROGRAM_VIEWS)[number];

export const SESSION_TYPES = Object.values(SessionType) as SessionType[];

/** Longest query kept: enough for any title, short enough to stay cheap. */
export const MAX_QUERY_LENGTH = 200;

export type ProgramQuery = {
  q: string;
  /** Slugs, each one known to the snapshot (unknown values are dropped, never an error). */
  subforum: string | null;
  type: SessionType | null;
  room: string | null;
  /** A day of the program, "2025-07-10". */
  day: string | null;
  view: ProgramViewMode;
};

export const EMPTY_PROGRAM_QUERY: ProgramQuery = { q: "", subforum: null, type: null, room: null, day: null, view: "list" };

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.trim() : "";
}

/** The days of a program (YYYY-MM-DD in the forum's zone), in order. */
export function programDays(snapshot: ProgramSnapshot): string[] {
  const tz = snapshot.forum.timeZone;
  return [...new Set(snapshot.sessions.map((s) => dayKey(new Date(s.startsAt), tz)))].sort();
}

/**
 * Reads the program page's query string. Anything it does not recognise (a sub-forum that no
 * longer exists, a made-up type, a day outside the program, a repeated parameter) is ignored, so a
 * stale or hand-edited link still shows a program instead of an error.
 */
export function parseProgramQuery(params: SearchParams, snapshot: ProgramSnapshot): ProgramQuery {
  const subforum = first(params.subforum);
  const type = first(params.type);
  const room = first(params.room);
  const day = first(params.day);
  const view = first(params.view);
  return {
    q: first(params.q).slice(0, MAX_QUERY_LENGTH),
    subforum: snapshot.subForums.some((s) => s.slug === subforum) ? subforum : null,
    type: (SESSION_TYPES as string[]).includes(type) ? (type as SessionType) : null,
    room: snapshot.rooms.some((r) => r.slug === room) ? room : null,
    day: programDays(snapshot).includes(day) ? day : null,
    view: (PROGRAM_VIEWS as readonly string[]).includes(view) ? (view as ProgramViewMode) : "list",
  };
}

/** Whether any filter or search narrows the program (the day and the view do not count). */
export function isFiltered(query: ProgramQuery): boolean {
  return Boolean(query.q || query.subforum || query.type || query.room);
}

/**
 * The program page's address for a state: empty and default values are left out, parameters come
 * in a fixed order, so equal states give equal links.
 */
export function programHref(query: ProgramQuery, change: Partial<ProgramQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.subforum) params.set("subforum", next.subforum);
  if (next.type) params.set("type", next.type);
  if (next.room) params.set("room", next.room);
  if (next.day) params.set("day", next.day);
  if (next.view !== "list") params.set("view", next.view);
  const search = params.toString();
  return search ? `/program?${search}` : "/program";
}

/** The link of a filter chip: sets the parameter, or clears it when it already has that value. */
export function toggleHref<K extends "subforum" | "type" | "room" | "day">(query: ProgramQuery, key: K, value: ProgramQuery[K]): string {
  return programHref(query, { [key]: query[key] === value ? null : value } as Partial<ProgramQuery>);
}

/** Everything a session can be found by, in all four languages, folded once. */
export function sessionSearchText(session: SessionView): string {
  return foldForSearch(
    [
      ...allLanguages(session, "title"),
      ...allLanguages(session, "abstract"),
      ...session.cast.flatMap(({ person }) => allLanguages(person, "name")),
    ].join("\n"),
  );
}

/** People on stage whose name (in any language) contains every search term. */
export function matchingPeople(session: SessionView, q: string): Set<string> {
  const terms = searchTerms(q);
  if (!terms.length) return new Set();
  return new Set(session.cast.filter(({ person }) => matchesTerms(foldForSearch(allLanguages(person, "name").join("\n")), terms)).map(({ person }) => person.id));
}

/** The sessions that pass every filter of the query, in program order. */
export function filterSessions(sessions: SessionView[], query: ProgramQuery, timeZone: string): SessionView[] {
  const terms = searchTerms(query.q);
  return sessions.filter(
    (s) =>
      (!query.subforum || s.subForum?.slug === query.subforum) &&
      (!query.type || s.type === query.type) &&
      (!query.room || s.room?.slug === query.room) &&
      (!query.day || dayKey(s.start, timeZone) === query.day) &&
      (!terms.length || matchesTerms(sessionSearchText(s), terms)),
  );
}

/** What the count line counts: breaks are in the program but are not sessions anyone attends for. */
export function countSessions(sessions: SessionView[]): number {
  return sessions.filter((s) => s.type !== "BREAK").length;
}

/** The session types that occur in a program, in the enum's order (for the type filter). */
export function typesInProgram(sessions: SessionView[]): SessionType[] {
  const present = new Set(sessions.map((s) => s.type));
  return SESSION_TYPES.filter((t) => present.has(t));
}

// ---------------------------------------------------------------------------------------------
// "Now" and "next", during the forum only.

export { liveStatus, type LiveStatus } from "./live";

// ---------------------------------------------------------------------------------------------
// The grid: for one day, rooms across and time down.

export type GridItem = {
  session: SessionView;
  /** CSS grid lines, 1-based; column 1 is the time gutter and row 1 the room headers. */
  column: { start: number; end: number };
  row: { start: number; end: number };
};

export type DayGrid = {
  /** The rooms used that day, in the venue's order. */
  rooms: SnapshotRoom[];
  /** Every instant a session starts or ends, in order: row i runs from times[i] to times[i + 1]. */
  times: Date[];
  /** Sessions in reading order (start, then room). Sessions without a room span every column. */
  items: GridItem[];
};

/**
 * Lays out a day as a grid whose rows are the intervals between consecutive start and end times,
 * so parallel sessions line up and a short break stays thin.
 */
export function dayGrid(day: ProgramDay, rooms: SnapshotRoom[]): DayGrid {
  const sessions = day.slots.flatMap((slot) => slot.sessions);
  const used = new Set(sessions.map((s) => s.room?.id).filter(Boolean));
  const columns = rooms.filter((r) => used.has(r.id));
  const times = [...new Set(sessions.flatMap((s) => [s.start.getTime(), s.end.getTime()]))].sort((a, b) => a - b);
  const rowOf = (t: number) => times.indexOf(t) + 2;
  const columnOf = new Map(columns.map((r, i) => [r.id, i + 2]));
  const lastLine = Math.max(columns.length, 1) + 2;
  const items = sessions.map((session) => {
    const column = session.room ? (columnOf.get(session.room.id) ?? 2) : null;
    return {
      session,
      column: column ? { start: column, end: column + 1 } : venueWideSpan(session, sessions, columnOf, lastLine),
      row: { start: rowOf(session.start.getTime()), end: rowOf(session.end.getTime()) },
    };
  });
  return { rooms: columns, times: times.map((t) => new Date(t)), items };
}

/**
 * A session without a room (a coffee break) spans the widest run of columns whose rooms are free
 * meanwhile, so it never covers a session still going on in one hall; every column if none is free.
 */
function venueWideSpan(session: SessionView, sessions: SessionView[], columnOf: Map<string, number>, lastLine: number): GridItem["column"] {
  const busy = new Set(
    sessions
      .filter((s) => s.room && s.start < session.end && session.start < s.end)
      .map((s) => (s.room ? columnOf.get(s.room.id) : undefined))
      .filter((c) => c !== undefined),
  );
  let best: GridItem["column"] | null = null;
  let runStart: number | null = null;
  for (let line = 2; line <= lastLine; line += 1) {
    const free = line < lastLine && !busy.has(line);
    if (free && runStart === null) runStart = line;
    if (!free && runStart !== null) {
      if (!best || line - runStart > best.end - best.start) best = { start: runStart, end: line };
      runStart = null;
    }
  }
  return best ?? { start: 2, end: lastLine };
}

// ---------------------------------------------------------------------------------------------
// Speakers.

export type SpeakerSession = { session: SessionView; role: SessionView["cast"][number]["role"] };
export type SpeakerView = { person: SnapshotPerson; sessions: SpeakerSession[] };

export const SPEAKER_ORDERS = ["protocol", "name"] as const;
export type SpeakerOrder = (typeof SPEAKER_ORDERS)[number];

export function parseSpeakerOrder(value: string | string[] | undefined): SpeakerOrder {
  const v = first(value);
  return (SPEAKER_ORDERS as readonly string[]).includes(v) ? (v as SpeakerOrder) : "protocol";
}

/** Everyone on stage in the published program with their sessions in time order. */
export function speakerViews(snapshot: ProgramSnapshot): SpeakerView[] {
  const sessions = sessionViews(snapshot);
  return snapshot.people.map((person) => ({
    person,
    sessions: sessions.flatMap((session) => session.cast.filter((c) => c.person.id === person.id).map(({ role }) => ({ session, role }))),
  }));
}

/**
 * Speakers in protocol order (rank, then English name: the snapshot's order) or alphabetically by
 * the name shown in the visitor's language, collated for that language (pinyin order in Chinese).
 */
export function sortSpeakers(speakers: SpeakerView[], order: SpeakerOrder, locale: AppLocale): SpeakerView[] {
  if (order === "protocol") {
    return [...speakers].sort((a, b) => a.person.protocolRank - b.person.protocolRank || a.person.nameEn.localeCompare(b.person.nameEn, "en"));
  }
  const collator = new Intl.Collator(INTL_LOCALE[locale], { sensitivity: "base" });
  return [...speakers].sort((a, b) => collator.compare(localized(a.person, "name", locale), localized(b.person, "name", locale)));
}
