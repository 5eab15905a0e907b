import { describe, expect, it } from "vitest";
import { hashLinkToken } from "@/lib/participants/codes";
import { invitationPrefill } from "@/lib/registration/queries";
import { createDelegation, createForum } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { inviteDelegationMember, revokeDelegationInvitation } from "./invitations";
import { INVITATIONS_PER_DAY } from "./schemas";
import { createDelegate } from "./testing";

const ORIGIN = "https://forum.example.org";
const NOW = new Date("2025-06-20T04:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

/** A delegation of Kazakhstan with its head and one plain member. */
async function delegationWithHead() {
  const forum = await createForum(testDb(), { nameEn: "SCO Digital Economy Forum" });
  const delegation = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ", name: "Delegation of Kazakhstan" });
  const head = await createDelegate(forum.id, { countryCode: "KZ", delegationId: delegation.id, fullName: "Ерлан Ахметов", latinName: "Yerlan Akhmetov" });
  await testDb().delegation.update({ where: { id: delegation.id }, data: { headId: head.participant.id } });
  const member = await createDelegate(forum.id, { countryCode: "KZ", delegationId: delegation.id });
  return { forum, delegation, head, member };
}

/** The token in the link of the latest invitation e-mail to `to`. */
async function linkToken(to: string): Promise<string> {
  const message = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: to, template: "delegation-invitation" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const match = /https:\/\/forum\.example\.org\/register\?invite=([A-Za-z0-9_-]+)/.exec(message.text);
  if (!match?.[1]) throw new Error(`No invitation link in: ${message.text}`);
  return match[1];
}

describe("a head of delegation inviting members", () => {
  it("stores only the hash of the link's token, valid for 14 days, and queues the e-mail with the link", async () => {
    const { forum, delegation, head } = await delegationWithHead();
    const result = await inviteDelegationMember(head.ref, { email: "New.Member@Example.org" }, ORIGIN, NOW);
    expect(result).toMatchObject({ ok: true, value: { renewed: false } });

    const token = await linkToken("new.member@example.org");
    const invitation = await testDb().delegationInvitation.findUniqueOrThrow({ where: { delegationId_email: { delegationId: delegation.id, email: "new.member@example.org" } } });
    expect(invitation).toMatchObject({ tokenHash: hashLinkToken(token), invitedById: head.participant.id, expiresAt: new Date(NOW.getTime() + 14 * DAY), acceptedAt: null });
    expect(JSON.stringify(invitation)).not.toContain(token);
    const message = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: "new.member@example.org" } });
    expect(message.subject).toContain("Delegation of Kazakhstan");
    expect(message.text).toContain("Ерлан Ахметов (Yerlan Akhmetov)");
    // The registration form reads the link as an invitation to this delegation.
    expect(await invitationPrefill(token, forum.id, NOW)).toMatchObject({ email: "new.member@example.org", countryCode: "KZ", delegationId: delegation.id });
    expect(await testDb().auditEntry.findFirst({ where: { entityType: "Delegation", entityId: delegation.id, action: "delegation.invitation-sent" } })).toMatchObject({ actorId: head.user.id });
  });

  it("renews the token when the same address is invited again: only the newest link works", async () => {
    const { forum, delegation, head } = await delegationWithHead();
    await inviteDelegationMember(head.ref, { email: "again@example.org" }, ORIGIN, NOW);
    const first = await linkToken("again@example.org");
    const later = new Date(NOW.getTime() + 3 * DAY);
    expect(await inviteDelegationMember(head.ref, { email: "again@example.org" }, ORIGIN, later)).toMatchObject({ ok: true, value: { renewed: true } });
    const second = await linkToken("again@example.org");

    expect(second).not.toBe(first);
    expect(await testDb().delegationInvitation.count({ where: { delegationId: delegation.id } })).toBe(1);
    expect((await testDb().delegationInvitation.findFirstOrThrow({ where: { delegationId: delegation.id } })).expiresAt).toEqual(new Date(later.getTime() + 14 * DAY));
    expect(await invitationPrefill(first, forum.id, later)).toBeNull();
    expect(await invitationPrefill(second, forum.id, later)).not.toBeNull();
    expect(await testDb().outboxMessage.count({ where: { toEmail: "again@example.org", template: "delegation-invitation" } })).toBe(2);
  });

  it("lets no one but the head invite: a member, the head of another delegation and a stranger get nothing", async () => {
    const { forum, delegation, member } = await delegationWithHead();
    const otherDelegation = await createDelegation(testDb(), { forumId: forum.id, countryCode: "UZ" });
    const otherHead = await createDelegate(forum.id, { countryCode: "UZ", delegationId: otherDelegation.id });
    await testDb().delegation.update({ where: { id: otherDelegation.id }, data: { headId: otherHead.participant.id } });
    const stranger = await createDelegate((await createForum(testDb())).id);

    expect(await inviteDelegationMember(member.ref, { email: "sneaky@example.org" }, ORIGIN, NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await inviteDelegationMember({ forumId: forum.id, userId: stranger.user.id }, { email: "sneaky@example.org" }, ORIGIN, NOW)).toMatchObject({ ok: false, error: "NOT_REGISTERED" });
    // The other head invites into their own delegation, never into this one.
    await inviteDelegationMember(otherHead.ref, { email: "sneaky@example.org" }, ORIGIN, NOW);
    expect(await testDb().delegationInvitation.count({ where: { delegationId: delegation.id } })).toBe(0);
    expect(await testDb().delegationInvitation.count({ where: { delegationId: otherDelegation.id } })).toBe(1);
  });

  it("stops a cancelled head from inviting", async () => {
    const { head } = await delegationWithHead();
    await testDb().participant.update({ where: { id: head.participant.id }, data: { status: "CANCELLED" } });
    expect(await inviteDelegationMember(head.ref, { email: "late@example.org" }, ORIGIN, NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("refuses an address that is already registered, saying whether they are a member already", async () => {
    const { forum, head, member } = await delegationWithHead();
    const outsider = await createDelegate(forum.id, { countryCode: "KZ" });
    expect(await inviteDelegationMember(head.ref, { email: member.participant.email.toUpperCase() }, ORIGIN, NOW)).toMatchObject({
      ok: false,
      error: "INVALID",
      fieldErrors: { email: expect.stringMatching(/already a member/) },
    });
    expect(await inviteDelegationMember(head.ref, { email: outsider.participant.email }, ORIGIN, NOW)).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.stringMatching(/already registered/) },
    });
    expect(await testDb().outboxMessage.count({ where: { template: "delegation-invitation", toEmail: { in: [member.participant.email, outsider.participant.email] } } })).toBe(0);
  });

  it("limits how many invitations a delegation sends in a day", async () => {
    const { head } = await delegationWithHead();
    for (let i = 0; i < INVITATIONS_PER_DAY; i++) {
      expect(await inviteDelegationMember(head.ref, { email: `member-${i}@example.org` }, ORIGIN, NOW)).toMatchObject({ ok: true });
    }
    expect(await inviteDelegationMember(head.ref, { email: "one-too-many@example.org" }, ORIGIN, NOW)).toMatchObject({ ok: false, error: "LIMIT" });
    // A day later the count starts again.
    expect(await inviteDelegationMember(head.ref, { email: "one-too-many@example.org" }, ORIGIN, new Date(NOW.getTime() + DAY + 60_000))).toMatchObject({ ok: true });
  });

  it("withdraws an invitation of the head's own delegation only", async () => {
    const { forum, delegation, head } = await delegationWithHead();
    const otherDelegation = await createDelegation(testDb(), { forumId: forum.id, countryCode: "UZ" });
    const otherHead = await createDelegate(forum.id, { countryCode: "UZ", delegationId: otherDelegation.id });
    await testDb().delegation.update({ where: { id: otherDelegation.id }, data: { headId: otherHead.participant.id } });
    await inviteDelegationMember(head.ref, { email: "maybe@example.org" }, ORIGIN, NOW);
    const token = await linkToken("maybe@example.org");
    const invitation = await testDb().delegationInvitation.findFirstOrThrow({ where: { delegationId: delegation.id } });

    expect(await revokeDelegationInvitation(otherHead.ref, invitation.id)).toMatchObject({ ok: false, error: "CLOSED" });
    expect(await testDb().delegationInvitation.count({ where: { id: invitation.id } })).toBe(1);
    expect(await revokeDelegationInvitation(head.ref, invitation.id)).toEqual({ ok: true, value: { email: "maybe@example.org" } });
    expect(await invitationPrefill(token, forum.id, NOW)).toBeNull();
  });
});
