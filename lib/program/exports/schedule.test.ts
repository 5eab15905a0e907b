import { beforeAll, describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createSubForum, uniqueSuffix } from "@/prisma/factories";
import { buildProgramSnapshot, type ProgramSnapshot } from "@/lib/program/snapshot";
import { testDb } from "@/test/db";
import { buildSchedule, buildScheduleJson, type ScheduleEvent } from "./schedule-json";
import { buildScheduleXml } from "./schedule-xml";
import { personGuid } from "./shared";
import { readExampleSchedule, scheduleJsonValidator, scheduleXmlErrors } from "./testing";

const BASE = "https://forum.example.org";
const validateJson = scheduleJsonValidator();

/** A small program in Tianjin: a plenary, a sub-forum session, a venue-wide showcase and a lunch break. */
async function smallProgram() {
  const db = testDb();
  const forum = await createForum(db, { acronym: `testdef${uniqueSuffix()}-2025-tianjin`, nameEn: "Test Digital Economy Forum", venueEn: "Meijiang Center" });
  const hall = await createRoom(db, { forumId: forum.id, slug: "main-hall", nameEn: "Main Hall", sortOrder: 1, capacity: 800 });
  const side = await createRoom(db, { forumId: forum.id, slug: "side-room", nameEn: "Side Room", sortOrder: 2 });
  const track = await createSubForum(db, { forumId: forum.id, slug: "data-governance", titleEn: "Data Governance", titleZh: "数据治理", color: "#7e22ce" });
  const minister = await createPerson(db, { nameEn: "Li Wei", nameZh: "李伟", bioEn: "Vice minister.", protocolRank: 2 });
  const expert = await createPerson(db, { nameEn: "Aigerim Sadykova", protocolRank: 40 });
  const plenary = await createProgramSession(db, {
    forumId: forum.id, roomId: hall.id, type: "PLENARY", slug: "main-forum", titleEn: "Main Forum", titleZh: "主论坛",
    abstractEn: "Ministers on <data> & cooperation.", abstractRu: "Министры о данных.",
    startsAt: new Date("2025-07-10T01:00:00Z"), endsAt: new Date("2025-07-10T02:00:00Z"),
  });
  const roundtable = await createProgramSession(db, {
    // A slug typed with Chinese characters must not leak into the export's ASCII slugs.
    forumId: forum.id, roomId: side.id, subForumId: track.id, slug: "数据-roundtable", titleEn: "Roundtable on data classification",
    startsAt: new Date("2025-07-10T06:00:00Z"), endsAt: new Date("2025-07-10T07:30:00Z"),
  });
  const showcase = await createProgramSession(db, {
    forumId: forum.id, roomId: null, type: "SHOWCASE", slug: "soe-showcase", titleEn: "SOE showcase",
    startsAt: new Date("2025-07-10T02:30:00Z"), endsAt: new Date("2025-07-10T03:15:00Z"),
  });
  const lunch = await createProgramSession(db, {
    forumId: forum.id, roomId: null, type: "BREAK", slug: "lunch", titleEn: "Lunch",
    startsAt: new Date("2025-07-10T04:00:00Z"), endsAt: new Date("2025-07-10T05:30:00Z"),
  });
  await createSessionRole(db, { sessionId: plenary.id, personId: minister.id, role: "KEYNOTE", position: 1 });
  await createSessionRole(db, { sessionId: plenary.id, personId: expert.id, role: "SPEAKER", position: 2 });
  await createSessionRole(db, { sessionId: roundtable.id, personId: expert.id, role: "MODERATOR", position: 1 });
  return { forum, hall, side, track, minister, expert, plenary, roundtable, showcase, lunch, snapshot: await buildProgramSnapshot(db, forum.id) };
}

type Program = Awaited<ReturnType<typeof smallProgram>>;

function allEvents(snapshot: ProgramSnapshot): ScheduleEvent[] {
  return buildSchedule(snapshot, { baseUrl: BASE, version: 1 }).schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
}

