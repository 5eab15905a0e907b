import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { parseCsv, toCsv } from "@/lib/csv/csv";
import { buildChangesFeed } from "@/lib/program/releases";
import { buildProgramSnapshot, initialChangelog } from "@/lib/program/snapshot";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createSubForum, uniqueSuffix } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { buildProgramCalendar, buildSessionCalendar } from "./ical";
import { buildScheduleJson } from "./schedule-json";
import { buildScheduleXml } from "./schedule-xml";
import { calendarLineProblems, parseCalendar, scheduleJsonValidator, scheduleXmlErrors } from "./testing";

// Rows written straight into the database, past every schema: the exports must stay well-formed
// whatever an old row or a direct write holds.
const INJECTED = "\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nX-EVIL:1";
const BASE = "https://forum.example.org";

async function hostileProgram() {
  const db = testDb();
  const forum = await createForum(db, { acronym: `hostile${uniqueSuffix()}-2025-tianjin`, nameEn: `Forum${INJECTED}`, themeEn: `Theme;,\\${INJECTED}` });
  const room = await createRoom(db, { forumId: forum.id, nameEn: `Hall\u000b${INJECTED}` });
  const track = await createSubForum(db, { forumId: forum.id, titleEn: `Track\u0085${INJECTED}` });
  const person = await createPerson(db, { nameEn: `Li\u2028Wei${INJECTED}`, bioEn: "Bio\u0007 <b>&" });
  const session = await createProgramSession(db, {
    forumId: forum.id,
    roomId: room.id,
    subForumId: track.id,
    slug: "hostile",
    titleEn: `Opening${INJECTED}`,
    abstractEn: `First line\r\nsecond\u001b line${INJECTED}`,
    startsAt: new Date("2025-07-10T01:00:00Z"),
    endsAt: new Date("2025-07-10T02:00:00Z"),
  });
  await createSessionRole(db, { sessionId: session.id, personId: person.id, role: "SPEAKER", position: 1 });
  return { forum, snapshot: await buildProgramSnapshot(db, forum.id) };
}

/** Property lines outside the escaped values: what a calendar app would obey. */
const propertyNames = (body: string) => body.split("\r\n").filter((l) => l && !l.startsWith(" ")).map((l) => l.split(/[:;]/)[0]);

describe("exports of hostile text already in the database", { timeout: 60_000 }, () => {
  it("write a session's calendar with one event and no injected property", async () => {
    const { snapshot } = await hostileProgram();
    const body = buildSessionCalendar(snapshot, { baseUrl: BASE, publishedAt: new Date("2025-07-01T00:00:00Z"), sessionSlug: "hostile" });
    if (!body) throw new Error("no calendar");
    expect(calendarLineProblems(body)).toEqual([]);
    const names = propertyNames(body);
    expect(names.filter((n) => n === "BEGIN")).toEqual(["BEGIN", "BEGIN"]);
    expect(names).not.toContain("X-EVIL");
    expect(names).not.toContain("TRIGGER");
    const calendar = parseCalendar(body);
    expect(calendar.events).toHaveLength(1);
    expect(calendar.properties["X-WR-CALNAME"]).toMatch(/^Opening BEGIN:VALARM .* X-EVIL:1 — Forum BEGIN:VALARM/);
    expect(calendar.events[0]?.summary).not.toMatch(/[\r\n]/);
    expect(calendar.events[0]?.description).toContain("First line\nsecond line");
  });

  it("write the whole program's calendar with one event and no injected property", async () => {
    const { snapshot } = await hostileProgram();
    const body = buildProgramCalendar(snapshot, { baseUrl: BASE, publishedAt: new Date("2025-07-01T00:00:00Z") });
    expect(calendarLineProblems(body)).toEqual([]);
    expect(propertyNames(body)).not.toContain("X-EVIL");
    const calendar = parseCalendar(body);
    expect(calendar.events).toHaveLength(1);
    // ical.js leaves unknown X- properties escaped as written.
    expect(calendar.properties["X-WR-CALDESC"]).toMatch(/^Theme\\;\\,\\\\ BEGIN:VALARM/);
  });

  it("write schedule.json that parses and validates, and schedule.xml that validates", async () => {
    const { snapshot } = await hostileProgram();
    const json = buildScheduleJson(snapshot, { baseUrl: BASE, version: 1 });
    expect(scheduleJsonValidator()(JSON.parse(json))).toEqual([]);
    const xml = buildScheduleXml(snapshot, { baseUrl: BASE, version: 1 });
    expect(await scheduleXmlErrors(xml)).toEqual([]);
  });

  it("write a changes feed that stays one well-formed Atom document", async () => {
    const { forum, snapshot } = await hostileProgram();
    const feed = buildChangesFeed(forum, [{ id: "r1", version: 1, publishedAt: new Date("2025-07-01T00:00:00Z"), comment: `Note\u0000${INJECTED}<x>`, changelog: initialChangelog(snapshot) }], BASE);
    // libxml2 parses it (any well-formedness error is reported) and counts the entries.
    const count = await validateXML({
      xml: [{ fileName: "feed.xml", contents: feed }],
      normalization: "format",
      modifyArguments: (args) => ["--xpath", "count(//*[local-name()='entry'])", ...args.filter((arg) => arg !== "--format")],
    });
    expect(count.errors).toEqual([]);
    expect(count.normalized.trim()).toBe("1");
    expect(feed).not.toContain("<x>");
    expect(feed).not.toContain("\u0000");
  });

  it("write CSV cells with line breaks that read back as the same cells", () => {
    const hostile = `Opening${INJECTED}`;
    const parsed = parseCsv(toCsv(["title", "next"], [[hostile, "=1+1"]]));
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]?.cells[0]).toBe(hostile);
  });
});
