import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchedule, buildScheduleJson, type ScheduleDocument } from "@/lib/program/exports/schedule-json";
import { buildScheduleXml } from "@/lib/program/exports/schedule-xml";
import { buildProgramSnapshot } from "@/lib/program/snapshot";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createUser } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { testDb } from "@/test/db";
import { applyProgramImport, previewProgramImport, type ProgramImportPlan } from "./import";
import { splitDescription } from "./read";

const BASE = "https://forum.example.org";
const SLOW = { timeout: 120_000 };
const pretalxDemo = fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/pretalx-democon.json"), "utf8");

const forumRef = { id: true, startDate: true, endDate: true, timeZone: true, venueEn: true } as const;

async function importInto(forumId: string, text: string, fileName = "schedule.json") {
  const db = testDb();
  const forum = await db.forum.findUniqueOrThrow({ where: { id: forumId }, select: forumRef });
  const actor = await createUser(db, { role: "ORGANIZER" });
  const plan = await previewProgramImport(forum, text);
  return { plan, result: await applyProgramImport(actor, forum, text, fileName, plan.digest), actor };
}

const problemCodes = (plan: ProgramImportPlan) => plan.sessions.map((s) => [s.index, s.problems.filter((p) => p.blocking).map((p) => p.code)]);

/** A small c3voc schedule; `edit` changes the events. */
function smallSchedule(edit: (events: Record<string, unknown>[]) => void = () => {}): string {
  const events: Record<string, unknown>[] = [
    { guid: "4a1f1c1e-0000-4000-8000-000000000001", id: 1, date: "2025-07-10T09:00:00+08:00", start: "09:00", duration: "01:00", room: "Hall A", slug: "demo-1-opening", title: "Opening", track: "Data", type: "Talk", language: "en", abstract: "Welcome.", description: "", persons: [{ guid: "4a1f1c1e-0000-4000-8000-0000000000aa", public_name: "Ana Lima", biography: "Engineer." }] },
    { guid: "4a1f1c1e-0000-4000-8000-000000000002", id: 2, date: "2025-07-10T10:30:00+08:00", start: "10:30", duration: "00:45", room: "Hall A", slug: "demo-2-data", title: "Data spaces", track: "Data", type: "Workshop", language: "en", abstract: "", description: "", persons: [{ guid: "4a1f1c1e-0000-4000-8000-0000000000aa", public_name: "Ana Lima" }] },
  ];
  edit(events);
  return JSON.stringify({
    $schema: "https://c3voc.de/schedule/schema.json",
    schedule: {
      version: "1",
      conference: {
        acronym: "demo",
        title: "Demo",
        rooms: [{ name: "Hall A", guid: "4a1f1c1e-0000-4000-8000-0000000000f1", capacity: 300 }],
        tracks: [{ name: "Data", slug: "data", color: "#123456" }],
        days: [{ index: 1, date: "2025-07-10", rooms: { "Hall A": events } }],
      },
    },
  });
}

