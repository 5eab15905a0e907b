import { describe, expect, it } from "vitest";
import { createForum, createParticipant, createProgramSession, createUser } from "@/prisma/factories";
import { publishProgram } from "@/lib/program/publish";
import { testDb } from "@/test/db";
import { applySeatAction, getSeatPanelState } from "./panel";
import { seatActionInputSchema, seatActionSchema } from "./schemas";

async function forumWithSession(capacity = 1) {
  const forum = await createForum(testDb());
  const session = await createProgramSession(testDb(), { forumId: forum.id, seatBooking: true, capacity });
  // Seats are taken in the published program only.
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  const published = await publishProgram({ forumId: forum.id, userId: organizer.id, comment: "" });
  if (!published.ok) throw new Error(`could not publish: ${published.reason}`);
  return { forum, session };
}

async function delegate(forumId: string, status: "APPROVED" | "PENDING" | "REJECTED" = "APPROVED") {
  const user = await createUser(testDb());
  const participant = await createParticipant(testDb(), { forumId, userId: user.id, status });
  return { user, participant };
}

describe("getSeatPanelState", () => {
  it("shows seats left to a visitor who is not signed in", async () => {
    const { forum, session } = await forumWithSession(3);
    expect(await getSeatPanelState({ forumId: forum.id, userId: null }, session.id)).toEqual({
      signedIn: false, registered: false, status: null, approved: false, seatBooking: true, capacity: 3, seatsLeft: 3, waitlistLength: 0, mine: null, starred: false,
    });
  });

  it("tells a signed-in user without a registration, and a pending one, apart", async () => {
    const { forum, session } = await forumWithSession();
    const stranger = await createUser(testDb());
    expect(await getSeatPanelState({ forumId: forum.id, userId: stranger.id }, session.id)).toMatchObject({ signedIn: true, registered: false, approved: false });
    const pending = await delegate(forum.id, "PENDING");
    expect(await getSeatPanelState({ forumId: forum.id, userId: pending.user.id }, session.id)).toMatchObject({ signedIn: true, registered: true, status: "PENDING", approved: false });
  });

  it("knows no session of another forum", async () => {
    const { forum } = await forumWithSession();
    const elsewhere = await createProgramSession(testDb(), { seatBooking: true, capacity: 5 });
    expect(await getSeatPanelState({ forumId: forum.id, userId: null }, elsewhere.id)).toBeNull();
  });
});

