// The published program in the c3voc schedule format that conference apps read (Giggity,
// EventFahrplan, ConfClerk, info-beamer, engelsystem): https://c3voc.de/schedule/schema.json.
// `buildSchedule` makes the document as typed data; `buildScheduleJson` writes it as JSON and
// schedule-xml.ts writes the same document as frab XML, so both formats always agree.
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import type { SessionView } from "@/lib/program/view";
import {
  absoluteUrl,
  asciiSlug,
  exportedSessions,
  hoursMinutes,
  minutesBetween,
  personGuid,
  roomGuid,
  sessionPath,
  sessionTypeLabel,
  speakerPath,
  trackName,
  uuidV5,
  zoned,
} from "./shared";

export type ScheduleOptions = {
  /** The site's public origin, e.g. "https://forum.example.org": every URL in the document is absolute. */
  baseUrl: string;
  /** The release the snapshot was published as: the schedule's version. */
  version: number;
};

export type SchedulePerson = { guid: string; name: string; biography: string | null; url: string };

export type ScheduleEvent = {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: SchedulePerson[];
  links: { type: "web"; url: string; title: string }[];
};

export type ScheduleRoom = { name: string; guid: string; slug?: string; capacity: number | null };

export type ScheduleDay = {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  /** Room name → its events that day, in start order (rooms in program order). */
  rooms: Record<string, ScheduleEvent[]>;
};

export type ScheduleTrack = { name: string; slug: string; color?: string };

export type ScheduleConference = {
  acronym: string;
  title: string;
  description: string;
  start: string;
  end: string;
  daysCount: number;
  timeslot_duration: string;
  time_zone_name?: string;
  url: string;
  tracks: ScheduleTrack[];
  rooms: ScheduleRoom[];
  days: ScheduleDay[];
};

export type ScheduleDocument = {
  $schema: string;
  generator: { name: string };
  schedule: { version: string; base_url: string; conference: ScheduleConference };
};

/** The language of the exported texts: English is always complete (other languages are in the description). */
const EXPORT_LANGUAGE = "en";
/** The schema's slug pattern (rooms, tracks, events). */
const SLUG_PATTERN = /^[a-z0-9_-]+[a-z0-9]$/;
/** The schema's zone pattern; zones it refuses (e.g. "Etc/GMT-8") are left out, as the field is optional. */
const ZONE_PATTERN = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

type ExportRoom = { key: string; name: string; guid: string; slug: string; capacity: number | null };

/** Sessions without a room (venue-wide) sit in a room named after the venue: every c3voc event needs one. */
function roomsOf(snapshot: ProgramSnapshot, sessions: SessionView[]): { list: ExportRoom[]; of: (s: SessionView) => ExportRoom } {
  const venue: ExportRoom = {
    key: "",
    name: snapshot.forum.venueEn,
    guid: uuidV5(`concord:venue:${snapshot.forum.id}`),
    slug: asciiSlug(snapshot.forum.venueEn),
    capacity: null,
  };
  const rooms: ExportRoom[] = snapshot.rooms.map((r) => ({ key: r.id, name: r.nameEn, guid: roomGuid(r.id), slug: r.slug, capacity: r.capacity }));
  const byId = new Map(rooms.map((r) => [r.key, r]));
  const list = sessions.some((s) => !s.room) ? [venue, ...rooms] : rooms;
  return { list, of: (s) => (s.room ? (byId.get(s.room.id) ?? venue) : venue) };
}

/** The translations of the title and abstract, so readers of Chinese, Russian and French find them too. */
function multilingualDescription(session: SessionView): string {
  const blocks = [session.abstractEn];
  for (const [suffix, locale] of [["Zh", "zh"], ["Ru", "ru"], ["Fr", "fr"]] as const) {
    const title = session[`title${suffix}`]?.trim();
    const abstract = session[`abstract${suffix}`]?.trim();
    if (title || abstract) blocks.push([LOCALE_NAMES[locale], title, abstract].filter(Boolean).join("\n"));
  }
  return blocks.filter((b) => b.trim()).join("\n\n");
}

function eventOf(session: SessionView, room: ExportRoom, acronym: string, timeZone: string, baseUrl: string): ScheduleEvent {
  const start = zoned(session.start, timeZone);
  const url = absoluteUrl(baseUrl, sessionPath(session.slug));
  const slugTail = asciiSlug(session.slug);
  return {
    guid: session.guid,
    id: session.number,
    date: start.iso,
    start: start.time,
    end: zoned(session.end, timeZone).iso,
    duration: hoursMinutes(minutesBetween(session.start, session.end)),
    room: room.name,
    slug: [acronym, session.number, slugTail].filter((part) => part !== "").join("-"),
    url,
    title: session.titleEn,
    subtitle: "",
    track: trackName(session),
    type: sessionTypeLabel(session.type),
    language: EXPORT_LANGUAGE,
    abstract: session.abstractEn,
    description: multilingualDescription(session),
    persons: session.cast.map(({ person }) => ({
      guid: personGuid(person.id),
      name: person.nameEn,
      biography: person.bioEn.trim() ? person.bioEn : null,
      url: absoluteUrl(baseUrl, speakerPath(person.slug)),
    })),
    links: [{ type: "web", url, title: "Session page" }],
  };
}