// libxml2 in WebAssembly and a fresh database per file: generous under a loaded machine.
const SLOW = { timeout: 60_000 };

describe("the schema validators", SLOW, () => {
  it("accept pretalx's example and refuse a bad acronym or a broken guid", async () => {
    expect(validateJson(readExampleSchedule())).toEqual([]);
    const example = readExampleSchedule() as { schedule: { conference: { acronym: string } } };
    example.schedule.conference.acronym = "sco-def-2025";
    expect(validateJson(example).join("\n")).toMatch(/acronym/);

    const p = await smallProgram();
    const xml = buildScheduleXml(p.snapshot, { baseUrl: BASE, version: 1 });
    expect((await scheduleXmlErrors(xml.replace(p.plenary.guid, "not-a-guid"))).join("\n")).toMatch(/guid/);
  });
});

describe("the c3voc schedule exports", SLOW, () => {
  let p: Program;
  beforeAll(async () => {
    p = await smallProgram();
  });

  it("writes schedule.json that schema.json accepts", () => {
    const json = buildScheduleJson(p.snapshot, { baseUrl: BASE, version: 3 });
    expect(validateJson(JSON.parse(json))).toEqual([]);
  });

  it("writes schedule.xml that schedule.xml.xsd accepts", async () => {
    const xml = buildScheduleXml(p.snapshot, { baseUrl: BASE, version: 3 });
    expect(await scheduleXmlErrors(xml)).toEqual([]);
    // Line ends inside texts are written as character references, so indentation never reaches them.
    expect(xml).toContain("<description>Ministers on &lt;data&gt; &amp; cooperation.&#10;&#10;中文&#10;主论坛&#10;&#10;Русский&#10;Министры о данных.</description>");
  });

  it("describes the conference: acronym, dates, zone, grid step, rooms and tracks", () => {
    const { schedule } = buildSchedule(p.snapshot, { baseUrl: BASE, version: 3 });
    expect(schedule.version).toBe("3");
    expect(schedule.base_url).toBe(`${BASE}/`);
    expect(schedule.conference).toMatchObject({
      acronym: p.forum.acronym,
      title: "Test Digital Economy Forum",
      start: "2025-07-10",
      end: "2025-07-11",
      daysCount: 2,
      time_zone_name: "Asia/Shanghai",
      // Starts at 09:00, 10:30, 14:00; lengths 60, 45, 90 minutes.
      timeslot_duration: "00:15",
      url: `${BASE}/program`,
    });
    expect(schedule.conference.rooms.map((r) => r.name)).toEqual(["Meijiang Center", "Main Hall", "Side Room"]);
    expect(schedule.conference.tracks).toEqual([
      { name: "Data Governance", slug: "data-governance", color: "#7e22ce" },
      { name: "Plenary", slug: "plenary" },
      { name: "Showcase", slug: "showcase" },
    ]);
    expect(schedule.conference.days.map((d) => [d.index, d.date, d.day_start, d.day_end])).toEqual([
      [1, "2025-07-10", "2025-07-10T09:00:00+08:00", "2025-07-10T15:30:00+08:00"],
      [2, "2025-07-11", "2025-07-11T00:00:00+08:00", "2025-07-11T23:59:00+08:00"],
    ]);
  });

  it("gives each event its session's guid, number, ASCII slug, local time, duration, track and people", () => {
    const events = allEvents(p.snapshot);
    const plenary = events.find((e) => e.guid === p.plenary.guid);
    expect(plenary).toMatchObject({
      id: p.plenary.number,
      date: "2025-07-10T09:00:00+08:00",
      start: "09:00",
      end: "2025-07-10T10:00:00+08:00",
      duration: "01:00",
      room: "Main Hall",
      slug: `${p.forum.acronym}-${p.plenary.number}-main-forum`,
      url: `${BASE}/program/main-forum`,
      title: "Main Forum",
      track: "Plenary",
      type: "Plenary",
      language: "en",
      abstract: "Ministers on <data> & cooperation.",
      persons: [
        { guid: personGuid(p.minister.id), name: "Li Wei", biography: "Vice minister.", url: `${BASE}/speakers/${p.minister.slug}` },
        { guid: personGuid(p.expert.id), name: "Aigerim Sadykova", biography: null, url: `${BASE}/speakers/${p.expert.slug}` },
      ],
    });
    expect(plenary?.description).toBe("Ministers on <data> & cooperation.\n\n中文\n主论坛\n\nРусский\nМинистры о данных.");
    const roundtable = events.find((e) => e.guid === p.roundtable.guid);
    expect(roundtable).toMatchObject({ slug: `${p.forum.acronym}-${p.roundtable.number}-roundtable`, track: "Data Governance", duration: "01:30", start: "14:00" });
    expect(roundtable?.url).toBe(`${BASE}/program/${encodeURIComponent("数据-roundtable")}`);
  });

  it("leaves breaks out and seats venue-wide sessions in a room named after the venue", () => {
    const { days } = buildSchedule(p.snapshot, { baseUrl: BASE, version: 1 }).schedule.conference;
    const byRoom = Object.fromEntries(Object.entries(days[0]?.rooms ?? {}).map(([room, events]) => [room, events.map((e) => e.title)]));
    expect(byRoom).toEqual({
      "Meijiang Center": ["SOE showcase"],
      "Main Hall": ["Main Forum"],
      "Side Room": ["Roundtable on data classification"],
    });
    expect(allEvents(p.snapshot).map((e) => e.guid)).not.toContain(p.lunch.guid);
  });

  it("keeps event guids, ids and slugs when a later release moves a session", () => {
    const moved: ProgramSnapshot = {
      ...p.snapshot,
      sessions: p.snapshot.sessions.map((s) =>
        s.id === p.plenary.id ? { ...s, startsAt: "2025-07-11T01:00:00.000Z", endsAt: "2025-07-11T02:30:00.000Z", roomId: p.side.id } : s,
      ),
    };
    const before = allEvents(p.snapshot).find((e) => e.title === "Main Forum");
    const after = allEvents(moved).find((e) => e.title === "Main Forum");
    expect(after).toMatchObject({ guid: before?.guid, id: before?.id, slug: before?.slug, date: "2025-07-11T09:00:00+08:00", duration: "01:30", room: "Side Room" });
  });
});

