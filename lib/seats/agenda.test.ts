import { describe, expect, it } from "vitest";
import { createForum, createParticipant, createProgramSession, createRoom, createSubForum, createUser } from "@/prisma/factories";
import { publishProgram } from "@/lib/program/publish";
import { testDb } from "@/test/db";
import { listAgenda } from "./agenda";
import { cancelSeat, takeSeat } from "./seats";
import { isStarred, setStar, toggleStar } from "./stars";

async function publishedForum() {
  const db = testDb();
  const forum = await createForum(db);
  const room = await createRoom(db, { forumId: forum.id, nameEn: "Binhai Hall" });
  const track = await createSubForum(db, { forumId: forum.id, titleEn: "Data-Empowered Industry" });
  const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(Date.parse(iso) + 60 * 60_000) });
  const afternoon = await createProgramSession(db, { forumId: forum.id, roomId: room.id, subForumId: track.id, slug: "workshop", titleEn: "Workshop", seatBooking: true, capacity: 1, ...at("2025-07-10T06:00:00Z") });
  const morning = await createProgramSession(db, { forumId: forum.id, slug: "opening", titleEn: "Opening", ...at("2025-07-10T01:00:00Z") });
  const other = await createProgramSession(db, { forumId: forum.id, slug: "visit", titleEn: "Site visit", seatBooking: true, capacity: 40, ...at("2025-07-11T05:00:00Z") });
  const organizer = await createUser(db, { role: "ORGANIZER" });
  const published = await publishProgram({ forumId: forum.id, userId: organizer.id, comment: "Program" });
  if (!published.ok) throw new Error(JSON.stringify(published));
  // Scheduled after the release: not public yet.
  const draft = await createProgramSession(db, { forumId: forum.id, slug: "draft", titleEn: "Draft", seatBooking: true, capacity: 10, ...at("2025-07-10T02:00:00Z") });
  return { forum, room, track, afternoon, morning, other, draft };
}

describe("stars", () => {
  it("stars and unstars idempotently, and toggles", async () => {
    const { forum, morning } = await publishedForum();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" });
    expect(await setStar(p.id, morning.id, true)).toEqual({ ok: true, starred: true });
    expect(await setStar(p.id, morning.id, true)).toEqual({ ok: true, starred: true });
    expect(await testDb().starredSession.count({ where: { participantId: p.id } })).toBe(1);
    expect(await toggleStar(p.id, morning.id)).toEqual({ ok: true, starred: false });
    expect(await isStarred(p.id, morning.id)).toBe(false);
    expect(await toggleStar(p.id, morning.id)).toEqual({ ok: true, starred: true });
    expect(await setStar(p.id, morning.id, false)).toEqual({ ok: true, starred: false });
    expect(await setStar(p.id, morning.id, false)).toEqual({ ok: true, starred: false });
  });

  it("refuses sessions of another forum and unknown participants", async () => {
    const { forum } = await publishedForum();
    const p = await createParticipant(testDb(), { forumId: forum.id });
    const elsewhere = await createProgramSession(testDb(), {});
    expect(await setStar(p.id, elsewhere.id, true)).toEqual({ ok: false, reason: "NO_SUCH_SESSION" });
    expect(await toggleStar("nobody", elsewhere.id)).toEqual({ ok: false, reason: "NOT_REGISTERED" });
    expect(await testDb().starredSession.count({ where: { sessionId: elsewhere.id } })).toBe(0);
  });
});

describe("listAgenda", () => {
  it("lists the published sessions a delegate holds a seat or place in, or starred, in program order", async () => {
    const { forum, room, track, afternoon, morning, other, draft } = await publishedForum();
    const first = await createParticipant(testDb(), { forumId: forum.id });
    const me = await createParticipant(testDb(), { forumId: forum.id });
    await takeSeat(first.id, afternoon.id);
    await takeSeat(me.id, afternoon.id); // waitlisted
    await setStar(me.id, afternoon.id, true);
    await setStar(me.id, morning.id, true);
    await takeSeat(me.id, draft.id); // a seat, but the session is not published yet
    await takeSeat(me.id, other.id);
    await cancelSeat(me.id, other.id); // given back: not on the agenda

    const agenda = await listAgenda(me.id);
    expect(agenda?.forum.id).toBe(forum.id);
    expect(agenda?.release.version).toBe(1);
    expect(agenda?.entries.map((e) => [e.session.slug, e.seat, e.starred])).toEqual([
      ["opening", null, true],
      ["workshop", { status: "WAITLISTED", position: 1 }, true],
    ]);
    expect(agenda?.entries[1]).toMatchObject({ room: { id: room.id, nameEn: "Binhai Hall" }, subForum: { id: track.id, titleEn: "Data-Empowered Industry" } });
    expect(agenda?.entries[0]).toMatchObject({ room: null, subForum: null });

    await cancelSeat(first.id, afternoon.id);
    expect((await listAgenda(me.id))?.entries[1]?.seat).toEqual({ status: "CONFIRMED", position: null });
  });

  it("is null for an unknown participant and before the first publish", async () => {
    const forum = await createForum(testDb());
    const p = await createParticipant(testDb(), { forumId: forum.id });
    expect(await listAgenda(p.id)).toBeNull();
    expect(await listAgenda("nobody")).toBeNull();
  });
});
