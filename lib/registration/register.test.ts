import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashLinkToken, newLinkToken } from "@/lib/participants/codes";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { confirmEmail, resendConfirmation } from "./confirm";
import { invitationPrefill, pendingClaim } from "./queries";
import { CONFIRMATION_TTL_MS, register } from "./register";
import { type RegistrationInput, registrationSchema } from "./schemas";

const ORIGIN = "https://forum.example.org";
const NOW = new Date("2025-06-20T08:00:00.000Z");

let forumId: string;
let kazakh: { id: string };

function input(overrides: Partial<RegistrationInput> = {}) {
  return registrationSchema.parse({
    fullName: "Алия Нурланова",
    latinName: "Aliya Nurlanova",
    email: "aliya@example.kz",
    password: "Steppe-wind-2025",
    category: "GOVERNMENT",
    organizationName: "Ministry of Digital Development",
    jobTitle: "Adviser",
    countryCode: "KZ",
    delegationId: kazakh.id,
    preferredLocale: "RU",
    consentData: true,
    consentPublicList: true,
    ...overrides,
  });
}

function tokenFrom(text: string): string {
  const match = /\/register\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No confirmation link in ${text}`);
  return match[1];
}

beforeEach(async () => {
  // One database per file: start each test from empty tables.
  const db = testDb();
  await db.outboxMessage.deleteMany();
  await db.auditEntry.deleteMany();
  await db.forum.deleteMany();
  await db.user.deleteMany();
  forumId = (await createForum(testDb())).id;
  kazakh = await createDelegation(testDb(), { forumId, countryCode: "KZ", name: `Kazakhstan ${forumId}` });
});

describe("register", () => {
  it("creates the account, the pending registration, a 48-hour link, one e-mail and an audit entry", async () => {
    const result = await register(input(), { forumId, origin: ORIGIN, now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);

    const user = await testDb().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({ email: "aliya@example.kz", name: "Алия Нурланова", role: "DELEGATE" });
    expect(await verifyPassword(user.passwordHash, "Steppe-wind-2025")).toBe(true);

    const participant = await testDb().participant.findUniqueOrThrow({ where: { id: result.participantId } });
    expect(participant).toMatchObject({
      forumId,
      userId: user.id,
      status: "PENDING",
      fullName: "Алия Нурланова",
      latinName: "Aliya Nurlanova",
      category: "GOVERNMENT",
      countryCode: "KZ",
      delegationId: kazakh.id,
      preferredLocale: "RU",
      consentDataAt: NOW,
      consentPublicList: true,
      emailConfirmedAt: null,
    });
    expect(participant.badgeCode).toMatch(/^[A-Z2-7]{16}$/);
    expect(participant.calendarKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(participant.searchText).toContain("алия нурланова");
    expect(participant.searchText).toContain("aliya@example.kz");

    const messages = await testDb().outboxMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: result.outboxMessageId, toEmail: "aliya@example.kz", template: "registration-confirm", status: "PENDING" });
    expect(messages[0]!.text).toContain(`${ORIGIN}/register/confirm?token=`);

    const confirmation = await testDb().emailConfirmation.findFirstOrThrow({ where: { participantId: participant.id } });
    expect(confirmation.tokenHash).toBe(hashLinkToken(tokenFrom(messages[0]!.text)));
    expect(confirmation.expiresAt.getTime() - NOW.getTime()).toBe(CONFIRMATION_TTL_MS);
    expect(confirmation.usedAt).toBeNull();

    const audit = await testDb().auditEntry.findMany({ where: { entityType: "Participant", entityId: participant.id } });
    expect(audit).toMatchObject([{ action: "participant.registered", actorId: user.id, forumId }]);
  });

  it("refuses an e-mail that already has an account and leaves nothing behind", async () => {
    await createUser(testDb(), { email: "aliya@example.kz" });
    const result = await register(input(), { forumId, origin: ORIGIN });
    expect(result).toEqual({ ok: false, refusal: { code: "EMAIL_TAKEN" } });
    expect(await testDb().participant.count()).toBe(0);
    expect(await testDb().outboxMessage.count()).toBe(0);
  });

  it("turns an e-mail an organizer registered into a claim that links the account only once the address is confirmed", async () => {
    const imported = await createParticipant(testDb(), { forumId, email: "aliya@example.kz", userId: null, status: "APPROVED", fullName: "Aliya Nurlanova (imported)" });
    const result = await register(input(), { forumId, origin: ORIGIN, now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result).toMatchObject({ claim: true, participantId: imported.id });
    // Nothing is linked yet: whoever typed the address may not own it.
    expect(await testDb().participant.count({ where: { forumId } })).toBe(1);
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: imported.id } })).userId).toBeNull();
    expect(await pendingClaim(forumId, result.userId)).toEqual({ participantId: imported.id, email: "aliya@example.kz" });

    const mail = await testDb().outboxMessage.findUniqueOrThrow({ where: { id: result.outboxMessageId } });
    expect(await confirmEmail(tokenFrom(mail.text), new Date(NOW.getTime() + 60_000))).toBe("confirmed");
    const linked = await testDb().participant.findUniqueOrThrow({ where: { id: imported.id } });
    // The organizer's registration is kept as it was (approved, their spelling), now with the account.
    expect(linked).toMatchObject({ userId: result.userId, status: "APPROVED", fullName: "Aliya Nurlanova (imported)" });
    expect(linked.emailConfirmedAt).not.toBeNull();
    expect(await pendingClaim(forumId, result.userId)).toBeNull();
    const actions = (await testDb().auditEntry.findMany({ where: { entityId: imported.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["participant.claim-requested", "participant.claimed"]);
  });

  it("sends a claim's link again, and the new link links the account", async () => {
    const imported = await createParticipant(testDb(), { forumId, email: "aliya@example.kz", userId: null });
    const result = await register(input(), { forumId, origin: ORIGIN, now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    const resent = await resendConfirmation(imported.id, { origin: ORIGIN, claimantUserId: result.userId, now: new Date(NOW.getTime() + 2 * 60_000) });
    if (!resent.ok) throw new Error(resent.reason);
    const mail = await testDb().outboxMessage.findUniqueOrThrow({ where: { id: resent.outboxMessageId } });
    expect(await confirmEmail(tokenFrom(mail.text), new Date(NOW.getTime() + 3 * 60_000))).toBe("confirmed");
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: imported.id } })).userId).toBe(result.userId);
    // Linked now: there is nothing left to claim.
    expect(await resendConfirmation(imported.id, { origin: ORIGIN, claimantUserId: result.userId, now: new Date(NOW.getTime() + 5 * 60_000) })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("refuses an e-mail whose registration in the forum already has an account, and rolls the new account back", async () => {
    const owner = await createUser(testDb(), { email: "owner@example.kz" });
    await createParticipant(testDb(), { forumId, email: "aliya@example.kz", userId: owner.id });
    const result = await register(input(), { forumId, origin: ORIGIN });
    expect(result).toEqual({ ok: false, refusal: { code: "EMAIL_TAKEN" } });
    expect(await testDb().user.count({ where: { email: "aliya@example.kz" } })).toBe(0);
    expect(await testDb().emailConfirmation.count()).toBe(0);
  });

  it("lets exactly one of two simultaneous registrations of one e-mail through", async () => {
    const results = await Promise.all([
      register(input({ fullName: "First" }), { forumId, origin: ORIGIN }),
      register(input({ fullName: "Second" }), { forumId, origin: ORIGIN }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, refusal: { code: "EMAIL_TAKEN" } }]);
    expect(await testDb().user.count({ where: { email: "aliya@example.kz" } })).toBe(1);
    expect(await testDb().participant.count({ where: { email: "aliya@example.kz" } })).toBe(1);
    expect(await testDb().outboxMessage.count({ where: { toEmail: "aliya@example.kz" } })).toBe(1);
  });

  it("refuses a delegation of another country or another forum", async () => {
    const chinese = await createDelegation(testDb(), { forumId, countryCode: "CN" });
    expect(await register(input({ delegationId: chinese.id }), { forumId, origin: ORIGIN })).toEqual({ ok: false, refusal: { code: "DELEGATION_INVALID" } });
    const elsewhere = await createDelegation(testDb(), { countryCode: "KZ" });
    expect(await register(input({ delegationId: elsewhere.id }), { forumId, origin: ORIGIN })).toEqual({ ok: false, refusal: { code: "DELEGATION_INVALID" } });
    expect(await testDb().user.count()).toBe(0);
  });

  it("registers without a delegation", async () => {
    const result = await register(input({ delegationId: "" }), { forumId, origin: ORIGIN });
    expect(result.ok).toBe(true);
    if (result.ok) expect((await testDb().participant.findUniqueOrThrow({ where: { id: result.participantId } })).delegationId).toBeNull();
  });
});

describe("registration through a delegation invitation", () => {
  async function invite(overrides: { email?: string; expiresAt?: Date } = {}) {
    const token = newLinkToken();
    const invitation = await testDb().delegationInvitation.create({
      data: {
        delegationId: kazakh.id,
        email: overrides.email ?? "aliya@example.kz",
        tokenHash: hashLinkToken(token),
        expiresAt: overrides.expiresAt ?? new Date(NOW.getTime() + 7 * 24 * 3600_000),
      },
    });
    return { token, invitation };
  }

  it("pre-fills e-mail, country and delegation, and is accepted once by the registration", async () => {
    const { token, invitation } = await invite();
    expect(await invitationPrefill(token, forumId, NOW)).toEqual({
      email: "aliya@example.kz",
      countryCode: "KZ",
      delegationId: kazakh.id,
      delegationName: `Kazakhstan ${forumId}`,
    });

    const result = await register(input({ inviteToken: token }), { forumId, origin: ORIGIN, now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.invitationId).toBe(invitation.id);
    expect(await testDb().delegationInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ acceptedAt: NOW, acceptedById: result.participantId });

    // Spent: it pre-fills nothing and cannot be used again, even by another address.
    expect(await invitationPrefill(token, forumId, NOW)).toBeNull();
    const again = await register(input({ inviteToken: token, email: "other@example.kz" }), { forumId, origin: ORIGIN, now: NOW });
    expect(again).toEqual({ ok: false, refusal: { code: "INVITATION_UNUSABLE" } });
    expect(await testDb().user.count({ where: { email: "other@example.kz" } })).toBe(0);
  });

  it("refuses an expired invitation, another address and another delegation", async () => {
    const expired = await invite({ email: "late@example.kz", expiresAt: new Date(NOW.getTime() - 1000) });
    expect(await invitationPrefill(expired.token, forumId, NOW)).toBeNull();
    expect(await register(input({ inviteToken: expired.token, email: "late@example.kz" }), { forumId, origin: ORIGIN, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "INVITATION_UNUSABLE" },
    });

    const { token } = await invite();
    expect(await register(input({ inviteToken: token, email: "someone.else@example.kz" }), { forumId, origin: ORIGIN, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "INVITATION_EMAIL", email: "aliya@example.kz" },
    });
    expect(await register(input({ inviteToken: token, delegationId: "" }), { forumId, origin: ORIGIN, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "INVITATION_DELEGATION", delegation: `Kazakhstan ${forumId}` },
    });
    expect(await testDb().participant.count()).toBe(0);
  });

  it("refuses an unknown invitation token", async () => {
    expect(await register(input({ inviteToken: newLinkToken() }), { forumId, origin: ORIGIN, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "INVITATION_UNUSABLE" },
    });
  });
});
