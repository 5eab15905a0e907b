import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { db } from "@/lib/db/client";
import { seatConflicts } from "@/lib/seats/release";
import type { ProgramSnapshot } from "./snapshot";

// The program's conflicts, as the schedule grid flags them and as publishing checks them.
// Errors block publishing: a room used twice at once, a session outside the forum's days, a session
// that ends before it starts, a session whose stored times cannot be read. Warnings do not: a person in two places at once, a session that
// offers more places than its room holds.

export type ConflictKind =
  | "ROOM_DOUBLE_BOOKED"
  | "OUTSIDE_FORUM_DAYS"
  | "PERSON_DOUBLE_BOOKED"
  | "OVER_ROOM_CAPACITY"
  | "ENDS_BEFORE_START"
  /** A stored start or end that cannot be read (a year beyond 9999). */
  | "UNREADABLE_TIMES"
  /** Fewer places than the seats delegates already hold (lib/seats/release.ts). */
  | "CAPACITY_BELOW_CONFIRMED";

export type Conflict = {
  kind: ConflictKind;
  severity: "error" | "warning";
  /** One session, or the two that overlap (earlier start first). */
  sessionIds: string[];
  roomId?: string;
  personId?: string;
};

export type ConflictInput = {
  /** Calendar dates (YYYY-MM-DD) in the forum's IANA zone. */
  forum: { startDate: string; endDate: string; timeZone: string };
  rooms: { id: string; capacity: number }[];
  sessions: {
    id: string;
    roomId: string | null;
    startsAt: Date;
    endsAt: Date;
    capacity: number | null;
    type: string;
    people: { personId: string }[];
  }[];
};

const SEVERITY: Record<ConflictKind, Conflict["severity"]> = {
  ROOM_DOUBLE_BOOKED: "error",
  OUTSIDE_FORUM_DAYS: "error",
  UNREADABLE_TIMES: "error",
  ENDS_BEFORE_START: "error",
  CAPACITY_BELOW_CONFIRMED: "error",
  PERSON_DOUBLE_BOOKED: "warning",
  OVER_ROOM_CAPACITY: "warning",
};

const KIND_ORDER: ConflictKind[] = ["UNREADABLE_TIMES", "ROOM_DOUBLE_BOOKED", "OUTSIDE_FORUM_DAYS", "ENDS_BEFORE_START", "CAPACITY_BELOW_CONFIRMED", "PERSON_DOUBLE_BOOKED", "OVER_ROOM_CAPACITY"];

/** Errors block publishing; warnings are shown and allowed. */
export function isBlocking(c: Conflict): boolean {
  return c.severity === "error";
}

/**
 * The instants the forum's days cover: from local midnight starting its first day to local midnight
 * ending its last day, in its zone. Computed on the wall clock, so a DST change inside the forum
 * (a 23- or 25-hour day) moves the end with it.
 */
export function forumBounds(forum: ConflictInput["forum"]): { start: Date; end: Date } {
  const midnight = (day: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!match) throw new Error(`forumBounds: not a calendar date: ${JSON.stringify(day)}`);
    return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), forum.timeZone);
  };
  return { start: new Date(midnight(forum.startDate).getTime()), end: new Date(addDays(midnight(forum.endDate), 1).getTime()) };
}

type Timed = { id: string; start: number; end: number };

/**
 * Pairs of items that overlap in time (an end equal to the next start is no overlap), from items
 * already sorted by start. A sweep: the active list only holds items still running at the current
 * start, and each of them overlaps it, so the cost is O(n + pairs) after the sort.
 */
function overlappingPairs<T extends Timed>(sorted: T[], onPair: (earlier: T, later: T) => void): void {
  let active: T[] = [];
  for (const item of sorted) {
    active = active.filter((a) => a.end > item.start);
    for (const a of active) onPair(a, item);
    active.push(item);
  }
}

