// The public sees the published release and nothing else. On the demo forum, random draft edits
// of every kind of program content (sessions: retitle, move, capacity, seat booking, abstract,
// people on stage, delete, create; rooms; sub-forums; people; the forum's settings) must leave
// every public answer exactly as it was, until the next publish; after it, the release is the
// working copy. The random edits are seeded: a failure names its seed, and DRAFTS_SEED=<n> replays it.
//
// The exports, feeds and the seat endpoint are asked through their route handlers, as a visitor's
// request; the pages through the lib readers they render from (the published program, speakers,
// organizations, the changes list).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getForumFigures } from "@/lib/forum/queries";
import { findPublicOrganization, getPublishedShowcase, listPublicAgreementsOf, presentedAt } from "@/lib/organizations/public";
import type { ProgramActor } from "@/lib/program/authorize";
import { publishProgram } from "@/lib/program/publish";
import { getPublishedProgram } from "@/lib/program/published";
import { listReleases } from "@/lib/program/releases";
import { forumSettingsSchema, personSchema, roomSchema, sessionSchema, subForumSchema } from "@/lib/program/schemas";
import { sessionToForm } from "@/lib/program/session-defaults";
import { createSession, deleteSession, moveSession, updateSession } from "@/lib/program/sessions";
import { saveForumSettings, savePerson, saveRoom, saveSubForum } from "@/lib/program/setup";
import { buildProgramSnapshot } from "@/lib/program/snapshot";
import { speakerViews } from "@/lib/program/view";
import { DEMO_FORUM_SLUG } from "@/prisma/seed/demo-forum";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { testDb } from "@/test/db";

// Anonymous visitors: no session cookie to decode.
vi.mock("@/app/_lib/session-claims", () => ({ requestSessionClaims: async () => null }));

const { GET: sessionCalendarGet } = await import("@/app/(public)/program/[slug]/calendar.ics/route");
const { GET: programCalendarGet } = await import("@/app/(public)/program/calendar.ics/route");
const { GET: changesAtomGet } = await import("@/app/(public)/program/changes.atom/route");
const { GET: scheduleJsonGet } = await import("@/app/(public)/program/schedule.json/route");
const { GET: scheduleXmlGet } = await import("@/app/(public)/program/schedule.xml/route");
const { GET: subForumCalendarGet } = await import("@/app/(public)/program/sub-forums/[slug]/calendar.ics/route");
const { GET: seatGet } = await import("@/app/api/me/sessions/[sessionId]/route");
const { default: sitemap } = await import("@/app/sitemap");

const ORIGIN = "https://forum.example.org";
const SEED = Number(process.env.DRAFTS_SEED ?? Date.now() % 1_000_000);
const saved = { forum: process.env.FORUM_SLUG, url: process.env.NEXTAUTH_URL };

let forumId: string;
let organizer: ProgramActor;

beforeAll(async () => {
  forumId = (await seedDemo(testDb())).forumId;
  process.env.FORUM_SLUG = DEMO_FORUM_SLUG;
  process.env.NEXTAUTH_URL = ORIGIN;
  const user = await testDb().user.findFirstOrThrow({ where: { role: "ORGANIZER" }, select: { id: true } });
  organizer = { id: user.id, role: "ORGANIZER", chairOf: [] };
}, 180_000);

afterAll(() => {
  for (const [key, value] of [["FORUM_SLUG", saved.forum], ["NEXTAUTH_URL", saved.url]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A small, seeded pseudo-random generator (mulberry32): the same seed, the same edits. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T };
}

const request = (path: string) => new Request(`http://localhost:3000${path}`);
const withParams = <K extends string>(key: K, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<K, string>) });
const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

async function answer(response: Response | Promise<Response>): Promise<string> {
  const r = await response;
  return `${r.status} ${r.headers.get("content-type") ?? ""}\n${await r.text()}`;
}

/**
 * Every public answer, by address. Sessions, sub-forums and organizations are asked for by every
 * id and slug the release or the working copy knows, so a draft's new address is asked too.
 */