describe("times in a zone with daylight saving time", SLOW, () => {
  it("writes each event with its zone's offset at that instant, and stays valid", async () => {
    const db = testDb();
    const forum = await createForum(db, { timeZone: "Europe/Berlin", startDate: new Date("2025-03-29"), endDate: new Date("2025-03-31") });
    const room = await createRoom(db, { forumId: forum.id, slug: "saal-1", nameEn: "Saal 1" });
    // Berlin moves from UTC+1 to UTC+2 on 30 March 2025 at 02:00.
    const winter = await createProgramSession(db, { forumId: forum.id, roomId: room.id, startsAt: new Date("2025-03-29T08:00:00Z") });
    const summer = await createProgramSession(db, { forumId: forum.id, roomId: room.id, startsAt: new Date("2025-03-31T08:00:00Z") });
    const snapshot = await buildProgramSnapshot(db, forum.id);
    const events = allEvents(snapshot);
    expect(events.find((e) => e.guid === winter.guid)).toMatchObject({ date: "2025-03-29T09:00:00+01:00", start: "09:00" });
    expect(events.find((e) => e.guid === summer.guid)).toMatchObject({ date: "2025-03-31T10:00:00+02:00", start: "10:00" });
    expect(validateJson(JSON.parse(buildScheduleJson(snapshot, { baseUrl: BASE, version: 1 })))).toEqual([]);
    expect(await scheduleXmlErrors(buildScheduleXml(snapshot, { baseUrl: BASE, version: 1 }))).toEqual([]);
  });
});