describe("applySeatAction", () => {
  it("gives nothing for a session that is not in the published program yet", async () => {
    const { forum } = await forumWithSession(5);
    const draft = await createProgramSession(testDb(), { forumId: forum.id, seatBooking: true, capacity: 5 });
    const a = await delegate(forum.id);
    expect(await applySeatAction({ forumId: forum.id, userId: a.user.id }, draft.id, "take")).toMatchObject({ ok: false, reason: "NO_SUCH_SESSION" });
    expect(await testDb().seat.count({ where: { sessionId: draft.id } })).toBe(0);
  });

  it("takes the last seat, waitlists the next delegate, and promotes them when the first cancels", async () => {
    const { forum, session } = await forumWithSession(1);
    const a = await delegate(forum.id);
    const b = await delegate(forum.id);
    const as = (d: { user: { id: string } }) => ({ forumId: forum.id, userId: d.user.id });

    expect(await applySeatAction(as(a), session.id, "take")).toMatchObject({ ok: true, outcome: "CONFIRMED", state: { seatsLeft: 0, mine: { status: "CONFIRMED" } } });
    expect(await applySeatAction(as(a), session.id, "take")).toMatchObject({ ok: true, outcome: "ALREADY_CONFIRMED" });
    expect(await applySeatAction(as(b), session.id, "take")).toMatchObject({ ok: true, outcome: "WAITLISTED", state: { mine: { status: "WAITLISTED", position: 1 }, waitlistLength: 1 } });
    expect(await applySeatAction(as(b), session.id, "star")).toMatchObject({ ok: true, outcome: "STARRED", state: { starred: true } });
    expect(await applySeatAction(as(a), session.id, "cancel", { origin: "http://127.0.0.1:3000" })).toMatchObject({ ok: true, outcome: "CANCELLED", state: { mine: null } });
    expect(await getSeatPanelState(as(b), session.id)).toMatchObject({ mine: { status: "CONFIRMED", position: null }, starred: true, seatsLeft: 0, waitlistLength: 0 });
    const audit = await testDb().auditEntry.findMany({ where: { entityId: a.participant.id }, select: { action: true, actorId: true } });
    expect(audit).toEqual(expect.arrayContaining([{ action: "participant.seat-taken", actorId: a.user.id }, { action: "participant.seat-cancelled", actorId: a.user.id }]));
  });

  it("answers a take with the figures and the star as the take left them", async () => {
    const { forum, session } = await forumWithSession(2);
    const [a, b, c] = [await delegate(forum.id), await delegate(forum.id), await delegate(forum.id)];
    const as = (d: { user: { id: string } }) => ({ forumId: forum.id, userId: d.user.id });
    await applySeatAction(as(c), session.id, "star");

    expect(await applySeatAction(as(a), session.id, "take")).toMatchObject({ ok: true, state: { seatsLeft: 1, waitlistLength: 0, starred: false } });
    expect(await applySeatAction(as(b), session.id, "take")).toMatchObject({ ok: true, state: { seatsLeft: 0, waitlistLength: 0 } });
    const third = await applySeatAction(as(c), session.id, "take");
    expect(third).toMatchObject({ ok: true, outcome: "WAITLISTED", state: { capacity: 2, seatsLeft: 0, waitlistLength: 1, mine: { status: "WAITLISTED", position: 1 }, starred: true } });
    // The same as a fresh read of the panel.
    if (third.ok) expect(await getSeatPanelState(as(c), session.id)).toEqual(third.state);
  });

  it("refuses with a reason: no registration, not approved, session of another forum", async () => {
    const { forum, session } = await forumWithSession();
    const stranger = await createUser(testDb());
    expect(await applySeatAction({ forumId: forum.id, userId: stranger.id }, session.id, "take")).toMatchObject({ ok: false, reason: "NOT_REGISTERED", state: { registered: false } });
    const pending = await delegate(forum.id, "PENDING");
    expect(await applySeatAction({ forumId: forum.id, userId: pending.user.id }, session.id, "take")).toMatchObject({ ok: false, reason: "NOT_APPROVED", state: { status: "PENDING" } });
    const elsewhere = await createProgramSession(testDb(), { seatBooking: true, capacity: 5 });
    const approved = await delegate(forum.id);
    expect(await applySeatAction({ forumId: forum.id, userId: approved.user.id }, elsewhere.id, "take")).toEqual({ ok: false, reason: "NO_SUCH_SESSION", state: null });
    expect(await testDb().seat.count({ where: { sessionId: { in: [session.id, elsewhere.id] } } })).toBe(0);
  });

  it("reaches only the signed-in user's own participant", async () => {
    const { forum, session } = await forumWithSession(5);
    const a = await delegate(forum.id);
    const b = await delegate(forum.id);
    await applySeatAction({ forumId: forum.id, userId: a.user.id }, session.id, "take");
    // b cancelling touches b's (empty) seat only: a keeps theirs.
    expect(await applySeatAction({ forumId: forum.id, userId: b.user.id }, session.id, "cancel")).toMatchObject({ ok: true, outcome: "NOTHING_HELD" });
    expect(await getSeatPanelState({ forumId: forum.id, userId: a.user.id }, session.id)).toMatchObject({ mine: { status: "CONFIRMED" } });
  });
});

describe("seat action schemas", () => {
  it("accepts the four actions and refuses anything else, including extra fields", () => {
    for (const action of ["take", "cancel", "star", "unstar"]) expect(seatActionSchema.safeParse({ action }).success).toBe(true);
    expect(seatActionSchema.safeParse({ action: "steal" }).success).toBe(false);
    expect(seatActionSchema.safeParse({ action: "take", participantId: "someone-else" }).success).toBe(false);
    expect(seatActionSchema.safeParse(null).success).toBe(false);
    expect(seatActionInputSchema.safeParse({ action: "take", sessionId: "ckx1y2z3" }).success).toBe(true);
    expect(seatActionInputSchema.safeParse({ action: "take", sessionId: "'; DROP TABLE" }).success).toBe(false);
  });
});