async function readPublic(): Promise<Map<string, string>> {
  const db = testDb();
  const published = await getPublishedProgram(forumId);
  if (!published) throw new Error("The demo forum has no release");
  const { snapshot } = published;
  const [workingSessions, workingSubForums, organizations, people] = await Promise.all([
    db.programSession.findMany({ where: { forumId }, select: { id: true, slug: true } }),
    db.subForum.findMany({ where: { forumId }, select: { slug: true } }),
    db.organization.findMany({ select: { slug: true } }),
    db.person.findMany({ select: { slug: true } }),
  ]);
  const sessionIds = new Set([...snapshot.sessions.map((s) => s.id), ...workingSessions.map((s) => s.id)]);
  const sessionSlugs = new Set([...snapshot.sessions.map((s) => s.slug), ...workingSessions.map((s) => s.slug)]);
  const subForumSlugs = new Set([...snapshot.subForums.map((s) => s.slug), ...workingSubForums.map((s) => s.slug)]);
  const speakers = speakerViews(snapshot).filter((s) => s.sessions.length > 0);

  const out = new Map<string, string>();
  const nonBreaks = snapshot.sessions.filter((s) => s.type !== "BREAK");
  const figures = await getForumFigures(forumId, snapshot.subForums.length, nonBreaks.length);
  out.set("/", json({ forum: snapshot.forum, subForums: snapshot.subForums, figures }));
  out.set("/program", json(snapshot));
  for (const slug of sessionSlugs) out.set(`/program/${slug}`, json(nonBreaks.find((s) => s.slug === slug) ?? null));
  out.set("/speakers", json(speakers));
  for (const p of people) out.set(`/speakers/${p.slug}`, json(speakers.find((s) => s.person.slug === p.slug) ?? null));
  out.set("/program/changes", json(await listReleases(forumId)));
  out.set("/sitemap.xml", json(await sitemap()));
  out.set("/program/changes.atom", await answer(changesAtomGet(request("/program/changes.atom"))));
  out.set("/program/schedule.json", await answer(scheduleJsonGet(request("/program/schedule.json"))));
  out.set("/program/schedule.xml", await answer(scheduleXmlGet(request("/program/schedule.xml"))));
  out.set("/program/calendar.ics", await answer(programCalendarGet(request("/program/calendar.ics"))));
  for (const slug of sessionSlugs) out.set(`/program/${slug}/calendar.ics`, await answer(sessionCalendarGet(request(`/program/${slug}/calendar.ics`), withParams("slug", slug))));
  for (const slug of subForumSlugs) {
    out.set(`/program/sub-forums/${slug}/calendar.ics`, await answer(subForumCalendarGet(request(`/program/sub-forums/${slug}/calendar.ics`), withParams("slug", slug))));
  }
  for (const id of sessionIds) out.set(`/api/me/sessions/${id}`, await answer(seatGet(request(`/api/me/sessions/${id}`), withParams("sessionId", id))));
  for (const { slug } of organizations) {
    const found = await findPublicOrganization(slug);
    if (found?.kind !== "found") {
      out.set(`/organizations/${slug}`, json(found));
      continue;
    }
    const showcase = await getPublishedShowcase(found.organization.id, forumId);
    const shownAt = presentedAt(showcase?.sessions.map((s) => s.sessionId) ?? [], snapshot);
    out.set(`/organizations/${slug}`, json({ found, showcase, shownAt, agreements: await listPublicAgreementsOf(found.organization.id) }));
  }
  return out;
}

/** The addresses whose answers differ between two reads. */
function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const addresses = new Set([...before.keys(), ...after.keys()]);
  // An address only one read asked for answers as "nothing" on the other: compare with a read of it.
  return [...addresses].filter((a) => before.has(a) && after.has(a) && before.get(a) !== after.get(a));
}

type Rng = ReturnType<typeof random>;

/** One random draft edit through the console's domain functions; returns what it did. */
const KINDS = ["retitle", "move", "capacity", "seatBooking", "abstract", "people", "delete", "create", "room", "subForum", "person", "forum"] as const;

