import { beforeAll, describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createSubForum } from "@/prisma/factories";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import { testDb } from "@/test/db";
import { computeHistory, loadPublishedHistory, type PublishedRelease } from "./history";
import { buildProgramCalendar, buildSessionCalendar, buildSubForumCalendar, sessionUid, type CalendarOptions } from "./ical";
import { calendarLineProblems, parseCalendar, publishRelease } from "./testing";

const BASE = "https://forum.example.org";
const FIRST_PUBLISHED = new Date("2025-06-28T02:00:00Z");
const SECOND_PUBLISHED = new Date("2025-07-02T08:30:00Z");
/** Long, with accents, CJK and dashes, so folding lands inside multi-byte characters if it can. */
const LONG_TITLE = "Café society and cooperation — 数字经济新纽带，合作共赢新未来 — Новые связи цифровой экономики: an unusually long session title";

/** Release 1 with four sessions; release 2 moves one to another hall and an hour later, and drops one. */
async function twoReleases() {
  const db = testDb();
  const forum = await createForum(db, { nameEn: "Calendar Test Forum", venueEn: "Meijiang Center" });
  const hall = await createRoom(db, { forumId: forum.id, nameEn: "Main Hall", sortOrder: 1 });
  const side = await createRoom(db, { forumId: forum.id, nameEn: "Side Room", sortOrder: 2 });
  const track = await createSubForum(db, { forumId: forum.id, slug: "data-governance", titleEn: "Data Governance" });
  const other = await createSubForum(db, { forumId: forum.id, slug: "future-cities", titleEn: "Future Cities" });
  const speaker = await createPerson(db, { nameEn: "Aigerim Sadykova", titleEn: "Director" });
  const kept = await createProgramSession(db, {
    forumId: forum.id, roomId: hall.id, type: "PLENARY", slug: "main-forum", titleEn: LONG_TITLE, abstractEn: "Ministers; data, trust \\ cooperation.\nSecond line.",
    startsAt: new Date("2025-07-10T01:00:00Z"), endsAt: new Date("2025-07-10T02:00:00Z"),
  });
  const moved = await createProgramSession(db, {
    forumId: forum.id, roomId: hall.id, subForumId: track.id, slug: "cross-border-data", titleEn: "Cross-border data flows",
    startsAt: new Date("2025-07-10T06:00:00Z"), endsAt: new Date("2025-07-10T07:30:00Z"),
  });
  const dropped = await createProgramSession(db, {
    forumId: forum.id, roomId: side.id, subForumId: track.id, slug: "data-classification", titleEn: "Data classification toolkit",
    startsAt: new Date("2025-07-11T01:00:00Z"), endsAt: new Date("2025-07-11T02:00:00Z"),
  });
  const elsewhere = await createProgramSession(db, {
    forumId: forum.id, roomId: side.id, subForumId: other.id, slug: "city-twins", titleEn: "City digital twins",
    startsAt: new Date("2025-07-11T03:00:00Z"), endsAt: new Date("2025-07-11T04:00:00Z"),
  });
  const lunch = await createProgramSession(db, {
    forumId: forum.id, type: "BREAK", slug: "lunch", titleEn: "Lunch", startsAt: new Date("2025-07-10T04:00:00Z"), endsAt: new Date("2025-07-10T05:00:00Z"),
  });
  await createSessionRole(db, { sessionId: kept.id, personId: speaker.id, role: "KEYNOTE" });

  const first = await publishRelease(db, forum.id, 1, FIRST_PUBLISHED);
  const second = await publishRelease(db, forum.id, 2, SECOND_PUBLISHED, (snapshot) => ({
    ...snapshot,
    sessions: snapshot.sessions
      .filter((s) => s.id !== dropped.id)
      .map((s) => (s.id === moved.id ? { ...s, roomId: side.id, startsAt: "2025-07-10T07:00:00.000Z", endsAt: "2025-07-10T08:30:00.000Z" } : s)),
  }));
  return { forum, hall, side, track, other, kept, moved, dropped, elsewhere, lunch, first, second };
}

type Program = Awaited<ReturnType<typeof twoReleases>>;

