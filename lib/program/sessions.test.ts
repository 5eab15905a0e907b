import { describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createRoom, createSubForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import type { ProgramActor } from "./authorize";
import { sessionSchema } from "./schemas";
import { createSession, deleteSession, moveSession, updateSession } from "./sessions";

async function setUp() {
  const forum = await createForum(testDb());
  const [ours, theirs] = [await createSubForum(testDb(), { forumId: forum.id }), await createSubForum(testDb(), { forumId: forum.id })];
  const room = await createRoom(testDb(), { forumId: forum.id, capacity: 300 });
  const chairUser = await createUser(testDb(), { role: "CHAIR" });
  const organizerUser = await createUser(testDb(), { role: "ORGANIZER" });
  const chair: ProgramActor = { id: chairUser.id, role: "CHAIR", chairOf: [ours.id] };
  const organizer: ProgramActor = { id: organizerUser.id, role: "ORGANIZER", chairOf: [] };
  return { forum, ours, theirs, room, chair, organizer };
}

const values = (over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ type: "SUBFORUM", titleEn: "Data Spaces in Practice", startsAt: "2025-07-10T14:00", endsAt: "2025-07-10T15:30", ...over });

describe("program session writes", () => {
  it("creates a session in the forum's zone with its people and an ASCII slug", async () => {
    const { forum, ours, room, organizer } = await setUp();
    const person = await createPerson(testDb());
    const result = await createSession(organizer, forum.id, values({ subForumId: ours.id, roomId: room.id, titleZh: "数据空间实践", people: [{ personId: person.id, role: "MODERATOR", position: 1 }] }));
    expect(result.ok).toBe(true);
    const saved = await testDb().programSession.findFirstOrThrow({ where: { forumId: forum.id }, include: { people: true } });
    expect(saved).toMatchObject({ slug: "data-spaces-in-practice", titleZh: "数据空间实践", startsAt: new Date("2025-07-10T06:00:00Z"), endsAt: new Date("2025-07-10T07:30:00Z") });
    expect(saved.people).toEqual([expect.objectContaining({ personId: person.id, role: "MODERATOR" })]);
    expect(await testDb().auditEntry.count({ where: { entityId: saved.id, action: "session.created" } })).toBe(1);
  });

  it("gives a second session with the same title its own slug", async () => {
    const { forum, organizer } = await setUp();
    await createSession(organizer, forum.id, values());
    const second = await createSession(organizer, forum.id, values());
    expect(second.ok && second.value.slug).toBe("data-spaces-in-practice-2");
  });

  it("lets a chair create and edit sessions of their own sub-forum only", async () => {
    const { forum, ours, theirs, chair } = await setUp();
    expect((await createSession(chair, forum.id, values({ subForumId: ours.id }))).ok).toBe(true);
    expect(await createSession(chair, forum.id, values({ subForumId: theirs.id }))).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await createSession(chair, forum.id, values({ subForumId: null }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });

  it("refuses a chair's edit, move or deletion of another sub-forum's session, and changes nothing", async () => {
    const { forum, theirs, room, chair } = await setUp();
    const other = await createProgramSession(testDb(), { forumId: forum.id, subForumId: theirs.id, titleEn: "Not yours" });
    expect(await updateSession(chair, other.id, values({ subForumId: theirs.id, titleEn: "Hijacked" }))).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await moveSession(chair, other.id, { startsAt: "2025-07-11T01:00:00.000Z", roomId: room.id })).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await deleteSession(chair, other.id)).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ titleEn: "Not yours", startsAt: other.startsAt, roomId: null });
  });

  it("does not let a chair move their session into another sub-forum", async () => {
    const { forum, ours, theirs, chair } = await setUp();
    const mine = await createProgramSession(testDb(), { forumId: forum.id, subForumId: ours.id });
    expect(await updateSession(chair, mine.id, values({ subForumId: theirs.id }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });

  it("moves a session to another time and room and keeps its length", async () => {
    const { forum, ours, room, chair } = await setUp();
    const mine = await createProgramSession(testDb(), { forumId: forum.id, subForumId: ours.id });
    const result = await moveSession(chair, mine.id, { startsAt: "2025-07-11T08:15:00.000Z", roomId: room.id });
    expect(result.ok).toBe(true);
    const moved = await testDb().programSession.findUniqueOrThrow({ where: { id: mine.id } });
    expect(moved).toMatchObject({ startsAt: new Date("2025-07-11T08:15:00Z"), endsAt: new Date("2025-07-11T09:45:00Z"), roomId: room.id });
  });

  it("refuses another forum's room or sub-forum and unknown people, with field errors", async () => {
    const { forum, organizer } = await setUp();
    const elsewhere = await createForum(testDb());
    const [foreignRoom, foreignSubForum] = [await createRoom(testDb(), { forumId: elsewhere.id }), await createSubForum(testDb(), { forumId: elsewhere.id })];
    const result = await createSession(organizer, forum.id, values({ roomId: foreignRoom.id, subForumId: foreignSubForum.id, people: [{ personId: "nobody0000000000000000", role: "SPEAKER", position: 1 }] }));
    expect(result).toEqual({ ok: false, error: "INVALID", fieldErrors: { roomId: expect.any(String), subForumId: expect.any(String), "people.0.personId": expect.any(String) } });
    expect(await testDb().programSession.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("replaces the people of a session on edit", async () => {
    const { forum, organizer } = await setUp();
    const [a, b] = [await createPerson(testDb()), await createPerson(testDb())];
    const created = await createSession(organizer, forum.id, values({ people: [{ personId: a.id, role: "SPEAKER", position: 1 }] }));
    if (!created.ok) throw new Error("setup");
    await updateSession(organizer, created.value.id, values({ people: [{ personId: b.id, role: "KEYNOTE", position: 1 }] }));
    const people = await testDb().sessionRole.findMany({ where: { sessionId: created.value.id } });
    expect(people).toEqual([expect.objectContaining({ personId: b.id, role: "KEYNOTE" })]);
  });
});

describe("sessionSchema", () => {
  it("puts bad input at the field", () => {
    const result = sessionSchema.safeParse({ type: "SUBFORUM", titleEn: " ", startsAt: "2025-07-10T15:00", endsAt: "2025-07-10T14:00", seatBooking: true, role: "ADMIN" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".") || i.code);
    expect(paths).toEqual(expect.arrayContaining(["titleEn", "unrecognized_keys"]));
    const ok = sessionSchema.safeParse({ type: "SUBFORUM", titleEn: "X", startsAt: "2025-07-10T15:00", endsAt: "2025-07-10T14:00", seatBooking: true });
    expect(ok.error?.issues.map((i) => i.path.join("."))).toEqual(["endsAt", "capacity"]);
  });
});

describe("hard inputs", () => {
  it("refuses dates and times that do not exist, at the field", () => {
    const r = sessionSchema.safeParse({ type: "SUBFORUM", titleEn: "X", startsAt: "2025-02-30T09:00", endsAt: "2025-07-10T25:99" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["startsAt", "endsAt"]));
  });

  it("gives concurrent sessions with the same title their own slugs, without an error", async () => {
    const { forum, organizer } = await setUp();
    const results = await Promise.all(Array.from({ length: 4 }, () => createSession(organizer, forum.id, values({ titleEn: "Opening" }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const slugs = (await testDb().programSession.findMany({ where: { forumId: forum.id }, select: { slug: true } })).map((s) => s.slug).sort();
    expect(slugs).toEqual(["opening", "opening-2", "opening-3", "opening-4"]);
  });

  it("keeps exactly the people of the last of two concurrent edits", async () => {
    const { forum, organizer } = await setUp();
    const [a, b] = [await createPerson(testDb()), await createPerson(testDb())];
    const created = await createSession(organizer, forum.id, values());
    if (!created.ok) throw new Error("setup");
    await Promise.all([
      updateSession(organizer, created.value.id, values({ people: [{ personId: a.id, role: "SPEAKER", position: 1 }] })),
      updateSession(organizer, created.value.id, values({ people: [{ personId: b.id, role: "SPEAKER", position: 1 }] })),
    ]);
    expect(await testDb().sessionRole.count({ where: { sessionId: created.value.id } })).toBe(1);
  });
});
