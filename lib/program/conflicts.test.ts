import { describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { findConflicts, forumBounds, isBlocking, loadConflicts, type Conflict, type ConflictInput } from "./conflicts";

type SessionInput = ConflictInput["sessions"][number];

const TIANJIN = { startDate: "2025-07-10", endDate: "2025-07-11", timeZone: "Asia/Shanghai" };
const ROOMS = [
  { id: "hall", capacity: 800 },
  { id: "side", capacity: 100 },
];

/** A session from UTC instants ("2025-07-10T01:00Z"). */
function session(id: string, startsAt: string, endsAt: string, extra: Partial<SessionInput> = {}): SessionInput {
  return { id, roomId: "hall", startsAt: new Date(startsAt), endsAt: new Date(endsAt), capacity: null, type: "SUBFORUM", people: [], ...extra };
}

function conflictsOf(sessions: SessionInput[], forum: ConflictInput["forum"] = TIANJIN, rooms = ROOMS): Conflict[] {
  return findConflicts({ forum, rooms, sessions });
}

const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind);

describe("findConflicts: rooms", () => {
  it("flags a room used by two overlapping sessions as an error naming both", () => {
    const conflicts = conflictsOf([session("b", "2025-07-10T02:00Z", "2025-07-10T03:00Z"), session("a", "2025-07-10T01:00Z", "2025-07-10T02:30Z")]);
    expect(conflicts).toEqual([{ kind: "ROOM_DOUBLE_BOOKED", severity: "error", sessionIds: ["a", "b"], roomId: "hall" }]);
    expect(isBlocking(conflicts[0]!)).toBe(true);
  });

  it("lets a session start in a room the minute the previous one ends", () => {
    expect(conflictsOf([session("a", "2025-07-10T01:00Z", "2025-07-10T02:00Z"), session("b", "2025-07-10T02:00Z", "2025-07-10T03:00Z")])).toEqual([]);
  });

  it("lets parallel sessions run in different rooms", () => {
    expect(conflictsOf([session("a", "2025-07-10T01:00Z", "2025-07-10T02:00Z"), session("b", "2025-07-10T01:00Z", "2025-07-10T02:00Z", { roomId: "side" })])).toEqual([]);
  });

  it("never clashes a break without a room with anything", () => {
    const conflicts = conflictsOf([
      session("plenary", "2025-07-10T01:00Z", "2025-07-10T03:00Z"),
      session("coffee", "2025-07-10T02:00Z", "2025-07-10T02:30Z", { roomId: null, type: "BREAK" }),
      session("lunch", "2025-07-10T02:00Z", "2025-07-10T03:00Z", { roomId: null, type: "BREAK" }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it("reports each overlapping pair once: a long session over two back-to-back ones makes two clashes", () => {
    const conflicts = conflictsOf([
      session("long", "2025-07-10T01:00Z", "2025-07-10T05:00Z"),
      session("first", "2025-07-10T01:30Z", "2025-07-10T02:30Z"),
      session("second", "2025-07-10T02:30Z", "2025-07-10T03:30Z"),
    ]);
    expect(conflicts.map((c) => c.sessionIds)).toEqual([
      ["long", "first"],
      ["long", "second"],
    ]);
  });

  it("compares instants, not wall-clock times, in the hour repeated when DST ends", () => {
    // 26 October 2025 in Paris: 02:30 happens twice, at 00:30Z (CEST) and at 01:30Z (CET).
    const paris = { startDate: "2025-10-25", endDate: "2025-10-26", timeZone: "Europe/Paris" };
    const first = session("first", "2025-10-26T00:30Z", "2025-10-26T01:00Z");
    const second = session("second", "2025-10-26T01:30Z", "2025-10-26T02:00Z");
    expect(conflictsOf([first, second], paris)).toEqual([]);
    const longer = session("first", "2025-10-26T00:30Z", "2025-10-26T01:45Z");
    expect(kinds(conflictsOf([longer, second], paris))).toEqual(["ROOM_DOUBLE_BOOKED"]);
  });

  it("finds exactly the overlapping pairs a brute-force check finds, over many random sessions", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const rooms = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, capacity: 100 }));
    const base = Date.parse("2025-07-10T00:00Z");
    const sessions = Array.from({ length: 400 }, (_, i) => {
      const start = base + Math.floor(random() * 60) * 15 * 60_000;
      const end = start + (1 + Math.floor(random() * 8)) * 15 * 60_000;
      return session(`s${i}`, new Date(start).toISOString(), new Date(end).toISOString(), {
        roomId: random() < 0.1 ? null : `r${Math.floor(random() * rooms.length)}`,
        people: [{ personId: `p${Math.floor(random() * 30)}` }],
      });
    });
    const key = (ids: string[]) => [...ids].sort().join("+");
    const expected = { room: new Set<string>(), person: new Set<string>() };
    for (let i = 0; i < sessions.length; i++) {
      for (let j = i + 1; j < sessions.length; j++) {
        const a = sessions[i]!;
        const b = sessions[j]!;
        if (!(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) continue;
        if (a.roomId !== null && a.roomId === b.roomId) expected.room.add(key([a.id, b.id]));
        if (a.people[0]!.personId === b.people[0]!.personId) expected.person.add(key([a.id, b.id]));
      }
    }
    const found = conflictsOf(sessions, TIANJIN, rooms);
    const room = found.filter((c) => c.kind === "ROOM_DOUBLE_BOOKED").map((c) => key(c.sessionIds));
    const person = found.filter((c) => c.kind === "PERSON_DOUBLE_BOOKED").map((c) => key(c.sessionIds));
    expect(expected.room.size).toBeGreaterThan(50);
    expect(room.sort()).toEqual([...expected.room].sort());
    expect(person.sort()).toEqual([...expected.person].sort());
  });
});

describe("findConflicts: the forum's days", () => {
  it("accepts sessions from local midnight of the first day to local midnight ending the last", () => {
    // Tianjin is UTC+8: the forum runs from 2025-07-09T16:00Z to 2025-07-11T16:00Z.
    expect(
      conflictsOf([session("opening", "2025-07-09T16:00Z", "2025-07-09T17:00Z"), session("closing", "2025-07-11T15:00Z", "2025-07-11T16:00Z", { roomId: "side" })]),
    ).toEqual([]);
  });

  it("flags a session that starts before the first day or ends after the last as a blocking error", () => {
    const conflicts = conflictsOf([
      session("eve", "2025-07-09T15:59Z", "2025-07-09T17:00Z"),
      session("late", "2025-07-11T15:00Z", "2025-07-11T16:01Z", { roomId: "side" }),
      session("next-week", "2025-07-17T01:00Z", "2025-07-17T02:00Z"),
    ]);
    expect(conflicts.map((c) => [c.kind, c.sessionIds])).toEqual([
      ["OUTSIDE_FORUM_DAYS", ["eve"]],
      ["OUTSIDE_FORUM_DAYS", ["late"]],
      ["OUTSIDE_FORUM_DAYS", ["next-week"]],
    ]);
    expect(conflicts.every(isBlocking)).toBe(true);
  });

  it("accepts a session across midnight between two forum days but not one across midnight after the last", () => {
    // 23:00–01:00 Tianjin time.
    expect(conflictsOf([session("gala", "2025-07-10T15:00Z", "2025-07-10T17:00Z")])).toEqual([]);
    expect(kinds(conflictsOf([session("after-party", "2025-07-11T15:00Z", "2025-07-11T17:00Z")]))).toEqual(["OUTSIDE_FORUM_DAYS"]);
  });

  it("ends the forum at local midnight when DST begins during it (a 23-hour day)", () => {
    // Paris, 29–30 March 2025: clocks go from 02:00 to 03:00 on the 30th, so the forum ends at
    // 2025-03-30T22:00Z, one hour before a naive "start + 48 hours".
    const paris = { startDate: "2025-03-29", endDate: "2025-03-30", timeZone: "Europe/Paris" };
    expect(forumBounds(paris)).toEqual({ start: new Date("2025-03-28T23:00Z"), end: new Date("2025-03-30T22:00Z") });
    expect(conflictsOf([session("last-talk", "2025-03-30T21:00Z", "2025-03-30T22:00Z")], paris)).toEqual([]);
    expect(kinds(conflictsOf([session("past-midnight", "2025-03-30T22:00Z", "2025-03-30T22:30Z")], paris))).toEqual(["OUTSIDE_FORUM_DAYS"]);
    // Across the jump: 01:30 CET to 03:30 CEST is one hour long, and inside the forum.
    expect(conflictsOf([session("night", "2025-03-30T00:30Z", "2025-03-30T01:30Z")], paris)).toEqual([]);
  });

  it("ends the forum at local midnight when DST ends during it (a 25-hour day)", () => {
    // Paris, 25–26 October 2025: 03:00 becomes 02:00 on the 26th; the forum ends at 2025-10-26T23:00Z.
    const paris = { startDate: "2025-10-25", endDate: "2025-10-26", timeZone: "Europe/Paris" };
    expect(forumBounds(paris)).toEqual({ start: new Date("2025-10-24T22:00Z"), end: new Date("2025-10-26T23:00Z") });
    expect(conflictsOf([session("late-talk", "2025-10-26T22:00Z", "2025-10-26T23:00Z")], paris)).toEqual([]);
    expect(kinds(conflictsOf([session("too-late", "2025-10-26T22:30Z", "2025-10-26T23:30Z")], paris))).toEqual(["OUTSIDE_FORUM_DAYS"]);
    expect(kinds(conflictsOf([session("too-early", "2025-10-24T21:30Z", "2025-10-24T22:30Z")], paris))).toEqual(["OUTSIDE_FORUM_DAYS"]);
  });
});

describe("findConflicts: times", () => {
  it("flags a session that ends before or when it starts, and clashes it with nothing", () => {
    const conflicts = conflictsOf([
      session("backwards", "2025-07-10T03:00Z", "2025-07-10T02:00Z"),
      session("empty", "2025-07-10T02:30Z", "2025-07-10T02:30Z"),
      session("fine", "2025-07-10T01:00Z", "2025-07-10T04:00Z"),
    ]);
    expect(conflicts.map((c) => [c.kind, c.severity, c.sessionIds])).toEqual([
      ["ENDS_BEFORE_START", "error", ["empty"]],
      ["ENDS_BEFORE_START", "error", ["backwards"]],
    ]);
  });
});

describe("findConflicts: warnings", () => {
  it("warns when a person is in two overlapping sessions, and names the person", () => {
    const people = [{ personId: "minister" }];
    const conflicts = conflictsOf([
      session("a", "2025-07-10T01:00Z", "2025-07-10T02:00Z", { people }),
      session("b", "2025-07-10T01:30Z", "2025-07-10T02:30Z", { roomId: "side", people: [...people, { personId: "expert" }] }),
      session("c", "2025-07-10T02:30Z", "2025-07-10T03:00Z", { roomId: "side", people }),
    ]);
    expect(conflicts).toEqual([{ kind: "PERSON_DOUBLE_BOOKED", severity: "warning", sessionIds: ["a", "b"], personId: "minister" }]);
    expect(isBlocking(conflicts[0]!)).toBe(false);
  });

  it("warns when a session offers more places than its room holds", () => {
    const conflicts = conflictsOf([
      session("over", "2025-07-10T01:00Z", "2025-07-10T02:00Z", { roomId: "side", capacity: 120 }),
      session("full", "2025-07-10T02:00Z", "2025-07-10T03:00Z", { roomId: "side", capacity: 100 }),
      session("open", "2025-07-10T03:00Z", "2025-07-10T04:00Z", { roomId: "side", capacity: null }),
    ]);
    expect(conflicts).toEqual([{ kind: "OVER_ROOM_CAPACITY", severity: "warning", sessionIds: ["over"], roomId: "side" }]);
  });

  it("lists errors before warnings", () => {
    const conflicts = conflictsOf([
      session("a", "2025-07-10T01:00Z", "2025-07-10T02:00Z", { roomId: "side", capacity: 500 }),
      session("b", "2025-07-10T05:00Z", "2025-07-10T06:00Z"),
      session("c", "2025-07-10T05:30Z", "2025-07-10T06:00Z"),
    ]);
    expect(conflicts.map((c) => c.severity)).toEqual(["error", "warning"]);
  });
});

describe("loadConflicts", () => {
  it("reads the forum's working copy and finds its conflicts, and no other forum's", async () => {
    const db = testDb();
    const forum = await createForum(db, { startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11"), timeZone: "Asia/Shanghai" });
    const hall = await createRoom(db, { forumId: forum.id, capacity: 50 });
    const side = await createRoom(db, { forumId: forum.id, capacity: 500 });
    const a = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, startsAt: new Date("2025-07-10T01:00Z"), endsAt: new Date("2025-07-10T02:00Z") });
    const b = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, startsAt: new Date("2025-07-10T01:30Z"), endsAt: new Date("2025-07-10T02:30Z"), capacity: 80 });
    const c = await createProgramSession(db, { forumId: forum.id, roomId: side.id, startsAt: new Date("2025-07-10T01:00Z"), endsAt: new Date("2025-07-10T02:00Z") });
    const minister = await createPerson(db);
    await createSessionRole(db, { sessionId: a.id, personId: minister.id });
    await createSessionRole(db, { sessionId: c.id, personId: minister.id });
    // Another forum's sessions in the same hours never count.
    const other = await createForum(db);
    const otherRoom = await createRoom(db, { forumId: other.id });
    await createProgramSession(db, { forumId: other.id, roomId: otherRoom.id, startsAt: new Date("2025-07-10T01:00Z") });
    await createProgramSession(db, { forumId: other.id, roomId: otherRoom.id, startsAt: new Date("2025-07-10T01:00Z") });

    const conflicts = await loadConflicts(forum.id);
    expect(conflicts).toEqual([
      { kind: "ROOM_DOUBLE_BOOKED", severity: "error", sessionIds: [a.id, b.id], roomId: hall.id },
      { kind: "PERSON_DOUBLE_BOOKED", severity: "warning", sessionIds: [a.id, c.id].sort((x, y) => (x < y ? -1 : 1)), personId: minister.id },
      { kind: "OVER_ROOM_CAPACITY", severity: "warning", sessionIds: [b.id], roomId: hall.id },
    ]);
  });
});
