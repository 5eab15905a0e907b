import { describe, expect, it } from "vitest";
import { takeSeat } from "@/lib/seats/seats";
import { createDelegation, createForum, createParticipant, createProgramSession, createUser } from "@/prisma/factories";
import { dbKind, testDb } from "@/test/db";
import { decideParticipants } from "./decisions";

const ctx = { origin: "https://forum.example.org" };

async function setUp() {
  const forum = await createForum(testDb(), { nameEn: "SCO Digital Economy Forum", nameRu: "Форум цифровой экономики ШОС" });
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  return { forum, organizer };
}

const outbox = (to: string) => testDb().outboxMessage.findMany({ where: { toEmail: to }, select: { template: true, subject: true, text: true } });
const audits = (id: string) => testDb().auditEntry.findMany({ where: { entityType: "Participant", entityId: id }, select: { action: true, actorId: true, data: true } });

describe("approving and rejecting participants", () => {
  it("approves someone who registered themselves only once their e-mail is confirmed", async () => {
    const { forum, organizer } = await setUp();
    const user = await createUser(testDb());
    const unconfirmed = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING", userId: user.id, emailConfirmedAt: null });
    const outcome = await decideParticipants(organizer, forum.id, { ids: [unconfirmed.id], decision: "approve" }, ctx);
    expect(outcome).toEqual({ changed: [], skipped: [{ id: unconfirmed.id, reason: "UNCONFIRMED" }] });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: unconfirmed.id }, select: { status: true } })).toEqual({ status: "PENDING" });
    // Rejecting needs no confirmed address; approving does once it is confirmed.
    await testDb().participant.update({ where: { id: unconfirmed.id }, data: { emailConfirmedAt: new Date() } });
    expect((await decideParticipants(organizer, forum.id, { ids: [unconfirmed.id], decision: "approve" }, ctx)).changed).toEqual([unconfirmed.id]);
  });

  it("approves several pending participants at once, each with one e-mail and one audit entry", async () => {
    const { forum, organizer } = await setUp();
    const people = [
      await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" }),
      await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" }),
      await createParticipant(testDb(), { forumId: forum.id, status: "PENDING", preferredLocale: "RU" }),
    ];
    const outcome = await decideParticipants(organizer, forum.id, { ids: people.map((p) => p.id), decision: "approve" }, ctx);
    expect(outcome).toEqual({ changed: people.map((p) => p.id), skipped: [] });
    for (const p of people) {
      expect(await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, decidedAt: true } })).toMatchObject({ status: "APPROVED", decidedAt: expect.any(Date) });
      const mail = await outbox(p.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.template).toBe("registration-approved");
      expect(mail[0]?.text).toContain("https://forum.example.org/me");
      expect(await audits(p.id)).toEqual([{ action: "participant.approved", actorId: organizer.id, data: { from: "PENDING", to: "APPROVED", reason: null } }]);
    }
    // The forum's name in the participant's language when it has one.
    expect((await outbox(people[2]?.email ?? ""))[0]?.subject).toContain("Форум цифровой экономики ШОС");
  });

  it("rejects with a reason that the participant sees, and writes it in the audit entry", async () => {
    const { forum, organizer } = await setUp();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" });
    await decideParticipants(organizer, forum.id, { ids: [p.id], decision: "reject", reason: "Affiliation could not be verified." }, ctx);
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, rejectionReason: true } })).toEqual({ status: "REJECTED", rejectionReason: "Affiliation could not be verified." });
    const [mail] = await outbox(p.email);
    expect(mail).toMatchObject({ template: "registration-rejected", text: expect.stringContaining("Affiliation could not be verified.") });
    expect((await audits(p.id))[0]?.data).toEqual({ from: "PENDING", to: "REJECTED", reason: "Affiliation could not be verified." });
  });

  it("approves a rejected participant and rejects an approved one, clearing or setting the reason", async () => {
    const { forum, organizer } = await setUp();
    const rejected = await createParticipant(testDb(), { forumId: forum.id, status: "REJECTED", rejectionReason: "Duplicate" });
    const approved = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });
    await decideParticipants(organizer, forum.id, { ids: [rejected.id], decision: "approve" }, ctx);
    await decideParticipants(organizer, forum.id, { ids: [approved.id], decision: "reject" }, ctx);
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: rejected.id }, select: { status: true, rejectionReason: true } })).toEqual({ status: "APPROVED", rejectionReason: null });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: approved.id }, select: { status: true, rejectionReason: true } })).toEqual({ status: "REJECTED", rejectionReason: null });
  });

  it("leaves cancelled registrations, those already decided that way, and other forums' participants alone", async () => {
    const { forum, organizer } = await setUp();
    const cancelled = await createParticipant(testDb(), { forumId: forum.id, status: "CANCELLED" });
    const approved = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });
    const elsewhere = await createParticipant(testDb(), { status: "PENDING" });
    const outcome = await decideParticipants(organizer, forum.id, { ids: [cancelled.id, approved.id, elsewhere.id], decision: "approve" }, ctx);
    expect(outcome).toEqual({
      changed: [],
      skipped: [
        { id: cancelled.id, reason: "CANCELLED" },
        { id: approved.id, reason: "ALREADY" },
        { id: elsewhere.id, reason: "NOT_FOUND" },
      ],
    });
    expect(await testDb().outboxMessage.count({ where: { toEmail: { in: [cancelled.email, approved.email, elsewhere.email] } } })).toBe(0);
    expect(await testDb().auditEntry.count({ where: { entityId: { in: [cancelled.id, approved.id, elsewhere.id] } } })).toBe(0);
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("PENDING");
  });

  it("frees a rejected participant's seats, and the first on the waitlist gets the seat", async () => {
    const { forum, organizer } = await setUp();
    const session = await createProgramSession(testDb(), { forumId: forum.id, seatBooking: true, capacity: 1 });
    const seated = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });
    const waiting = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });
    expect((await takeSeat(seated.id, session.id)).ok).toBe(true);
    expect(await takeSeat(waiting.id, session.id)).toMatchObject({ ok: true, seat: { status: "WAITLISTED", position: 1 } });
    await decideParticipants(organizer, forum.id, { ids: [seated.id], decision: "reject", reason: "Category full" }, ctx);
    const seats = await testDb().seat.findMany({ where: { sessionId: session.id }, select: { participantId: true, status: true } });
    expect(seats.find((s) => s.participantId === seated.id)?.status).toBe("CANCELLED");
    expect(seats.find((s) => s.participantId === waiting.id)?.status).toBe("CONFIRMED");
    expect((await testDb().programSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(1);
  });

  it("stops a rejected head of delegation from heading it", async () => {
    const { forum, organizer } = await setUp();
    const delegation = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const head = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: delegation.id });
    await testDb().delegation.update({ where: { id: delegation.id }, data: { headId: head.id } });
    await decideParticipants(organizer, forum.id, { ids: [head.id], decision: "reject" }, ctx);
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: delegation.id } })).headId).toBeNull();
    expect((await audits(head.id))[0]?.data).toMatchObject({ removedAsHeadOf: delegation.name });
  });

  it(`sends one e-mail when organizers approve the same participant at the same moment (${dbKind})`, async () => {
    const { forum, organizer } = await setUp();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" });
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => decideParticipants(organizer, forum.id, { ids: [p.id], decision: "approve" }, ctx)));
    expect(outcomes.filter((o) => o.changed.length === 1)).toHaveLength(1);
    expect(outcomes.flatMap((o) => o.skipped.map((s) => s.reason))).toEqual(Array(7).fill("ALREADY"));
    expect(await outbox(p.email)).toHaveLength(1);
    expect(await testDb().auditEntry.count({ where: { entityId: p.id, action: "participant.approved" } })).toBe(1);
  });

  it(`ends with one decision and one e-mail when approvals and rejections of one person race (${dbKind})`, async () => {
    const { forum, organizer } = await setUp();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => decideParticipants(organizer, forum.id, { ids: [p.id], decision: i % 2 ? "approve" : "reject" }, ctx)),
    );
    // Every change that happened is audited with exactly one e-mail, and the last one is the status.
    const entries = await testDb().auditEntry.findMany({ where: { entityId: p.id }, orderBy: { createdAt: "asc" }, select: { data: true } });
    const mails = await outbox(p.email);
    expect(mails).toHaveLength(entries.length);
    const last = entries.at(-1)?.data as { to: string } | undefined;
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id } })).status).toBe(last?.to);
  });
});