describe("importing pretalx's demo export", SLOW, () => {
  it("previews and imports it with no error, at the times it gives", async () => {
    const db = testDb();
    const forum = await createForum(db, { startDate: new Date("2020-12-14"), endDate: new Date("2020-12-16"), timeZone: "Europe/Berlin" });
    const { plan, result } = await importInto(forum.id, pretalxDemo);
    expect(plan.fileProblems).toEqual([]);
    expect(plan.blocking).toBe(0);
    expect(plan.counts.sessions).toEqual({ create: 36, match: 0 });
    expect(plan.rooms.map((r) => [r.name, r.action])).toEqual([["Gray Room", "create"], ["Tan Room", "create"]]);
    // pretalx gives both rooms one guid: it is said, and the rooms are told apart by name.
    expect(plan.rooms[0]?.problems.map((p) => p.code)).toContain("SHARED_GUID");
    expect(plan.tracks.map((t) => [t.name, t.action])).toEqual([["Phased", "create"], ["Horizontal", "create"]]);
    expect(result.ok).toBe(true);

    const first = await db.programSession.findFirstOrThrow({ where: { forumId: forum.id, guid: "8079583e-8321-506c-95af-fd2903a5f075" }, select: { startsAt: true, endsAt: true, titleEn: true, slug: true, type: true, room: { select: { nameEn: true } }, people: { select: { person: { select: { nameEn: true } } } } } });
    expect(first).toMatchObject({
      // 09:00+01:00, for 30 minutes.
      startsAt: new Date("2020-12-14T08:00:00Z"),
      endsAt: new Date("2020-12-14T08:30:00Z"),
      titleEn: "Focused 5thgeneration hardware",
      slug: "focused-5thgeneration-hardware",
      type: "SUBFORUM",
      room: { nameEn: "Gray Room" },
      people: [{ person: { nameEn: "Brian Robinson" } }],
    });
  });

  it("matches everything on a second import and creates nothing", async () => {
    const db = testDb();
    const forum = await createForum(db, { startDate: new Date("2020-12-14"), endDate: new Date("2020-12-16"), timeZone: "Europe/Berlin" });
    await importInto(forum.id, pretalxDemo);
    const people = await db.person.count();
    const { plan, result } = await importInto(forum.id, pretalxDemo);
    expect(plan.counts).toMatchObject({ rooms: { create: 0, match: 2 }, tracks: { create: 0, match: 2 }, sessions: { create: 0, match: 36 } });
    expect(plan.people.every((p) => p.action === "match")).toBe(true);
    expect(result.ok).toBe(true);
    expect(await db.programSession.count({ where: { forumId: forum.id } })).toBe(36);
    expect(await db.person.count()).toBe(people);
  });
});

describe("the round trip through Concord's own exports", SLOW, () => {
  let demoId: string;
  beforeAll(async () => {
    demoId = (await seedDemo(testDb())).forumId;
  }, 120_000);

  /** An empty forum with the demo forum's settings (a code of its own: acronyms are unique). */
  async function emptyTwin() {
    const db = testDb();
    const settings = await db.forum.findUniqueOrThrow({
      where: { id: demoId },
      // What the exports read of the forum.
      select: { nameEn: true, themeEn: true, descriptionEn: true, venueEn: true, cityEn: true, startDate: true, endDate: true, timeZone: true },
    });
    return createForum(db, settings);
  }

  /** Ids, guids derived from row ids, the forum's own code and the generator set aside. */
  function comparableJson(json: string): unknown {
    const document = JSON.parse(json) as Omit<ScheduleDocument, "generator"> & { generator?: unknown };
    delete document.generator;
    const { conference } = document.schedule;
    const acronym = conference.acronym;
    conference.acronym = "";
    for (const room of conference.rooms) room.guid = "";
    for (const day of conference.days) {
      for (const event of Object.values(day.rooms).flat()) {
        event.slug = event.slug.slice(`${acronym}-${event.id}-`.length);
        event.guid = "";
        event.id = 0;
      }
    }
    return document;
  }

  function comparableXml(xml: string): string {
    const acronym = /<acronym>([^<]*)<\/acronym>/.exec(xml)?.[1] ?? "";
    return xml
      .replace(/<generator [^>]*\/>/, "")
      .replace(/<acronym>[^<]*<\/acronym>/, "<acronym/>")
      .replace(/<event guid="[^"]*" id="\d+">/g, "<event>")
      .replace(/<room name="([^"]*)" guid="[^"]*">/g, '<room name="$1">')
      .replaceAll(new RegExp(`<slug>${acronym}-\\d+-`, "g"), "<slug>");
  }

  it("gives the same schedule.json after importing the demo forum's into an empty forum", async () => {
    const db = testDb();
    const before = buildScheduleJson(await buildProgramSnapshot(db, demoId), { baseUrl: BASE, version: 1 });
    const twin = await emptyTwin();
    const { plan, result } = await importInto(twin.id, before);
    expect(plan.blocking).toBe(0);
    expect(result.ok).toBe(true);
    const after = buildScheduleJson(await buildProgramSnapshot(db, twin.id), { baseUrl: BASE, version: 1 });
    expect(comparableJson(after)).toEqual(comparableJson(before));
    // Not an empty comparison: the demo's sessions, speakers and translations are in it.
    const events = buildSchedule(await buildProgramSnapshot(db, twin.id), { baseUrl: BASE, version: 1 }).schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(events.length).toBeGreaterThan(20);
    expect(events.some((e) => e.description.includes("中文"))).toBe(true);
  });

  it("gives the same schedule.xml after importing the demo forum's into an empty forum", async () => {
    const db = testDb();
    const before = buildScheduleXml(await buildProgramSnapshot(db, demoId), { baseUrl: BASE, version: 1 });
    const twin = await emptyTwin();
    const { plan, result } = await importInto(twin.id, before, "schedule.xml");
    expect(plan.format).toBe("xml");
    expect(plan.blocking).toBe(0);
    expect(result.ok).toBe(true);
    const after = buildScheduleXml(await buildProgramSnapshot(db, twin.id), { baseUrl: BASE, version: 1 });
    expect(comparableXml(after)).toBe(comparableXml(before));
    expect(after.match(/<event /g)?.length).toBeGreaterThan(20);
  });
});