describe("program calendars over two releases", () => {
  let p: Program;
  let options: CalendarOptions;
  let firstOptions: CalendarOptions;
  beforeAll(async () => {
    p = await twoReleases();
    const published = await loadPublishedHistory(p.forum.id);
    if (!published) throw new Error("no release");
    expect(published.latest.publishedAt).toEqual(SECOND_PUBLISHED);
    options = { baseUrl: BASE, publishedAt: published.latest.publishedAt, history: published.history };
    const firstOnly = computeHistory([{ version: 1, publishedAt: FIRST_PUBLISHED, snapshot: p.first }]);
    firstOptions = { baseUrl: BASE, publishedAt: FIRST_PUBLISHED, history: firstOnly };
  });

  const calendars = () => ({
    whole: buildProgramCalendar(p.second, options),
    session: buildSessionCalendar(p.second, { ...options, sessionSlug: "main-forum" }),
    subForum: buildSubForumCalendar(p.second, { ...options, subForumSlug: "data-governance" }),
  });

  it("writes CRLF lines of at most 75 octets, never splitting a character, that ical.js reads back", () => {
    for (const [name, body] of Object.entries(calendars())) {
      if (body === null) throw new Error(`no ${name} calendar`);
      expect(calendarLineProblems(body), name).toEqual([]);
      expect(() => parseCalendar(body), name).not.toThrow();
    }
    const kept = parseCalendar(buildProgramCalendar(p.second, options)).events.find((e) => e.uid === sessionUid(p.kept.guid));
    expect(kept?.summary).toBe(LONG_TITLE);
    expect(kept?.description).toContain("Ministers; data, trust \\ cooperation.\nSecond line.");
  });

  it("publishes a calendar with PRODID, METHOD:PUBLISH, a name, and events in UTC stamped with the release's time", () => {
    const calendar = parseCalendar(buildProgramCalendar(p.second, options));
    expect(calendar.properties).toMatchObject({ VERSION: "2.0", METHOD: "PUBLISH", "X-WR-CALNAME": "Calendar Test Forum" });
    expect(calendar.properties.PRODID).toMatch(/Concord/);
    const kept = calendar.events.find((e) => e.uid === sessionUid(p.kept.guid));
    expect(kept).toMatchObject({
      start: new Date("2025-07-10T01:00:00Z"),
      end: new Date("2025-07-10T02:00:00Z"),
      startZone: "UTC",
      stamp: SECOND_PUBLISHED,
      location: "Main Hall, Meijiang Center",
      url: `${BASE}/program/main-forum`,
      categories: ["Plenary"],
      status: "CONFIRMED",
    });
    expect(kept?.description).toContain("Keynote: Aigerim Sadykova (Director)");
    expect(kept?.description).toContain("Local time: 2025-07-10 09:00–10:00 (Asia/Shanghai)");
    expect(calendar.events.map((e) => e.uid)).not.toContain(sessionUid(p.lunch.guid));
  });

  it("keeps every UID across releases, raises the SEQUENCE of the moved session and cancels the dropped one", () => {
    const before = parseCalendar(buildProgramCalendar(p.first, firstOptions)).events;
    const after = parseCalendar(buildProgramCalendar(p.second, options)).events;
    const find = (events: typeof before, guid: string) => events.find((e) => e.uid === sessionUid(guid));

    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    expect(before.every((e) => e.sequence === 0 && e.status === "CONFIRMED")).toBe(true);
    expect(find(after, p.kept.guid)).toMatchObject({ sequence: 0, status: "CONFIRMED" });
    expect(find(after, p.moved.guid)).toMatchObject({ sequence: 1, status: "CONFIRMED", start: new Date("2025-07-10T07:00:00Z"), location: "Side Room, Meijiang Center" });
    expect(find(after, p.dropped.guid)).toMatchObject({ sequence: 1, status: "CANCELLED", summary: "Cancelled: Data classification toolkit", start: new Date("2025-07-11T01:00:00Z") });
  });

  it("gives one session its own calendar, with its SEQUENCE, and none for an unknown slug or a break", () => {
    const moved = buildSessionCalendar(p.second, { ...options, sessionSlug: "cross-border-data" });
    const calendar = parseCalendar(moved ?? "");
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({ uid: sessionUid(p.moved.guid), sequence: 1, categories: ["Sub-forum session", "Data Governance"] });
    expect(calendar.properties["X-WR-CALNAME"]).toBe("Cross-border data flows — Calendar Test Forum");
    expect(buildSessionCalendar(p.second, { ...options, sessionSlug: "data-classification" })).toBeNull();
    expect(buildSessionCalendar(p.second, { ...options, sessionSlug: "lunch" })).toBeNull();
  });

  it("gives a sub-forum its sessions and its dropped ones, and none for an unknown slug", () => {
    const calendar = parseCalendar(buildSubForumCalendar(p.second, { ...options, subForumSlug: "data-governance" }) ?? "");
    expect(calendar.events.map((e) => [e.uid, e.status])).toEqual([
      [sessionUid(p.moved.guid), "CONFIRMED"],
      [sessionUid(p.dropped.guid), "CANCELLED"],
    ]);
    const other = parseCalendar(buildSubForumCalendar(p.second, { ...options, subForumSlug: "future-cities" }) ?? "");
    expect(other.events.map((e) => e.uid)).toEqual([sessionUid(p.elsewhere.guid)]);
    expect(buildSubForumCalendar(p.second, { ...options, subForumSlug: "no-such-track" })).toBeNull();
  });

  it("gives the same bytes for the same release, so its ETag stays put", () => {
    expect(buildProgramCalendar(p.second, options)).toBe(buildProgramCalendar(p.second, options));
  });
});

