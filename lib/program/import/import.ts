import "server-only";
import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { paragraphs, toOneLine } from "@/lib/forms/text";
import { RESERVED_ADDRESSES } from "@/lib/addresses/schemas";
import { recordAudit } from "@/lib/audit/record";
import { db, type Db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { SessionRoleKind, SessionType } from "@/lib/generated/prisma/enums";
import common from "@/lib/i18n/messages/en/common.json";
import { forumBounds } from "@/lib/program/conflicts";
import { personGuid, roomGuid, uuidV5 } from "@/lib/program/exports/shared";
import { TEXT_MAX, TITLE_MAX } from "@/lib/program/schemas";
import { slugify } from "@/lib/text/slug";
import { readSchedule, splitDescription, type ReadEvent, type ReadSchedule, type ScheduleFormat } from "./read";
import { PROGRAM_IMPORT_MAX_BYTES, type ImportProblem, type ImportProblemCode } from "./schema";

// Import of a program from a c3voc schedule.json (pretalx, Concord) or a frab schedule.xml into a
// forum's working copy, in two steps. The preview reads the file and matches it against the
// database, writing nothing. The import reads the same text again inside one transaction, checks
// that it still plans what the preview showed (its digest) and that nothing blocks, and writes all
// of it or nothing. Publishing stays a separate step.
//
// How rows match what exists (the page says the same):
// - rooms: by guid (Concord's own), then slug, then name (ignoring case); the forum's venue name
//   means "no room" (Concord exports venue-wide sessions there);
// - tracks → sub-forums: by slug, then title; a track named like a session type ("Plenary") that
//   no sub-forum has is the session type, not a sub-forum (Concord exports it so);
// - sessions: by guid within this forum only (apps keep it across versions); a guid another
//   forum uses is replaced by one derived from it and this forum (so a second import still
//   matches); a matched session keeps its address;
// - speakers → people (shared by every forum): by guid (Concord's own), then by name when exactly
//   one person has it; a matched person is left as is.
// Text goes into the English fields, which every language falls back to; an event whose language
// is zh, ru or fr fills that language's fields too; the translations Concord writes into the
// description are read back into their languages.

type Client = Db | Tx;

export type RowAction = "create" | "match" | "venue" | "type";
export type MatchedBy = "guid" | "slug" | "name" | null;

export type RoomRow = { name: string; slug: string; capacity: number | null; action: RowAction; matchedBy: MatchedBy; problems: ImportProblem[] };
export type TrackRow = { name: string; slug: string; color: string; action: RowAction; matchedBy: MatchedBy; problems: ImportProblem[] };
export type PersonRow = { name: string; action: RowAction; matchedBy: MatchedBy; sessions: number; problems: ImportProblem[] };
export type SessionRow = {
  index: number;
  title: string;
  /** ISO instants (UTC); null when the file's time cannot be read. */
  startsAt: string | null;
  endsAt: string | null;
  room: string;
  track: string;
  type: SessionType;
  people: string[];
  action: RowAction;
  matchedBy: MatchedBy;
  problems: ImportProblem[];
};

export type ImportCounts = Record<"rooms" | "tracks" | "sessions" | "people", { create: number; match: number }>;

export type ProgramImportPlan = {
  format: ScheduleFormat | null;
  fileProblems: ImportProblem[];
  rooms: RoomRow[];
  tracks: TrackRow[];
  sessions: SessionRow[];
  people: PersonRow[];
  counts: ImportCounts;
  /** Problems that stop the import, over the file and every row. */
  blocking: number;
  /** Identifies this plan: the import must find the same one. */
  digest: string;
};

type ForumRef = { id: string; startDate: Date; endDate: Date; timeZone: string; venueEn: string };

/** What the writes need beside the rows: existing ids and the values of what is created. */
type Resolved = {
  rooms: { existingId: string | null; venue: boolean; create: { slug: string; nameEn: string; capacity: number } | null }[];
  tracks: { existingId: string | null; isType: SessionType | null; create: { slug: string; titleEn: string; color: string } | null }[];
  people: { existingId: string | null; create: { slug: string; nameEn: string; bioEn: string } | null }[];
  sessions: {
    existingId: string | null;
    guid: string | null;
    slug: string;
    roomIndex: number | null;
    trackIndex: number | null;
    personIndexes: number[];
    data: SessionData;
  }[];
};

type SessionData = {
  type: SessionType;
  startsAt: Date;
  endsAt: Date;
  titleEn: string;
  abstractEn: string;
} & Partial<Record<"titleZh" | "titleRu" | "titleFr" | "abstractZh" | "abstractRu" | "abstractFr", string>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const DEFAULT_COLOR = "#475569";
/** Schedules rarely say how many a room holds; the organizer sets it under Rooms. */
export const DEFAULT_ROOM_CAPACITY = 100;
const NAME_MAX = 200;
const PEOPLE_MAX = 60;

const block = (code: ImportProblemCode, values?: ImportProblem["values"]): ImportProblem => ({ code, blocking: true, ...(values ? { values } : {}) });
const note = (code: ImportProblemCode, values?: ImportProblem["values"]): ImportProblem => ({ code, blocking: false, ...(values ? { values } : {}) });

/** One line of text, by the rule every schema uses (lib/forms/text.ts). */
const line = toOneLine;
/** Several lines: line breaks kept, other control characters gone, as the schemas' paragraphs. */
const lines = (v: string) => paragraphs.parse(v);
const lower = (v: string) => v.toLowerCase();

const TYPE_BY_LABEL = new Map<string, SessionType>(
  (Object.entries(common.sessionTypes) as [SessionType, string][]).flatMap(([type, label]) => [
    [lower(label), type],
    [lower(type), type],
  ]),
);

const emptyCounts = (): ImportCounts => ({ rooms: { create: 0, match: 0 }, tracks: { create: 0, match: 0 }, sessions: { create: 0, match: 0 }, people: { create: 0, match: 0 } });

function failedPlan(problem: ImportProblem): { plan: ProgramImportPlan; resolved: null } {
  return { plan: { format: null, fileProblems: [problem], rooms: [], tracks: [], sessions: [], people: [], counts: emptyCounts(), blocking: 1, digest: "" }, resolved: null };
}

/** "01:30", "1:30" or "01:30:00" → 90; null when it is not a positive duration of at most a day. */
function durationMinutes(value: string): number | null {
  const m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 0 && minutes <= 24 * 60 ? minutes : null;
}

/**
 * The instant an event starts. A time with an offset is that instant; one without (older frab
 * files) is a wall-clock time in the forum's zone; a bare date takes the event's `start` time.
 */
function startInstant(event: Pick<ReadEvent, "date" | "start">, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(event.date);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, offset] = m;
  let hours = hh;
  let minutes = mm;
  if (hours === undefined) {
    const t = /^(\d{1,2}):(\d{2})$/.exec(event.start);
    if (!t) return null;
    [, hours, minutes] = t;
  }
  const parts = [Number(y), Number(mo), Number(d), Number(hours), Number(minutes), Number(ss ?? 0)] as const;
  if (parts[0] < 1900 || parts[0] > 2999 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return null;
  const date = offset
    ? new Date(`${y}-${mo}-${d}T${hours!.padStart(2, "0")}:${minutes}:${String(parts[5]).padStart(2, "0")}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`)
    : new Date(new TZDate(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], timeZone).getTime());
  // 2025-02-31 would roll over into March: refuse it.
  return Number.isNaN(date.getTime()) ? null : checkCalendarDay(date, parts, offset ? null : timeZone);
}

