// The export URLs as a calendar app or a conference app meets them, on the full demo forum.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as sessionCalendarGet } from "@/app/(public)/program/[slug]/calendar.ics/route";
import { GET as programCalendarGet } from "@/app/(public)/program/calendar.ics/route";
import { GET as scheduleJsonGet } from "@/app/(public)/program/schedule.json/route";
import { GET as scheduleXmlGet } from "@/app/(public)/program/schedule.xml/route";
import { GET as subForumCalendarGet } from "@/app/(public)/program/sub-forums/[slug]/calendar.ics/route";
import { createForum } from "@/prisma/factories";
import { DEMO_FORUM_SLUG } from "@/prisma/seed/demo-forum";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { parseProgramSnapshot, type ProgramSnapshot } from "@/lib/program/snapshot";
import { testDb } from "@/test/db";
import { EXPORT_CACHE_CONTROL, publicBaseUrl } from "./response";
import { calendarLineProblems, parseCalendar, publishRelease, scheduleJsonValidator, scheduleXmlErrors } from "./testing";

const ORIGIN = "https://forum.example.org";
const saved = { forum: process.env.FORUM_SLUG, url: process.env.NEXTAUTH_URL };

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers });
const withSlug = (slug: string) => ({ params: Promise.resolve({ slug }) });

const exportsOf = (snapshot: ProgramSnapshot) => [
  { path: "/program/schedule.json", get: (r: Request) => scheduleJsonGet(r) },
  { path: "/program/schedule.xml", get: (r: Request) => scheduleXmlGet(r) },
  { path: "/program/calendar.ics", get: (r: Request) => programCalendarGet(r) },
  ...snapshot.sessions
    .filter((s) => s.type !== "BREAK")
    .map((s) => ({ path: `/program/${s.slug}/calendar.ics`, get: (r: Request) => sessionCalendarGet(r, withSlug(s.slug)) })),
  ...snapshot.subForums.map((s) => ({ path: `/program/sub-forums/${s.slug}/calendar.ics`, get: (r: Request) => subForumCalendarGet(r, withSlug(s.slug)) })),
];

let forumId: string;
let snapshot: ProgramSnapshot;

beforeAll(async () => {
  const db = testDb();
  forumId = (await seedDemo(db)).forumId;
  const release = await db.programRelease.findFirstOrThrow({ where: { forumId }, select: { snapshot: true } });
  snapshot = parseProgramSnapshot(release.snapshot);
  process.env.FORUM_SLUG = DEMO_FORUM_SLUG;
  process.env.NEXTAUTH_URL = ORIGIN;
}, 120_000);