describe("the RFC 5545 line checks", () => {
  it("catch a long line, a bare line feed, a character split in two and a missing final CRLF", () => {
    expect(calendarLineProblems(`A:${"x".repeat(74)}\r\n`)).toEqual(["line 1: 76 octets"]);
    expect(calendarLineProblems(`A:${"数".repeat(25)}\r\n`)).toEqual(["line 1: 77 octets"]);
    expect(calendarLineProblems("A:b\nC:d\r\n")).toEqual(["line 1: bare CR or LF"]);
    expect(calendarLineProblems("A:\uD83D\r\n \uDE00\r\n")).toEqual(["line 1: half a character", "line 2: half a character"]);
    expect(calendarLineProblems("A:b")).toEqual(["does not end with CRLF"]);
  });
});

describe("computeHistory", () => {
  const at = (day: number) => new Date(Date.UTC(2025, 5, day));
  function release(version: number, snapshot: ProgramSnapshot): PublishedRelease {
    return { version, publishedAt: at(version), snapshot };
  }
  function snapshotWith(sessions: Partial<ProgramSnapshot["sessions"][number]>[]): ProgramSnapshot {
    return {
      version: 1,
      forum: {} as ProgramSnapshot["forum"],
      rooms: [],
      subForums: [],
      people: [],
      sessions: sessions.map((s) => ({
        id: s.guid ?? "x", guid: "g", number: 1, slug: "s", type: "PLENARY", startsAt: "2025-07-10T01:00:00.000Z", endsAt: "2025-07-10T02:00:00.000Z",
        subForumId: null, roomId: null, capacity: null, seatBooking: false, isSample: false, people: [],
        titleEn: "Title", titleZh: null, titleRu: null, titleFr: null, abstractEn: "", abstractZh: null, abstractRu: null, abstractFr: null,
        ...s,
      })),
    };
  }

  it("raises the sequence for a new title or new people, not for a new abstract", () => {
    const history = computeHistory([
      release(1, snapshotWith([{ guid: "a" }])),
      release(2, snapshotWith([{ guid: "a", abstractEn: "Now with an abstract" }])),
      release(3, snapshotWith([{ guid: "a", abstractEn: "Now with an abstract", titleEn: "Retitled" }])),
      release(4, snapshotWith([{ guid: "a", abstractEn: "Now with an abstract", titleEn: "Retitled", people: [{ personId: "p", role: "SPEAKER", position: 1 }] }])),
    ]);
    expect(history.revisions.get("a")).toEqual({ sequence: 2, firstPublishedAt: at(1), changedAt: at(4) });
    expect(history.cancelled).toEqual([]);
  });

  it("counts a drop and a return, so the returning session outranks its cancellation", () => {
    const dropped = computeHistory([release(1, snapshotWith([{ guid: "a" }, { guid: "b" }])), release(2, snapshotWith([{ guid: "b" }]))]);
    expect(dropped.cancelled.map((c) => [c.session.guid, c.sequence, c.changedAt])).toEqual([["a", 1, at(2)]]);
    const back = computeHistory([
      release(1, snapshotWith([{ guid: "a" }])),
      release(2, snapshotWith([])),
      release(3, snapshotWith([{ guid: "a" }])),
    ]);
    expect(back.revisions.get("a")?.sequence).toBe(2);
    expect(back.cancelled).toEqual([]);
  });

  it("treats a session that became a break as dropped, since breaks are not exported", () => {
    const history = computeHistory([release(1, snapshotWith([{ guid: "a" }])), release(2, snapshotWith([{ guid: "a", type: "BREAK" }]))]);
    expect(history.cancelled.map((c) => c.session.guid)).toEqual(["a"]);
  });
});
