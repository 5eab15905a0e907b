import { describe, expect, it } from "vitest";
import { takeSeat } from "@/lib/seats/seats";
import { createForum, createProgramSession } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { cancelMyRegistration } from "./cancel";
import { updateMyDetails } from "./details";
import { createDelegate } from "./testing";

describe("a delegate cancelling their registration", () => {
  it("cancels, frees their seat for the first on the waitlist, audits and e-mails, all at once", async () => {
    const forum = await createForum(testDb(), { nameEn: "SCO Digital Economy Forum" });
    const session = await createProgramSession(testDb(), { forumId: forum.id, seatBooking: true, capacity: 1, titleEn: "Data governance workshop" });
    const me = await createDelegate(forum.id);
    const next = await createDelegate(forum.id);
    const after = await createDelegate(forum.id);
    expect(await takeSeat(me.participant.id, session.id)).toMatchObject({ ok: true, seat: { status: "CONFIRMED" } });
    expect(await takeSeat(next.participant.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 1 } });
    expect(await takeSeat(after.participant.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 2 } });

    const result = await cancelMyRegistration(me.ref, { origin: "https://forum.example.org", now: new Date("2025-07-01T08:00:00Z") });

    expect(result).toEqual({ ok: true, value: { previousStatus: "APPROVED", seatsReleased: 1, promoted: 1 } });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: me.participant.id } })).toMatchObject({ status: "CANCELLED", cancelledAt: new Date("2025-07-01T08:00:00Z") });
    const seats = await testDb().seat.findMany({ where: { sessionId: session.id }, select: { participantId: true, status: true, waitlistPosition: true } });
    expect(seats).toEqual(
      expect.arrayContaining([
        { participantId: me.participant.id, status: "CANCELLED", waitlistPosition: null },
        { participantId: next.participant.id, status: "CONFIRMED", waitlistPosition: null },
        { participantId: after.participant.id, status: "WAITLISTED", waitlistPosition: 1 },
      ]),
    );
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: session.id }, select: { seatsTaken: true } })).toEqual({ seatsTaken: 1 });
    expect(await testDb().outboxMessage.findMany({ where: { toEmail: { in: [me.participant.email, next.participant.email] } }, select: { toEmail: true, template: true } })).toEqual(
      expect.arrayContaining([
        { toEmail: me.participant.email, template: "registration-cancelled" },
        { toEmail: next.participant.email, template: "waitlist-promoted" },
      ]),
    );
    expect(await testDb().auditEntry.findFirst({ where: { entityId: me.participant.id, action: "participant.cancelled" } })).toMatchObject({
      actorId: me.user.id,
      data: { from: "APPROVED", to: "CANCELLED", seatsReleased: 1, promoted: 1 },
    });
  });

  it("cannot be undone or repeated by the delegate", async () => {
    const forum = await createForum(testDb());
    const me = await createDelegate(forum.id, { status: "PENDING" });
    expect(await cancelMyRegistration(me.ref)).toMatchObject({ ok: true, value: { previousStatus: "PENDING" } });

    expect(await cancelMyRegistration(me.ref)).toMatchObject({ ok: false, error: "CLOSED" });
    expect(await testDb().outboxMessage.count({ where: { toEmail: me.participant.email, template: "registration-cancelled" } })).toBe(1);
    const details = { fullName: me.participant.fullName, category: me.participant.category, organizationName: "X", jobTitle: "", countryCode: "CN", delegationId: null, preferredLocale: "EN", consentPublicList: false, latinName: null } as const;
    expect(await updateMyDetails(me.ref, details)).toMatchObject({ ok: false, error: "CLOSED" });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: me.participant.id } })).status).toBe("CANCELLED");
  });

  it("answers NOT_REGISTERED to a user with no registration and changes nobody else", async () => {
    const forum = await createForum(testDb());
    const other = await createDelegate(forum.id);
    const stranger = await createDelegate((await createForum(testDb())).id);
    expect(await cancelMyRegistration({ forumId: forum.id, userId: stranger.user.id })).toMatchObject({ ok: false, error: "NOT_REGISTERED" });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: other.participant.id } })).status).toBe("APPROVED");
  });

  it("cancels once when two requests race (a double click): one e-mail, one audit entry", async () => {
    const forum = await createForum(testDb());
    const session = await createProgramSession(testDb(), { forumId: forum.id, seatBooking: true, capacity: 1 });
    const me = await createDelegate(forum.id);
    const next = await createDelegate(forum.id);
    await takeSeat(me.participant.id, session.id);
    await takeSeat(next.participant.id, session.id);

    const results = await Promise.all([cancelMyRegistration(me.ref), cancelMyRegistration(me.ref)]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "CLOSED", message: expect.any(String) }]);
    expect(await testDb().outboxMessage.count({ where: { toEmail: me.participant.email, template: "registration-cancelled" } })).toBe(1);
    expect(await testDb().auditEntry.count({ where: { entityId: me.participant.id, action: "participant.cancelled" } })).toBe(1);
    expect(await testDb().seat.findFirst({ where: { participantId: next.participant.id }, select: { status: true } })).toEqual({ status: "CONFIRMED" });
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: session.id }, select: { seatsTaken: true, waitlistTail: true } })).toEqual({ seatsTaken: 1, waitlistTail: 0 });
  });
});
