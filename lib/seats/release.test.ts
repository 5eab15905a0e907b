import { describe, expect, it } from "vitest";
import { createForum, createParticipant, createRoom, createUser } from "@/prisma/factories";
import type { ProgramActor } from "@/lib/program/authorize";
import { loadConflicts } from "@/lib/program/conflicts";
import { publishProgram } from "@/lib/program/publish";
import { sessionSchema } from "@/lib/program/schemas";
import { buildProgramSnapshot } from "@/lib/program/snapshot";
import { createSession, deleteSession, updateSession } from "@/lib/program/sessions";
import { dbKind, testDb } from "@/test/db";
import { cancelSeat, seatStateFor, takeSeat } from "./seats";

// Seats follow the published release: a draft's capacity and seat booking change nothing for
// delegates until it is published, and then they take effect.

async function publishedWorkshop(capacity: number) {
  const db = testDb();
  const forum = await createForum(db, { startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11"), timeZone: "Asia/Shanghai" });
  const room = await createRoom(db, { forumId: forum.id, capacity: 200 });
  const organizerUser = await createUser(db, { role: "ORGANIZER" });
  const organizer: ProgramActor = { id: organizerUser.id, role: "ORGANIZER", chairOf: [] };
  const created = await createSession(organizer, forum.id, draft({ roomId: room.id, seatBooking: true, capacity }));
  if (!created.ok) throw new Error(JSON.stringify(created));
  const session = created.value;
  // Before its first publish nobody can take a seat in it.
  const early = await createParticipant(db, { forumId: forum.id, status: "APPROVED" });
  expect(await takeSeat(early.id, session.id)).toEqual({ ok: false, reason: "NO_BOOKING" });
  await publish(forum.id, organizerUser.id);
  const delegates = [];
  for (let i = 0; i < 4; i++) delegates.push(await createParticipant(db, { forumId: forum.id, status: "APPROVED" }));
  const edit = (over: Record<string, unknown>) => updateSession(organizer, session.id, draft({ roomId: room.id, seatBooking: true, capacity, ...over }));
  return { forum, room, organizer, organizerUser, session, delegates, edit };
}

const draft = (over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ type: "SUBFORUM", titleEn: "Workshop: industrial data products", startsAt: "2025-07-10T14:00", endsAt: "2025-07-10T15:30", ...over });

async function publish(forumId: string, userId: string) {
  const result = await publishProgram({ forumId, userId, comment: "" });
  if (!result.ok) throw new Error(`expected a release, got ${JSON.stringify(result)}`);
  return result;
}

const promotionEmails = (to: string) => testDb().outboxMessage.count({ where: { toEmail: to, template: "waitlist-promoted" } });

describe("seats follow the published release", { timeout: 90_000 }, () => {
  it("promotes nobody when a draft raises the capacity, and promotes the waiting delegates with an e-mail when it is published", async () => {
    const { forum, organizerUser, session, delegates, edit } = await publishedWorkshop(1);
    const [a, b, c] = delegates;
    await takeSeat(a!.id, session.id);
    expect(await takeSeat(b!.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 1 } });

    expect(await edit({ capacity: 3 })).toMatchObject({ ok: true });
    // The live site still offers one seat: the next delegate queues behind b, nobody is promoted.
    expect(await takeSeat(c!.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 2 } });
    expect(await seatStateFor(null, session.id)).toMatchObject({ capacity: 1, seatsLeft: 0, waitlistLength: 2 });
    expect(await promotionEmails(b!.email)).toBe(0);

    await publish(forum.id, organizerUser.id);
    expect(await seatStateFor(b!.id, session.id)).toMatchObject({ capacity: 3, seatsTaken: 3, waitlistLength: 0, mine: { status: "CONFIRMED" } });
    expect(await seatStateFor(c!.id, session.id)).toMatchObject({ mine: { status: "CONFIRMED" } });
    expect(await promotionEmails(b!.email)).toBe(1);
    expect(await promotionEmails(c!.email)).toBe(1);
  });

  it("keeps booking open while a draft switches it off, and then closes it for new takes while seats held stay", async () => {
    const { forum, organizerUser, session, delegates, edit } = await publishedWorkshop(1);
    const [a, b, c] = delegates;
    expect(await edit({ seatBooking: false, capacity: null })).toMatchObject({ ok: true });
    expect(await takeSeat(a!.id, session.id)).toMatchObject({ ok: true, seat: { status: "CONFIRMED" } });
    expect(await takeSeat(b!.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 1 } });

    await publish(forum.id, organizerUser.id);
    expect(await takeSeat(c!.id, session.id)).toEqual({ ok: false, reason: "NO_BOOKING" });
    expect(await seatStateFor(a!.id, session.id)).toMatchObject({ seatBooking: false, mine: { status: "CONFIRMED" } });
    // The queue is frozen, not served: a seat given back goes to nobody while booking is off.
    expect(await cancelSeat(a!.id, session.id)).toMatchObject({ ok: true, outcome: "CANCELLED", promoted: [] });
    expect(await seatStateFor(b!.id, session.id)).toMatchObject({ mine: { status: "WAITLISTED", position: 1 } });

    // Switched on again: those waiting are served first.
    expect(await edit({ seatBooking: true, capacity: 1 })).toMatchObject({ ok: true });
    await publish(forum.id, organizerUser.id);
    expect(await seatStateFor(b!.id, session.id)).toMatchObject({ seatBooking: true, mine: { status: "CONFIRMED" } });
  });

  it("keeps the published capacity while a draft lowers it, and offers fewer seats once published", async () => {
    const { forum, organizerUser, session, delegates, edit } = await publishedWorkshop(3);
    const [a, b] = delegates;
    await takeSeat(a!.id, session.id);
    expect(await edit({ capacity: 1 })).toMatchObject({ ok: true });
    expect(await takeSeat(b!.id, session.id)).toMatchObject({ ok: true, seat: { status: "CONFIRMED" } });
    expect(await seatStateFor(null, session.id)).toMatchObject({ capacity: 3, seatsLeft: 1 });

    // Two seats are confirmed now: a capacity of 1 would take one away. Publishing refuses it,
    // and the grid shows why.
    const refused = await publishProgram({ forumId: forum.id, userId: organizerUser.id, comment: "" });
    expect(refused).toEqual({ ok: false, reason: "BLOCKING_CONFLICTS", conflicts: [{ kind: "CAPACITY_BELOW_CONFIRMED", severity: "error", sessionIds: [session.id] }] });
    expect(await testDb().programRelease.count({ where: { forumId: forum.id } })).toBe(1);
    expect(await loadConflicts(forum.id)).toContainEqual({ kind: "CAPACITY_BELOW_CONFIRMED", severity: "error", sessionIds: [session.id] });

    expect(await edit({ capacity: 2 })).toMatchObject({ ok: true });
    await publish(forum.id, organizerUser.id);
    expect(await seatStateFor(null, session.id)).toMatchObject({ capacity: 2, seatsTaken: 2, seatsLeft: 0 });
  });

  it("keeps a session deleted in the working copy, with its seats, until the publish that removes it", async () => {
    const { forum, organizer, organizerUser, session, delegates } = await publishedWorkshop(2);
    const [a, b] = delegates;
    await takeSeat(a!.id, session.id);
    expect(await deleteSession(organizer, session.id)).toMatchObject({ ok: true });
    // Gone from the working copy: not in the next release, not editable, not deletable twice.
    expect((await buildProgramSnapshot(testDb(), forum.id)).sessions).toEqual([]);
    expect(await deleteSession(organizer, session.id)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await loadConflicts(forum.id)).toEqual([]);
    // Still on the public program: the seats stay and can still be taken.
    expect(await seatStateFor(a!.id, session.id)).toMatchObject({ seatsTaken: 1, mine: { status: "CONFIRMED" } });
    expect(await takeSeat(b!.id, session.id)).toMatchObject({ ok: true, seat: { status: "CONFIRMED" } });

    const release = await publish(forum.id, organizerUser.id);
    expect(release.release.changelog.removed.map((e) => e.sessionId)).toEqual([session.id]);
    expect(await testDb().programSession.findUnique({ where: { id: session.id } })).toBeNull();
    expect(await testDb().seat.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("names the session in a promotion e-mail as published, not as drafted since", async () => {
    const { session, delegates, edit } = await publishedWorkshop(1);
    const [a, b] = delegates;
    await takeSeat(a!.id, session.id);
    await takeSeat(b!.id, session.id);
    expect(await edit({ titleEn: "DRAFT retitle not yet published", startsAt: "2025-07-11T09:00", endsAt: "2025-07-11T10:00" })).toMatchObject({ ok: true });
    await cancelSeat(a!.id, session.id);
    const email = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: b!.email, template: "waitlist-promoted" }, select: { subject: true, text: true } });
    expect(JSON.stringify(email)).toContain("Workshop: industrial data products");
    expect(JSON.stringify(email)).not.toContain("DRAFT");
  });

  // Only PostgreSQL runs the takes and the publish truly in parallel (PGlite serialises them).
  it.runIf(dbKind === "postgres")("never publishes a capacity below the seats confirmed while takes race the publish", async () => {
    const { forum, organizerUser, session, edit } = await publishedWorkshop(40);
    const delegates = [];
    for (let i = 0; i < 30; i++) delegates.push(await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" }));
    for (const d of delegates.slice(0, 5)) await takeSeat(d.id, session.id);
    expect(await edit({ capacity: 10 })).toMatchObject({ ok: true });

    const [published] = await Promise.all([
      publishProgram({ forumId: forum.id, userId: organizerUser.id, comment: "" }),
      ...delegates.slice(5).map((d) => takeSeat(d.id, session.id)),
    ]);
    const after = await testDb().programSession.findUniqueOrThrow({ where: { id: session.id }, select: { seatsTaken: true, publishedCapacity: true } });
    const confirmed = await testDb().seat.count({ where: { sessionId: session.id, status: "CONFIRMED" } });
    expect(after.seatsTaken).toBe(confirmed);
    if (published.ok) {
      // Published first: the takes after it found 10 places.
      expect(after).toEqual({ seatsTaken: 10, publishedCapacity: 10 });
    } else {
      // The takes came first and filled more than 10: refused, the old capacity stays.
      expect(published).toMatchObject({ ok: false, reason: expect.stringMatching(/^(BLOCKING_CONFLICTS|CONCURRENT_PUBLISH)$/) });
      expect(after.publishedCapacity).toBe(40);
    }
  });
});