async function randomEdit(rng: Rng, kind: (typeof KINDS)[number]): Promise<string> {
  const db = testDb();
  const forum = await db.forum.findUniqueOrThrow({ where: { id: forumId } });
  const sessions = await db.programSession.findMany({
    where: { forumId, deletedAt: null },
    orderBy: { id: "asc" },
    select: {
      id: true, slug: true, type: true, seatsTaken: true,
      titleEn: true, titleZh: true, titleRu: true, titleFr: true,
      abstractEn: true, abstractZh: true, abstractRu: true, abstractFr: true,
      subForumId: true, roomId: true, startsAt: true, endsAt: true, capacity: true, seatBooking: true,
      people: { orderBy: { position: "asc" }, select: { personId: true, role: true, position: true } },
    },
  });
  const session = rng.pick(sessions);
  const form = () => sessionToForm(session, forum.timeZone);
  const update = async (over: Record<string, unknown>) => {
    const result = await updateSession(organizer, session.id, sessionSchema.parse({ ...form(), ...over }));
    if (!result.ok) throw new Error(`updateSession refused: ${JSON.stringify(result)}`);
  };
  const tag = `${rng.int(1e6)}`;
  switch (kind) {
    case "retitle":
      await update({ titleEn: `Draft title ${tag}`, titleZh: `草稿 ${tag}`, titleFr: `Brouillon ${tag}` });
      return `retitled ${session.slug}`;
    case "move": {
      // Within its own day and out of any room, so the edit never blocks the publish at the end.
      const minutes = (rng.int(5) - 2) * 15 || 30;
      const result = await moveSession(organizer, session.id, { startsAt: new Date(session.startsAt.getTime() + minutes * 60_000).toISOString(), roomId: null });
      if (!result.ok) throw new Error(`moveSession refused: ${JSON.stringify(result)}`);
      return `moved ${session.slug} by ${minutes} min`;
    }
    case "capacity":
      await update({ seatBooking: true, capacity: session.seatsTaken + 1 + rng.int(40) });
      return `set capacity of ${session.slug}`;
    case "seatBooking":
      await update(session.seatBooking ? { seatBooking: false } : { seatBooking: true, capacity: Math.max(session.capacity ?? 0, session.seatsTaken, 1) + 10 });
      return `switched seat booking of ${session.slug}`;
    case "abstract":
      await update({ abstractEn: `Draft abstract ${tag}`, abstractRu: `Черновик ${tag}` });
      return `rewrote the abstract of ${session.slug}`;
    case "people": {
      const everyone = await db.person.findMany({ orderBy: { id: "asc" }, select: { id: true } });
      const on = new Set(session.people.map((p) => p.personId));
      const newcomer = rng.pick(everyone.filter((p) => !on.has(p.id)));
      const people = session.people.length && rng.next() < 0.5 ? session.people.slice(1) : [...session.people, { personId: newcomer.id, role: "SPEAKER", position: session.people.length + 1 }];
      await update({ people });
      return `changed the people on stage of ${session.slug}`;
    }
    case "delete": {
      const result = await deleteSession(organizer, session.id);
      if (!result.ok) throw new Error(`deleteSession refused: ${JSON.stringify(result)}`);
      return `deleted ${session.slug}`;
    }
    case "create": {
      const day = forum.startDate.toISOString().slice(0, 10);
      const person = rng.pick(await db.person.findMany({ orderBy: { id: "asc" }, select: { id: true } }));
      const result = await createSession(
        organizer,
        forumId,
        sessionSchema.parse({
          type: "SUBFORUM",
          titleEn: `Draft session ${tag}`,
          startsAt: `${day}T16:00`,
          endsAt: `${day}T17:00`,
          seatBooking: true,
          capacity: 20,
          people: [{ personId: person.id, role: "SPEAKER", position: 1 }],
        }),
      );
      if (!result.ok) throw new Error(`createSession refused: ${JSON.stringify(result)}`);
      return `created ${result.value.slug}`;
    }
    case "room": {
      const room = rng.pick(await db.room.findMany({ where: { forumId }, orderBy: { id: "asc" } }));
      const result = await saveRoom(organizer, forumId, room.id, roomSchema.parse({ nameEn: `Draft room ${tag}`, nameZh: room.nameZh ?? "", nameRu: "", nameFr: "", capacity: room.capacity + 5, sortOrder: room.sortOrder }));
      if (!result.ok) throw new Error(`saveRoom refused: ${JSON.stringify(result)}`);
      return `renamed room ${room.slug}`;
    }
    case "subForum": {
      const subForum = rng.pick(await db.subForum.findMany({ where: { forumId }, orderBy: { id: "asc" }, include: { chairs: { select: { userId: true } } } }));
      const result = await saveSubForum(
        organizer,
        forumId,
        subForum.id,
        subForumSchema.parse({
          titleEn: `Draft sub-forum ${tag}`,
          titleZh: subForum.titleZh ?? "",
          descriptionEn: `Draft description ${tag}`,
          color: "#123456",
          position: subForum.position,
          chairIds: subForum.chairs.map((c) => c.userId),
        }),
      );
      if (!result.ok) throw new Error(`saveSubForum refused: ${JSON.stringify(result)}`);
      return `retitled sub-forum ${subForum.slug}`;
    }
    case "person": {
      const person = rng.pick(await db.person.findMany({ where: { sessions: { some: {} } }, orderBy: { id: "asc" } }));
      const result = await savePerson(
        organizer,
        person.id,
        personSchema.parse({ nameEn: `Draft Name ${tag}`, titleEn: `Draft title ${tag}`, bioEn: `Draft bio ${tag}`, organizationId: person.organizationId ?? "", countryCode: person.countryCode ?? "", protocolRank: person.protocolRank }),
      );
      if (!result.ok) throw new Error(`savePerson refused: ${JSON.stringify(result)}`);
      return `renamed person ${person.slug}`;
    }
    case "forum": {
      const text = (f: "name" | "theme" | "description" | "venue" | "city" | "organizers") =>
        Object.fromEntries((["En", "Zh", "Ru", "Fr"] as const).map((l) => [`${f}${l}`, forum[`${f}${l}`] ?? ""]));
      const result = await saveForumSettings(
        organizer,
        forumId,
        forumSettingsSchema.parse({
          ...text("name"), ...text("theme"), ...text("description"), ...text("venue"), ...text("city"), ...text("organizers"),
          themeEn: `Draft theme ${tag}`,
          nameEn: `Draft forum name ${tag}`,
          startDate: forum.startDate.toISOString().slice(0, 10),
          endDate: forum.endDate.toISOString().slice(0, 10),
          timeZone: forum.timeZone,
        }),
      );
      if (!result.ok) throw new Error(`saveForumSettings refused: ${JSON.stringify(result)}`);
      return "changed the forum's settings";
    }
  }
}