function checkCalendarDay(date: Date, parts: readonly number[], timeZone: string | null): Date | null {
  if (timeZone) {
    const local = new TZDate(date.getTime(), timeZone);
    return local.getDate() === parts[2] && local.getMonth() + 1 === parts[1] ? date : null;
  }
  const probe = new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!));
  return probe.getUTCDate() === parts[2] ? date : null;
}

/** Every address a release gave out for records of the kind (people: in any forum). */
async function givenAddresses(client: Client, kind: "SESSION" | "SUB_FORUM" | "PERSON", forumId: string | null): Promise<string[]> {
  const rows = await client.publishedAddress.findMany({ where: { kind, ...(forumId ? { forumId } : {}) }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

function uniqueIn(taken: Set<string>, base: string): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The session's address: the event slug without its "acronym-id-" head (the c3voc convention), else its title. */
function sessionSlugBase(event: ReadEvent, acronym: string, title: string): string {
  const head = acronym && event.id !== null ? `${acronym}-${event.id}-` : null;
  const tail = head && event.slug.startsWith(head) ? event.slug.slice(head.length) : event.slug;
  const slug = slugify(tail, 70) || slugify(title, 70);
  return !slug || RESERVED_ADDRESSES.has(slug) ? `session-${slug || event.id || event.index}` : slug;
}

async function computePlan(client: Client, forum: ForumRef, text: string): Promise<{ plan: ProgramImportPlan; resolved: Resolved | null }> {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > PROGRAM_IMPORT_MAX_BYTES) return failedPlan(block("FILE_TOO_LARGE", { maxMb: PROGRAM_IMPORT_MAX_BYTES / 1024 / 1024 }));
  const read = readSchedule(text);
  if (!read.ok) return failedPlan(block(`FILE_${read.failure}`, read.detail ? { detail: read.detail.slice(0, 200) } : undefined));
  const schedule = read.schedule;

  const [rooms, subForums, sessions] = await Promise.all([
    client.room.findMany({ where: { forumId: forum.id }, select: { id: true, slug: true, nameEn: true } }),
    client.subForum.findMany({ where: { forumId: forum.id }, select: { id: true, slug: true, titleEn: true } }),
    client.programSession.findMany({ where: { forumId: forum.id }, select: { id: true, guid: true, slug: true } }),
  ]);

  const roomPart = planRooms(schedule, forum, rooms);
  const trackPart = planTracks(schedule, subForums, await givenAddresses(client, "SUB_FORUM", forum.id));
  const personPart = await planPeople(client, schedule);
  const sessionPart = await planSessions(client, schedule, forum, sessions, roomPart, trackPart, personPart);

  const counts = emptyCounts();
  const tally = (key: keyof ImportCounts, rows: { action: RowAction }[]) => {
    for (const r of rows) if (r.action === "create" || r.action === "match") counts[key][r.action] += 1;
  };
  tally("rooms", roomPart.rows);
  tally("tracks", trackPart.rows);
  tally("people", personPart.rows);
  tally("sessions", sessionPart.rows);
  const all = [...roomPart.rows, ...trackPart.rows, ...personPart.rows, ...sessionPart.rows];
  const blocking = all.reduce((n, r) => n + r.problems.filter((p) => p.blocking).length, 0);
  const body = { format: schedule.format, fileProblems: [], rooms: roomPart.rows, tracks: trackPart.rows, sessions: sessionPart.rows, people: personPart.rows, counts, blocking };
  const digest = createHash("sha256").update(createHash("sha256").update(text, "utf8").digest("hex")).update(JSON.stringify(body)).digest("base64url");
  return {
    plan: { ...body, digest },
    resolved: { rooms: roomPart.resolved, tracks: trackPart.resolved, people: personPart.resolved, sessions: sessionPart.resolved },
  };
}

function planRooms(schedule: ReadSchedule, forum: ForumRef, existing: { id: string; slug: string; nameEn: string }[]) {
  const byGuid = new Map(existing.map((r) => [roomGuid(r.id), r]));
  const bySlug = new Map(existing.map((r) => [r.slug, r]));
  const byName = new Map(existing.map((r) => [lower(r.nameEn), r]));
  const guidCount = new Map<string, number>();
  for (const r of schedule.rooms) if (r.guid) guidCount.set(lower(r.guid), (guidCount.get(lower(r.guid)) ?? 0) + 1);
  const taken = new Set(existing.map((r) => r.slug));
  const rows: RoomRow[] = [];
  const resolved: Resolved["rooms"] = [];
  for (const room of schedule.rooms) {
    const name = line(room.name);
    const problems: ImportProblem[] = [];
    if (!name) problems.push(block("MISSING_NAME"));
    else if (name.length > NAME_MAX) problems.push(block("NAME_TOO_LONG", { max: NAME_MAX }));
    if (lower(name) === lower(line(forum.venueEn))) {
      rows.push({ name, slug: "", capacity: null, action: "venue", matchedBy: "name", problems });
      resolved.push({ existingId: null, venue: true, create: null });
      continue;
    }
    // pretalx has given every room one guid: a guid two rooms share identifies neither.
    const shared = room.guid !== null && (guidCount.get(lower(room.guid)) ?? 0) > 1;
    if (shared) problems.push(note("SHARED_GUID"));
    const slug = room.slug ? slugify(room.slug) : slugify(name);
    const match: [MatchedBy, (typeof existing)[number] | undefined][] = [
      ["guid", room.guid && !shared ? byGuid.get(lower(room.guid)) : undefined],
      ["slug", slug ? bySlug.get(slug) : undefined],
      ["name", byName.get(lower(name))],
    ];
    const found = match.find(([, r]) => r);
    if (found?.[1]) {
      rows.push({ name, slug: found[1].slug, capacity: null, action: "match", matchedBy: found[0], problems });
      resolved.push({ existingId: found[1].id, venue: false, create: null });
      continue;
    }
    const capacity = room.capacity !== null && room.capacity >= 1 && room.capacity <= 100_000 ? room.capacity : null;
    if (capacity === null) problems.push(note("NO_CAPACITY", { capacity: DEFAULT_ROOM_CAPACITY }));
    const newSlug = uniqueIn(taken, slug || "room");
    rows.push({ name, slug: newSlug, capacity: capacity ?? DEFAULT_ROOM_CAPACITY, action: "create", matchedBy: null, problems });
    resolved.push({ existingId: null, venue: false, create: { slug: newSlug, nameEn: name, capacity: capacity ?? DEFAULT_ROOM_CAPACITY } });
  }
  return { rows, resolved, index: new Map(schedule.rooms.map((r, i) => [lower(line(r.name)), i])) };
}

function planTracks(schedule: ReadSchedule, existing: { id: string; slug: string; titleEn: string }[], given: string[]) {
  const bySlug = new Map(existing.map((s) => [s.slug, s]));
  const byTitle = new Map(existing.map((s) => [lower(s.titleEn), s]));
  // The conference's tracks, then those only events name.
  const tracks = [...schedule.tracks];
  for (const e of schedule.events) {
    const name = line(e.track);
    if (name && !tracks.some((t) => lower(line(t.name)) === lower(name))) tracks.push({ name, slug: null, color: null });
  }
  const seen = new Set<string>();
  // Addresses once given out stay with their sub-forum (lib/addresses): a new one never takes them.
  const taken = new Set([...existing.map((s) => s.slug), ...given]);
  const rows: TrackRow[] = [];
  const resolved: Resolved["tracks"] = [];
  const index = new Map<string, number>();
  for (const track of tracks) {
    const name = line(track.name);
    if (!name || seen.has(lower(name))) continue;
    seen.add(lower(name));
    index.set(lower(name), rows.length);
    const problems: ImportProblem[] = [];
    if (name.length > TITLE_MAX) problems.push(block("TITLE_TOO_LONG", { max: TITLE_MAX }));
    const slug = track.slug ? slugify(track.slug) : slugify(name);
    const found = (slug ? bySlug.get(slug) : undefined) ?? byTitle.get(lower(name));
    const color = track.color && COLOR.test(track.color) ? track.color.toLowerCase() : DEFAULT_COLOR;
    if (found) {
      rows.push({ name, slug: found.slug, color, action: "match", matchedBy: bySlug.get(slug) === found ? "slug" : "name", problems });
      resolved.push({ existingId: found.id, isType: null, create: null });
      continue;
    }
    const asType = TYPE_BY_LABEL.get(lower(name));
    if (asType) {
      rows.push({ name, slug: "", color: "", action: "type", matchedBy: "name", problems });
      resolved.push({ existingId: null, isType: asType, create: null });
      continue;
    }
    if (track.color && !COLOR.test(track.color)) problems.push(note("BAD_COLOR", { color: DEFAULT_COLOR }));
    const newSlug = uniqueIn(taken, slug || "track");
    rows.push({ name, slug: newSlug, color, action: "create", matchedBy: null, problems });
    resolved.push({ existingId: null, isType: null, create: { slug: newSlug, titleEn: name, color } });
  }
  return { rows, resolved, index };
}

/** The key a speaker has in the file: guid, else pretalx's code, else the name. */
const personKey = (p: { guid: string | null; code: string | null; name: string }) => (p.guid ? `g:${lower(p.guid)}` : p.code ? `c:${p.code}` : `n:${lower(line(p.name))}`);

async function planPeople(client: Client, schedule: ReadSchedule) {
  const unique = new Map<string, ReadEvent["persons"][number] & { sessions: number }>();
  for (const e of schedule.events) {
    for (const p of e.persons) {
      const key = personKey(p);
      const known = unique.get(key);
      if (known) known.sessions += 1;
      else unique.set(key, { ...p, sessions: 1 });
    }
  }
  const people = [...unique.values()];
  const names = [...new Set(people.map((p) => line(p.name)).filter(Boolean))];
  const guids = new Set(people.flatMap((p) => (p.guid ? [lower(p.guid)] : [])));
  const [all, named] = await Promise.all([
    // Concord's person guids are derived from the id: finding one means deriving them all.
    guids.size ? client.person.findMany({ select: { id: true, slug: true } }) : Promise.resolve([]),
    names.length ? client.person.findMany({ where: { nameEn: { in: names, mode: "insensitive" } }, select: { id: true, slug: true, nameEn: true } }) : Promise.resolve([]),
  ]);
  const byGuid = new Map(all.map((p) => [personGuid(p.id), p]));
  const byName = new Map<string, { id: string; count: number }>();
  for (const p of named) {
    const key = lower(p.nameEn);
    const known = byName.get(key);
    byName.set(key, { id: p.id, count: (known?.count ?? 0) + 1 });
  }
  const bases = [...new Set(people.map((p) => slugify(line(p.name)) || "speaker"))];
  const takenRows = bases.length
    ? await client.person.findMany({ where: { OR: bases.map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } })
    : [];
  const taken = new Set([...takenRows.map((p) => p.slug), ...(await givenAddresses(client, "PERSON", null))]);
  const rows: PersonRow[] = [];
  const resolved: Resolved["people"] = [];
  const index = new Map<string, number>();
  for (const [key, p] of unique) {
    index.set(key, rows.length);
    const name = line(p.name);
    const problems: ImportProblem[] = [];
    if (!name) problems.push(block("MISSING_NAME"));
    else if (name.length > NAME_MAX) problems.push(block("NAME_TOO_LONG", { max: NAME_MAX }));
    const guidMatch = p.guid ? byGuid.get(lower(p.guid)) : undefined;
    const nameMatch = byName.get(lower(name));
    const existingId = guidMatch?.id ?? (nameMatch?.count === 1 ? nameMatch.id : null);
    if (existingId) {
      rows.push({ name, action: "match", matchedBy: guidMatch ? "guid" : "name", sessions: p.sessions, problems });
      resolved.push({ existingId, create: null });
      continue;
    }
    const bio = lines(p.biography ?? "");
    if (bio.length > TEXT_MAX) problems.push(block("TEXT_TOO_LONG", { max: TEXT_MAX }));
    const slug = uniqueIn(taken, slugify(name) || "speaker");
    rows.push({ name, action: "create", matchedBy: null, sessions: p.sessions, problems });
    resolved.push({ existingId: null, create: { slug, nameEn: name, bioEn: bio } });
  }
  return { rows, resolved, index };
}

async function planSessions(
  client: Client,
  schedule: ReadSchedule,
  forum: ForumRef,
  existing: { id: string; guid: string; slug: string }[],
  rooms: ReturnType<typeof planRooms>,
  tracks: ReturnType<typeof planTracks>,
  people: Awaited<ReturnType<typeof planPeople>>,
) {
  const bounds = forumBounds({ startDate: forum.startDate.toISOString().slice(0, 10), endDate: forum.endDate.toISOString().slice(0, 10), timeZone: forum.timeZone });
  const first = forum.startDate.toISOString().slice(0, 10);
  const last = forum.endDate.toISOString().slice(0, 10);
  const byGuid = new Map(existing.map((s) => [lower(s.guid), s]));
  const fileGuids = [...new Set(schedule.events.flatMap((e) => (e.guid && UUID.test(e.guid) ? [lower(e.guid)] : [])))].filter((g) => !byGuid.has(g));
  const elsewhere = new Set(
    fileGuids.length ? (await client.programSession.findMany({ where: { guid: { in: fileGuids } }, select: { guid: true } })).map((s) => lower(s.guid)) : [],
  );
  const matchedIds = new Set(
    schedule.events.flatMap((e) => (e.guid ? [byGuid.get(lower(e.guid))?.id ?? byGuid.get(uuidV5(`concord:import:${forum.id}:${lower(e.guid)}`))?.id ?? ""] : [])),
  );
  // Slugs of sessions the import does not touch are taken; a matched session keeps its own.
  const taken = new Set([...existing.filter((s) => !matchedIds.has(s.id)).map((s) => s.slug), ...(await givenAddresses(client, "SESSION", forum.id))]);
  const guidsSeen = new Set<string>();
  const sameSeen = new Set<string>();
  const rows: SessionRow[] = [];
  const resolved: Resolved["sessions"] = [];

  for (const event of schedule.events) {
    const problems: ImportProblem[] = [];
    const title = line(event.title);
    if (!title) problems.push(block("MISSING_TITLE"));
    else if (title.length > TITLE_MAX) problems.push(block("TITLE_TOO_LONG", { max: TITLE_MAX }));

    const start = startInstant(event, forum.timeZone);
    const minutes = durationMinutes(event.duration);
    if (!start) problems.push(block("BAD_TIME", { value: [event.date, event.start].filter(Boolean).join(" ") }));
    if (minutes === null) problems.push(block("BAD_DURATION", { value: event.duration }));
    const end = start && minutes !== null ? new Date(start.getTime() + minutes * 60_000) : null;
    if (start && end && (start < bounds.start || end > bounds.end)) problems.push(block("OUTSIDE_FORUM_DAYS", { first, last }));

    const roomName = line(event.room);
    const roomIndex = rooms.index.get(lower(roomName));
    if (!roomName) problems.push(block("MISSING_ROOM"));
    else if (roomIndex === undefined) problems.push(block("UNKNOWN_ROOM", { room: roomName }));
    const venueWide = roomIndex !== undefined && rooms.resolved[roomIndex]?.venue === true;

    const trackName = line(event.track);
    const trackIndex = trackName ? tracks.index.get(lower(trackName)) : undefined;
    const trackType = trackIndex !== undefined ? (tracks.resolved[trackIndex]?.isType ?? null) : null;
    const inSubForum = trackIndex !== undefined && trackType === null;
    let type = TYPE_BY_LABEL.get(lower(line(event.type))) ?? trackType;
    if (!type) {
      type = inSubForum ? "SUBFORUM" : "PLENARY";
      if (line(event.type)) problems.push(note("UNKNOWN_TYPE", { type: line(event.type), as: common.sessionTypes[type] }));
    }

    const { abstract, translations } = splitDescription(lines(event.abstract), lines(event.description));
    if (abstract.length > TEXT_MAX) problems.push(block("TEXT_TOO_LONG", { max: TEXT_MAX }));
    if (event.persons.length > PEOPLE_MAX) problems.push(block("TOO_MANY_PEOPLE", { max: PEOPLE_MAX }));

    let guid: string | null = null;
    let existingId: string | null = null;
    if (event.guid && !UUID.test(event.guid)) problems.push(note("NOT_A_GUID", { guid: event.guid.slice(0, 60) }));
    else if (event.guid) {
      const key = lower(event.guid);
      if (guidsSeen.has(key)) problems.push(block("DUPLICATE_GUID", { guid: key }));
      guidsSeen.add(key);
      // A guid another forum holds is replaced by one derived from it and this forum, so that
      // importing the same file again finds the sessions it made.
      const own = elsewhere.has(key) ? uuidV5(`concord:import:${forum.id}:${key}`) : key;
      existingId = byGuid.get(own)?.id ?? null;
      if (!existingId) {
        guid = own;
        if (own !== key) problems.push(note("NEW_GUID"));
      }
    }
    const sameKey = `${lower(title)}|${start?.toISOString() ?? ""}|${lower(roomName)}`;
    if (title && start && sameSeen.has(sameKey)) problems.push(block("DUPLICATE_SESSION"));
    sameSeen.add(sameKey);

    let slug = existingId ? (existing.find((s) => s.id === existingId)?.slug ?? "") : "";
    if (!existingId) {
      const base = sessionSlugBase(event, schedule.acronym, title);
      slug = uniqueIn(taken, base);
      if (slug !== base) problems.push(note("SLUG_TAKEN", { slug }));
    }

    // Keys of this event's speakers, once each, in the file's order.
    const personIndexes = [...new Set(event.persons.map((p) => people.index.get(personKey(p))).filter((i): i is number => i !== undefined))];
    const language = lower(event.language.slice(0, 2));
    const data: SessionData = { type, startsAt: start ?? new Date(0), endsAt: end ?? new Date(0), titleEn: title, abstractEn: abstract };
    if (language === "zh" || language === "ru" || language === "fr") {
      const suffix = ({ zh: "Zh", ru: "Ru", fr: "Fr" } as const)[language];
      data[`title${suffix}`] = title;
      if (abstract) data[`abstract${suffix}`] = abstract;
    }
    for (const [locale, text] of Object.entries(translations)) {
      const suffix = ({ zh: "Zh", ru: "Ru", fr: "Fr" } as const)[locale as "zh" | "ru" | "fr"];
      if (text.title) data[`title${suffix}`] = line(text.title);
      if (text.abstract) data[`abstract${suffix}`] = text.abstract;
    }

    rows.push({
      index: event.index,
      title,
      startsAt: start?.toISOString() ?? null,
      endsAt: end?.toISOString() ?? null,
      room: venueWide ? "" : roomName,
      track: inSubForum ? trackName : "",
      type,
      people: personIndexes.map((i) => people.rows[i]?.name ?? ""),
      action: existingId ? "match" : "create",
      matchedBy: existingId ? "guid" : null,
      problems,
    });
    resolved.push({
      existingId,
      guid,
      slug,
      roomIndex: roomIndex === undefined || venueWide ? null : roomIndex,
      trackIndex: inSubForum && trackIndex !== undefined ? trackIndex : null,
      personIndexes,
      data,
    });
  }
  return { rows, resolved };
}

/** What the import page's two actions answer. */
export type ProgramImportAnswer =
  | { kind: "preview"; plan: ProgramImportPlan }
  | { kind: "done"; counts: ImportCounts }
  | { kind: "stale" | "invalid"; plan: ProgramImportPlan }
  /** A catalog key under programImport.errors. */
  | { kind: "error"; code: "chooseFile" | "emptyFile" | "tooLarge" | "noForum" | "invalidRequest" };

/** What importing `text` into the forum would do, without writing anything. */
export async function previewProgramImport(forum: ForumRef, text: string): Promise<ProgramImportPlan> {
  return (await computePlan(db, forum, text)).plan;
}

export type ProgramImportResult =
  | { ok: true; counts: ImportCounts }
  /** INVALID: the file has blocking problems. STALE: the file or the forum changed since the preview. */
  | { ok: false; reason: "INVALID" | "STALE"; plan: ProgramImportPlan };

/**
 * Imports `text` into the forum's working copy if it still plans exactly what the preview with
 * `digest` showed and nothing blocks: everything in one transaction, with one audit entry.
 */
export async function applyProgramImport(actor: { id: string }, forum: ForumRef, text: string, fileName: string, digest: string): Promise<ProgramImportResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const { plan, resolved } = await computePlan(tx, forum, text);
        if (!resolved || plan.blocking > 0) return { ok: false, reason: "INVALID", plan } as const;
        if (plan.digest !== digest) return { ok: false, reason: "STALE", plan } as const;
        await write(tx, forum, resolved);
        await recordAudit(tx, {
          forumId: forum.id,
          actorId: actor.id,
          action: "program.import",
          entity: { type: "Forum", id: forum.id },
          data: { fileName, format: plan.format, counts: plan.counts },
        });
        return { ok: true, counts: plan.counts } as const;
      },
      // A large schedule is many rows in one transaction: beyond Prisma's 5-second default.
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    // A concurrent write took a slug or guid the plan counted on: the organizer previews again.
    if (isUniqueViolation(error)) return { ok: false, reason: "STALE", plan: await previewProgramImport(forum, text) };
    throw error;
  }
}