describe("a schedule with problems", SLOW, () => {
  it("shows each row's problem and writes nothing at all", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const text = smallSchedule((events) => {
      const base = events[1]!;
      events.push(
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000003", date: "2025-07-10T25:00:00+08:00" },
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000004", room: "Nowhere" },
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000005", date: "2025-07-14T09:00:00+08:00" },
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000001", date: "2025-07-11T09:00:00+08:00" },
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000006", title: "  " },
        { ...base, guid: "4a1f1c1e-0000-4000-8000-000000000007", duration: "abc" },
      );
    });
    const { plan, result } = await importInto(forum.id, text);
    expect(problemCodes(plan)).toEqual([
      [1, []],
      [2, []],
      [3, ["BAD_TIME"]],
      [4, ["UNKNOWN_ROOM"]],
      [5, ["OUTSIDE_FORUM_DAYS"]],
      [6, ["DUPLICATE_GUID"]],
      [7, ["MISSING_TITLE"]],
      [8, ["BAD_DURATION", "DUPLICATE_SESSION"]],
    ]);
    expect(plan.blocking).toBe(7);
    expect(result).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await db.programSession.count({ where: { forumId: forum.id } })).toBe(0);
    expect(await db.room.count({ where: { forumId: forum.id } })).toBe(0);
    expect(await db.subForum.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("answers a clear code for files it cannot read, never an exception", async () => {
    const db = testDb();
    const forum = await db.forum.findUniqueOrThrow({ where: { id: (await createForum(db)).id }, select: forumRef });
    const cases: [string, string][] = [
      ["", "FILE_EMPTY"],
      ["hello", "FILE_NOT_SCHEDULE"],
      ['{"schedule": {', "FILE_BAD_JSON"],
      ['{"schedule": {}}', "FILE_NO_CONFERENCE"],
      ["<schedule><day></schedule>", "FILE_BAD_XML"],
      ['<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><schedule>&a;</schedule>', "FILE_XML_ENTITIES"],
      ["<schedule><conference/></schedule>", "FILE_NO_EVENTS"],
      [`{"x": "${"a".repeat(5 * 1024 * 1024)}"}`, "FILE_TOO_LARGE"],
      [smallSchedule().replace('"rooms":[', `"rooms":[${'{"name":"x"},'.repeat(3001)}`), "FILE_TOO_MANY_ROWS"],
    ];
    for (const [text, code] of cases) {
      const plan = await previewProgramImport(forum, text);
      expect(plan.fileProblems.map((p) => p.code), text.slice(0, 40)).toEqual([code]);
      expect(plan.blocking).toBe(1);
    }
  });
});

describe("matching and writing", SLOW, () => {
  it("matches an existing room by name, a session by guid and a speaker by name, and keeps the session's address", async () => {
    const db = testDb();
    const forum = await createForum(db);
    await createRoom(db, { forumId: forum.id, slug: "main", nameEn: "hall a" });
    const existing = await createProgramSession(db, { forumId: forum.id, guid: "4a1f1c1e-0000-4000-8000-000000000001", slug: "kept-address", titleEn: "Old title", startsAt: new Date("2025-07-11T01:00:00Z"), endsAt: new Date("2025-07-11T02:00:00Z") });
    const ana = await createPerson(db, { nameEn: "Ana Lima", slug: `ana-lima-${forum.id}` });
    await createSessionRole(db, { sessionId: existing.id, personId: ana.id, role: "KEYNOTE", position: 1 });
    const { plan, result } = await importInto(forum.id, smallSchedule());
    expect(plan.rooms).toMatchObject([{ action: "match", matchedBy: "name" }]);
    expect(plan.sessions.map((s) => [s.action, s.matchedBy])).toEqual([["match", "guid"], ["create", null]]);
    expect(plan.people).toMatchObject([{ name: "Ana Lima", action: "match", matchedBy: "name", sessions: 2 }]);
    expect(result.ok).toBe(true);
    const updated = await db.programSession.findUniqueOrThrow({ where: { id: existing.id }, select: { slug: true, titleEn: true, startsAt: true, subForum: { select: { titleEn: true } }, people: { select: { personId: true, role: true } } } });
    // Schedules carry no roles: the keynote stays one.
    expect(updated).toEqual({ slug: "kept-address", titleEn: "Opening", startsAt: new Date("2025-07-10T01:00:00Z"), subForum: { titleEn: "Data" }, people: [{ personId: ana.id, role: "KEYNOTE" }] });
  });

  it("refuses to import when the forum changed after the preview, and records an import it makes", async () => {
    const db = testDb();
    const forum = await db.forum.findUniqueOrThrow({ where: { id: (await createForum(db)).id }, select: forumRef });
    const actor = await createUser(db, { role: "ORGANIZER" });
    const text = smallSchedule();
    const plan = await previewProgramImport(forum, text);
    await createRoom(db, { forumId: forum.id, slug: "hall-a", nameEn: "Hall A" });
    const stale = await applyProgramImport(actor, forum, text, "schedule.json", plan.digest);
    expect(stale).toMatchObject({ ok: false, reason: "STALE" });
    expect(await db.programSession.count({ where: { forumId: forum.id } })).toBe(0);

    const fresh = await previewProgramImport(forum, text);
    expect(await applyProgramImport(actor, forum, text, "schedule.json", fresh.digest)).toMatchObject({ ok: true });
    const audit = await db.auditEntry.findMany({ where: { forumId: forum.id, action: "program.import" }, select: { actorId: true, data: true } });
    expect(audit).toEqual([{ actorId: actor.id, data: expect.objectContaining({ fileName: "schedule.json", format: "json" }) }]);
  });

  it("stores a time without an offset in the forum's zone", async () => {
    const db = testDb();
    const forum = await createForum(db, { timeZone: "Asia/Shanghai" });
    const { result } = await importInto(forum.id, smallSchedule((events) => {
      events[0]!.date = "2025-07-10T09:00:00";
      events.splice(1);
    }));
    expect(result.ok).toBe(true);
    const session = await db.programSession.findFirstOrThrow({ where: { forumId: forum.id }, select: { startsAt: true } });
    expect(session.startsAt).toEqual(new Date("2025-07-10T01:00:00Z"));
  });
});

describe("splitDescription", () => {
  it("reads back the translations Concord's export writes, and keeps any other description", () => {
    expect(splitDescription("Ministers meet.", "Ministers meet.\n\n中文\n主论坛\n部长们\n会面。\n\nFrançais\nForum principal")).toEqual({
      abstract: "Ministers meet.",
      translations: { zh: { title: "主论坛", abstract: "部长们\n会面。" }, fr: { title: "Forum principal", abstract: "" } },
    });
    expect(splitDescription("Short.", "A longer text.")).toEqual({ abstract: "Short.\n\nA longer text.", translations: {} });
  });
});