describe(`draft edits on the demo forum (DRAFTS_SEED=${SEED})`, { timeout: 600_000 }, () => {
  it("changes no public answer until the next publish, and after it the public reads the working copy", async () => {
    const before = await readPublic();
    // The reads themselves are stable: asking twice gives the same answers.
    expect(differences(before, await readPublic())).toEqual([]);

    const rng = random(SEED);
    const done: string[] = [];
    // Every kind at least once, in a seeded order, then more at random.
    const order = [...KINDS].sort(() => rng.next() - 0.5);
    for (const kind of order) done.push(await randomEdit(rng, kind));
    for (let i = 0; i < 12; i++) done.push(await randomEdit(rng, rng.pick(KINDS)));

    const drafted = await readPublic();
    expect({ seed: SEED, edits: done, changed: differences(before, drafted) }).toEqual({ seed: SEED, edits: done, changed: [] });

    const organizerUser = organizer.id;
    const published = await publishProgram({ forumId, userId: organizerUser, comment: "Draft edits" });
    expect(published).toMatchObject({ ok: true });
    // The seat endpoint reads the latest release at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await readPublic();
    expect(differences(before, after)).toEqual(expect.arrayContaining(["/program", "/program/schedule.json", "/program/changes.atom", "/program/changes", "/sitemap.xml"]));
    const release = await getPublishedProgram(forumId);
    expect(release?.snapshot).toEqual(await buildProgramSnapshot(testDb(), forumId));
  });
});