afterAll(() => {
  for (const [key, value] of [["FORUM_SLUG", saved.forum], ["NEXTAUTH_URL", saved.url]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

// Every export of the demo, some several times: generous under a loaded machine.
describe("the demo forum's exports", { timeout: 60_000 }, () => {
  it("serves schedule.json that schema.json accepts, with every session but the breaks", async () => {
    const response = await scheduleJsonGet(request("/program/schedule.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const document = (await response.json()) as { schedule: { conference: { acronym: string; days: { rooms: Record<string, { guid: string; url: string }[]> }[] } } };
    expect(scheduleJsonValidator()(document)).toEqual([]);
    const { conference } = document.schedule;
    expect(conference.acronym).toBe("scodef-2025-tianjin");
    const events = conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(events.map((e) => e.guid).sort()).toEqual(snapshot.sessions.filter((s) => s.type !== "BREAK").map((s) => s.guid).sort());
    expect(events.every((e) => e.url.startsWith(`${ORIGIN}/program/`))).toBe(true);
  });

  it("serves schedule.xml that schedule.xml.xsd accepts", async () => {
    const response = await scheduleXmlGet(request("/program/schedule.xml"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await scheduleXmlErrors(await response.text())).toEqual([]);
  });

  it("serves the whole program, every session and every sub-forum as calendars ical.js reads", async () => {
    const calendars = exportsOf(snapshot).filter((e) => e.path.endsWith(".ics"));
    expect(calendars).toHaveLength(1 + snapshot.sessions.filter((s) => s.type !== "BREAK").length + 4);
    for (const { path, get } of calendars) {
      const response = await get(request(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe("text/calendar; charset=utf-8");
      expect(response.headers.get("content-disposition"), path).toMatch(/^inline; filename="scodef-2025-tianjin[a-z0-9-]*\.ics"$/);
      const body = await response.text();
      expect(calendarLineProblems(body), path).toEqual([]);
      const { events } = parseCalendar(body);
      expect(events.length, path).toBeGreaterThan(0);
      expect(events.every((e) => e.uid.endsWith("@concord") && e.sequence === 0 && e.status === "CONFIRMED"), path).toBe(true);
    }
    const whole = parseCalendar(await (await programCalendarGet(request("/program/calendar.ics"))).text());
    expect(whole.events).toHaveLength(snapshot.sessions.filter((s) => s.type !== "BREAK").length);
  });

  it("marks every export cacheable and answers 304 when the client already has it", async () => {
    for (const { path, get } of exportsOf(snapshot)) {
      const first = await get(request(path));
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(first.headers.get("cache-control"), path).toBe(EXPORT_CACHE_CONTROL);
      const again = await get(request(path, { "If-None-Match": `W/"stale", ${etag ?? ""}` }));
      expect(again.status, path).toBe(304);
      expect(again.headers.get("etag"), path).toBe(etag);
      expect(await again.text(), path).toBe("");
      expect((await get(request(path, { "If-None-Match": '"something-else"' }))).status, path).toBe(200);
    }
  });

  it("answers 404 for a session or sub-forum the release does not have", async () => {
    expect((await sessionCalendarGet(request("/program/nope/calendar.ics"), withSlug("nope"))).status).toBe(404);
    expect((await sessionCalendarGet(request("/program/lunch-day-1/calendar.ics"), withSlug("lunch-day-1"))).status).toBe(404);
    expect((await subForumCalendarGet(request("/program/sub-forums/nope/calendar.ics"), withSlug("nope"))).status).toBe(404);
  });

  it("never shows edits made since the publish, and shows them once they are published", async () => {
    const db = testDb();
    const target = snapshot.sessions.find((s) => s.slug === "cross-border-data-flows");
    if (!target) throw new Error("demo session missing");
    const before = await Promise.all(exportsOf(snapshot).slice(0, 3).map(async (e) => (await e.get(request(e.path))).text()));

    await db.programSession.update({ where: { id: target.id }, data: { titleEn: "Working copy title", startsAt: new Date("2025-07-10T08:00:00Z"), endsAt: new Date("2025-07-10T09:30:00Z") } });
    const during = await Promise.all(exportsOf(snapshot).slice(0, 3).map(async (e) => (await e.get(request(e.path))).text()));
    expect(during).toEqual(before);
    expect(during.join("")).not.toContain("Working copy title");

    await publishRelease(db, forumId, 2, new Date("2025-07-05T02:00:00Z"));
    const json = await (await scheduleJsonGet(request("/program/schedule.json"))).text();
    expect(json).toContain("Working copy title");
    const calendar = parseCalendar(await (await programCalendarGet(request("/program/calendar.ics"))).text());
    expect(calendar.events.find((e) => e.summary === "Working copy title")).toMatchObject({ sequence: 1, start: new Date("2025-07-10T08:00:00Z") });
    expect(calendar.events.filter((e) => e.sequence > 0)).toHaveLength(1);
  });

  it("answers 404 on every export before the forum's first publish", async () => {
    const unpublished = await createForum(testDb());
    process.env.FORUM_SLUG = unpublished.slug;
    try {
      for (const { path, get } of exportsOf(snapshot)) expect((await get(request(path))).status, path).toBe(404);
    } finally {
      process.env.FORUM_SLUG = DEMO_FORUM_SLUG;
    }
  });
});

describe("publicBaseUrl", () => {
  it("prefers the configured public address to the Host the request claims", () => {
    const forged = new Request("http://evil.example/program/schedule.json");
    expect(publicBaseUrl(forged, { NEXTAUTH_URL: "https://forum.example.org/" })).toBe("https://forum.example.org");
    expect(publicBaseUrl(forged, {})).toBe("http://evil.example");
    expect(publicBaseUrl(forged, { NEXTAUTH_URL: "not a url" })).toBe("http://evil.example");
  });
});