/** Every calendar day from first to last, inclusive ("YYYY-MM-DD"). */
function calendarDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last && days.length < 366; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The grid step apps draw: the largest step (5 to 60 minutes) that every start time and duration
 * is a multiple of, so sessions line up on the grid.
 */
function timeslotMinutes(sessions: SessionView[], timeZone: string): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const values = sessions.flatMap((s) => {
    const [h = 0, m = 0] = zoned(s.start, timeZone).time.split(":").map(Number);
    return [h * 60 + m, minutesBetween(s.start, s.end)];
  });
  const step = values.reduce((acc, v) => gcd(acc, Math.abs(v)), 0);
  return step === 0 ? 15 : Math.min(60, Math.max(5, step));
}

function tracksOf(snapshot: ProgramSnapshot, sessions: SessionView[]): ScheduleTrack[] {
  const subForumTracks = snapshot.subForums.map((s) => ({ name: s.titleEn, slug: asciiSlug(s.slug), color: s.color }));
  const types = [...new Set(sessions.filter((s) => !s.subForum).map((s) => s.type))];
  const typeTracks = types.map((type) => ({ name: sessionTypeLabel(type), slug: asciiSlug(type.replace(/_/g, "-")) }));
  return [...subForumTracks, ...typeTracks].filter((t) => SLUG_PATTERN.test(t.slug));
}

function daysOf(snapshot: ProgramSnapshot, sessions: SessionView[], rooms: ReturnType<typeof roomsOf>, baseUrl: string): ScheduleDay[] {
  const { timeZone, acronym } = snapshot.forum;
  // The forum's days, widened to any session outside them (publishing refuses those, old releases may not).
  const bounds = [snapshot.forum.startDate, snapshot.forum.endDate, ...sessions.map((s) => zoned(s.start, timeZone).day)].sort();
  const first = bounds[0] ?? snapshot.forum.startDate;
  return calendarDays(first, bounds.at(-1) ?? first).map((date, i) => {
    const today = sessions.filter((s) => zoned(s.start, timeZone).day === date);
    const byRoom: Record<string, ScheduleEvent[]> = {};
    for (const room of rooms.list) {
      const events = today.filter((s) => rooms.of(s) === room).map((s) => eventOf(s, room, acronym, timeZone, baseUrl));
      if (events.length) byRoom[room.name] = [...(byRoom[room.name] ?? []), ...events];
    }
    const starts = today.map((s) => s.start.getTime());
    const ends = today.map((s) => s.end.getTime());
    return {
      index: i + 1,
      date,
      day_start: starts.length ? zoned(new Date(Math.min(...starts)), timeZone).iso : localDayBound(date, "00:00:00", timeZone),
      day_end: ends.length ? zoned(new Date(Math.max(...ends)), timeZone).iso : localDayBound(date, "23:59:00", timeZone),
      rooms: byRoom,
    };
  });
}

/** A wall-clock time on a day without sessions, with the zone's offset at noon that day. */
function localDayBound(date: string, time: string, timeZone: string): string {
  const noon = zoned(new Date(`${date}T12:00:00Z`), timeZone).iso;
  return `${date}T${time}${noon.slice(19)}`;
}

/** The c3voc schedule document of a published snapshot. */
export function buildSchedule(snapshot: ProgramSnapshot, options: ScheduleOptions): ScheduleDocument {
  const { forum } = snapshot;
  const sessions = exportedSessions(snapshot);
  const rooms = roomsOf(snapshot, sessions);
  const days = daysOf(snapshot, sessions, rooms, options.baseUrl);
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "Concord" },
    schedule: {
      version: String(options.version),
      base_url: absoluteUrl(options.baseUrl, "/"),
      conference: {
        acronym: forum.acronym,
        title: forum.nameEn,
        description: forum.descriptionEn.trim() || forum.themeEn,
        start: forum.startDate,
        end: forum.endDate,
        daysCount: days.length,
        timeslot_duration: hoursMinutes(timeslotMinutes(sessions, forum.timeZone)),
        ...(ZONE_PATTERN.test(forum.timeZone) ? { time_zone_name: forum.timeZone } : {}),
        url: absoluteUrl(options.baseUrl, "/program"),
        tracks: tracksOf(snapshot, sessions),
        rooms: rooms.list.map((r) => ({ name: r.name, guid: r.guid, ...(SLUG_PATTERN.test(r.slug) ? { slug: r.slug } : {}), capacity: r.capacity })),
        days,
      },
    },
  };
}

/** `/program/schedule.json`: the c3voc schedule JSON of a published snapshot. */
export function buildScheduleJson(snapshot: ProgramSnapshot, options: ScheduleOptions): string {
  return `${JSON.stringify(buildSchedule(snapshot, options), null, 2)}\n`;
}
