import { beforeEach, describe, expect, it } from "vitest";
import { hashLinkToken, newLinkToken } from "@/lib/participants/codes";
import { createForum, createParticipant } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { confirmEmail, RESEND_INTERVAL_MS, resendConfirmation } from "./confirm";
import { CONFIRMATION_TTL_MS } from "./register";

const NOW = new Date("2025-06-20T08:00:00.000Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

let participant: { id: string; email: string };

async function link(expiresAt = later(CONFIRMATION_TTL_MS), participantId = participant.id) {
  const token = newLinkToken();
  await testDb().emailConfirmation.create({ data: { participantId, tokenHash: hashLinkToken(token), createdAt: NOW, expiresAt } });
  return token;
}

function tokenFrom(text: string): string {
  const match = /\/register\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No confirmation link in ${text}`);
  return match[1];
}

beforeEach(async () => {
  const forum = await createForum(testDb());
  participant = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING", emailConfirmedAt: null });
});

describe("confirmEmail", () => {
  it("confirms the address, spends the token and writes the history", async () => {
    const token = await link();
    expect(await confirmEmail(token, later(60_000))).toBe("confirmed");
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).emailConfirmedAt).toEqual(later(60_000));
    expect((await testDb().emailConfirmation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } })).usedAt).toEqual(later(60_000));
    expect(await testDb().auditEntry.count({ where: { entityId: participant.id, action: "participant.email-confirmed" } })).toBe(1);
  });

  it("reads a second click as already confirmed and keeps the first time", async () => {
    const token = await link();
    await confirmEmail(token, later(60_000));
    expect(await confirmEmail(token, later(120_000))).toBe("already-confirmed");
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).emailConfirmedAt).toEqual(later(60_000));
    expect(await testDb().auditEntry.count({ where: { entityId: participant.id, action: "participant.email-confirmed" } })).toBe(1);
  });

  it("confirms once when the link is opened twice at the same moment", async () => {
    const token = await link();
    const outcomes = await Promise.all([confirmEmail(token, later(1000)), confirmEmail(token, later(1000))]);
    expect(outcomes.sort()).toEqual(["already-confirmed", "confirmed"]);
    expect(await testDb().auditEntry.count({ where: { entityId: participant.id, action: "participant.email-confirmed" } })).toBe(1);
  });

  it("refuses an expired link and leaves the address unconfirmed", async () => {
    const token = await link(later(CONFIRMATION_TTL_MS));
    expect(await confirmEmail(token, later(CONFIRMATION_TTL_MS + 1))).toBe("expired");
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: participant.id } })).emailConfirmedAt).toBeNull();
  });

  it("reads an expired link as already confirmed once another link confirmed the address", async () => {
    const old = await link(later(1000));
    await confirmEmail(await link(), later(500));
    expect(await confirmEmail(old, later(5000))).toBe("already-confirmed");
  });

  it("does not know a token it never issued, nor a malformed one", async () => {
    expect(await confirmEmail(newLinkToken(), NOW)).toBe("unknown");
    expect(await confirmEmail("", NOW)).toBe("unknown");
    expect(await confirmEmail("x'; drop table", NOW)).toBe("unknown");
  });
});

describe("resendConfirmation", () => {
  it("sends a new working link, at most one a minute", async () => {
    const first = await resendConfirmation(participant.id, { origin: "https://forum.example.org", now: NOW });
    expect(first).toMatchObject({ ok: true, email: participant.email });
    expect(await resendConfirmation(participant.id, { origin: "https://forum.example.org", now: later(RESEND_INTERVAL_MS - 1) })).toEqual({ ok: false, reason: "TOO_SOON" });
    const second = await resendConfirmation(participant.id, { origin: "https://forum.example.org", now: later(RESEND_INTERVAL_MS) });
    if (!second.ok) throw new Error(second.reason);

    const message = await testDb().outboxMessage.findUniqueOrThrow({ where: { id: second.outboxMessageId } });
    expect(message).toMatchObject({ toEmail: participant.email, template: "registration-confirm" });
    expect(message.text).toContain("https://forum.example.org/register/confirm?token=");
    expect(await confirmEmail(tokenFrom(message.text), later(RESEND_INTERVAL_MS + 1000))).toBe("confirmed");
    expect(await testDb().auditEntry.count({ where: { entityId: participant.id, action: "participant.confirmation-resent" } })).toBe(2);
  });

  it("sends one link when asked twice at the same moment", async () => {
    const results = await Promise.all([resendConfirmation(participant.id, { now: NOW }), resendConfirmation(participant.id, { now: NOW })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await testDb().outboxMessage.count({ where: { toEmail: participant.email } })).toBe(1);
  });

  it("sends nothing to a confirmed, a cancelled or an unknown participant", async () => {
    await testDb().participant.update({ where: { id: participant.id }, data: { emailConfirmedAt: NOW } });
    expect(await resendConfirmation(participant.id, { now: NOW })).toEqual({ ok: false, reason: "ALREADY_CONFIRMED" });
    const cancelled = await createParticipant(testDb(), { status: "CANCELLED", emailConfirmedAt: null });
    expect(await resendConfirmation(cancelled.id, { now: NOW })).toEqual({ ok: false, reason: "CANCELLED" });
    expect(await resendConfirmation("nosuchparticipant", { now: NOW })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await testDb().outboxMessage.count({ where: { toEmail: { in: [participant.email, cancelled.email] } } })).toBe(0);
  });
});