async function write(tx: Tx, forum: ForumRef, resolved: Resolved): Promise<void> {
  const [lastRoom, lastTrack] = await Promise.all([
    tx.room.aggregate({ where: { forumId: forum.id }, _max: { sortOrder: true } }),
    tx.subForum.aggregate({ where: { forumId: forum.id }, _max: { position: true } }),
  ]);
  let sortOrder = lastRoom._max.sortOrder ?? 0;
  const roomIds: (string | null)[] = [];
  for (const r of resolved.rooms) {
    if (r.create) roomIds.push((await tx.room.create({ data: { forumId: forum.id, ...r.create, sortOrder: ++sortOrder }, select: { id: true } })).id);
    else roomIds.push(r.existingId);
  }
  let position = lastTrack._max.position ?? 0;
  const trackIds: (string | null)[] = [];
  for (const t of resolved.tracks) {
    if (t.create) trackIds.push((await tx.subForum.create({ data: { forumId: forum.id, ...t.create, position: ++position }, select: { id: true } })).id);
    else trackIds.push(t.existingId);
  }
  const personIds: (string | null)[] = [];
  for (const p of resolved.people) {
    if (p.create) personIds.push((await tx.person.create({ data: p.create, select: { id: true } })).id);
    else personIds.push(p.existingId);
  }
  for (const s of resolved.sessions) {
    const placement = {
      roomId: s.roomIndex === null ? null : (roomIds[s.roomIndex] ?? null),
      subForumId: s.trackIndex === null ? null : (trackIds[s.trackIndex] ?? null),
    };
    let sessionId: string;
    // Schedules carry no roles: a person already on a matched session keeps theirs (a keynote stays one).
    let kept = new Map<string, SessionRoleKind>();
    if (s.existingId) {
      sessionId = s.existingId;
      // A session deleted in the working copy but still published comes back when a schedule names it.
      await tx.programSession.update({ where: { id: s.existingId }, data: { ...s.data, ...placement, deletedAt: null } });
      const before = await tx.sessionRole.findMany({ where: { sessionId }, select: { personId: true, role: true } });
      kept = new Map(before.map((r) => [r.personId, r.role]));
      await tx.sessionRole.deleteMany({ where: { sessionId } });
    } else {
      sessionId = (
        await tx.programSession.create({
          data: { forumId: forum.id, slug: s.slug, ...(s.guid ? { guid: s.guid } : {}), ...s.data, ...placement },
          select: { id: true },
        })
      ).id;
    }
    const roles = s.personIndexes.flatMap((i, n) => {
      const personId = personIds[i];
      return personId ? [{ sessionId, personId, role: kept.get(personId) ?? "SPEAKER", position: n + 1 }] : [];
    });
    if (roles.length) await tx.sessionRole.createMany({ data: roles });
  }
}