/** The program's conflicts: errors first, then warnings; each kind in the order of its first session. */
export function findConflicts(input: ConflictInput): Conflict[] {
  const conflicts: Conflict[] = [];
  const add = (kind: ConflictKind, sessionIds: string[], extra: { roomId?: string; personId?: string } = {}) =>
    conflicts.push({ kind, severity: SEVERITY[kind], sessionIds, ...extra });

  const bounds = forumBounds(input.forum);
  const windowStart = bounds.start.getTime();
  const windowEnd = bounds.end.getTime();
  const roomCapacity = new Map(input.rooms.map((r) => [r.id, r.capacity]));

  type Item = Timed & { roomId: string | null; personIds: string[] };
  const valid: Item[] = [];
  for (const s of input.sessions) {
    const start = s.startsAt.getTime();
    const end = s.endsAt.getTime();
    // A time the database holds but JavaScript cannot (the year 10000 reads back as an Invalid
    // Date): reported, never compared, so it cannot pass as "inside the forum's days".
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      add("UNREADABLE_TIMES", [s.id]);
      continue;
    }
    if (start < windowStart || end > windowEnd) add("OUTSIDE_FORUM_DAYS", [s.id]);
    if (!(end > start)) {
      add("ENDS_BEFORE_START", [s.id]);
      // An empty or negative span overlaps nothing: it is reported once, above.
      continue;
    }
    if (s.roomId !== null && s.capacity !== null) {
      const capacity = roomCapacity.get(s.roomId);
      if (capacity !== undefined && s.capacity > capacity) add("OVER_ROOM_CAPACITY", [s.id], { roomId: s.roomId });
    }
    valid.push({ id: s.id, start, end, roomId: s.roomId, personIds: [...new Set(s.people.map((p) => p.personId))] });
  }

  // One sort; the buckets below keep its order, so each sweep needs no sort of its own.
  valid.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byRoom = new Map<string, Item[]>();
  const byPerson = new Map<string, Item[]>();
  for (const item of valid) {
    // Sessions with no room (breaks, venue-wide items) never clash on rooms.
    if (item.roomId !== null) append(byRoom, item.roomId, item);
    for (const personId of item.personIds) append(byPerson, personId, item);
  }
  for (const [roomId, items] of byRoom) overlappingPairs(items, (a, b) => add("ROOM_DOUBLE_BOOKED", [a.id, b.id], { roomId }));
  for (const [personId, items] of byPerson) overlappingPairs(items, (a, b) => add("PERSON_DOUBLE_BOOKED", [a.id, b.id], { personId }));

  const startOf = new Map(input.sessions.map((s) => [s.id, s.startsAt.getTime()]));
  const firstStart = (c: Conflict) => startOf.get(c.sessionIds[0] ?? "") || 0;
  return conflicts.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      firstStart(a) - firstStart(b),
  );
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The conflict check's input from a program snapshot (what publishing checks: the very data it publishes). */
export function conflictInputFromSnapshot(snapshot: ProgramSnapshot): ConflictInput {
  return {
    forum: { startDate: snapshot.forum.startDate, endDate: snapshot.forum.endDate, timeZone: snapshot.forum.timeZone },
    rooms: snapshot.rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
    sessions: snapshot.sessions.map((s) => ({
      id: s.id,
      roomId: s.roomId,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      capacity: s.capacity,
      type: s.type,
      people: s.people,
    })),
  };
}

/** The conflicts of a forum's working copy (the sessions as edited, published or not). */
export async function loadConflicts(forumId: string): Promise<Conflict[]> {
  const forum = await db.forum.findUnique({ where: { id: forumId }, select: { startDate: true, endDate: true, timeZone: true } });
  if (!forum) throw new Error(`loadConflicts: no forum ${forumId}`);
  const [rooms, sessions] = await Promise.all([
    db.room.findMany({ where: { forumId }, select: { id: true, capacity: true } }),
    db.programSession.findMany({
      where: { forumId, deletedAt: null },
      select: { id: true, roomId: true, startsAt: true, endsAt: true, capacity: true, seatBooking: true, type: true, people: { select: { personId: true } } },
    }),
  ]);
  // What publishing would refuse for seats (capacity below the seats held) is shown here too.
  const seats = await seatConflicts(db, forumId, sessions);
  return [...seats, ...findConflicts({
    forum: { startDate: forum.startDate.toISOString().slice(0, 10), endDate: forum.endDate.toISOString().slice(0, 10), timeZone: forum.timeZone },
    rooms,
    sessions,
  })];
}
