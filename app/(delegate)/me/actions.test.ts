import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createDelegate } from "@/lib/delegates/testing";
import { createDelegation, createForum } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The delegate area's server actions are public endpoints: these tests call them directly, as a
// crafted request would, with the signed-in user swapped in.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "forum.example.org" }) }));

const { cancelMyRegistrationAction, resendConfirmationAction, updateMyDetailsAction } = await import("./actions");
const { renewCalendarLinkAction } = await import("./agenda/actions");
const { inviteMemberAction, revokeInvitationAction } = await import("./delegation/actions");

// Links in e-mails use the request's host here (no NEXTAUTH_URL), and the forum is the test's own.
const saved = { FORUM_SLUG: process.env.FORUM_SLUG, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
delete process.env.NEXTAUTH_URL;
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

type Delegate = Awaited<ReturnType<typeof createDelegate>>;
const signIn = (d: Delegate | null, role: CurrentUser["role"] = "DELEGATE") => {
  caller.user = d ? { id: d.user.id, email: d.user.email, name: d.user.name, role, chairOf: [] } : null;
};

const details = (d: Delegate, changes: Record<string, unknown> = {}) => ({
  fullName: d.participant.fullName,
  latinName: "",
  category: d.participant.category,
  organizationName: d.participant.organizationName,
  jobTitle: d.participant.jobTitle,
  countryCode: d.participant.countryCode,
  delegationId: d.participant.delegationId ?? "",
  preferredLocale: d.participant.preferredLocale,
  consentPublicList: d.participant.consentPublicList,
  ...changes,
});

describe("the delegate area's actions called directly", () => {
  let head: Delegate;
  let member: Delegate;
  let delegationId: string;

  beforeEach(async () => {
    const forum = await createForum(testDb());
    process.env.FORUM_SLUG = forum.slug;
    delegationId = (await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" })).id;
    head = await createDelegate(forum.id, { countryCode: "KZ", delegationId });
    member = await createDelegate(forum.id, { countryCode: "KZ", delegationId, emailConfirmedAt: null, jobTitle: "Analyst" });
    await testDb().delegation.update({ where: { id: delegationId }, data: { headId: head.participant.id } });
    signIn(member);
  });

  it("saves the caller's own details and refuses a status smuggled into the form", async () => {
    expect(await updateMyDetailsAction(details(member, { jobTitle: "Chief Data Officer" }))).toMatchObject({ ok: true, value: { changed: ["jobTitle"] } });
    expect(await updateMyDetailsAction(details(member, { status: "APPROVED", jobTitle: "Smuggler" }))).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await updateMyDetailsAction(details(member, { fullName: "   " }))).toMatchObject({ ok: false, fieldErrors: { fullName: "Enter your full name" } });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: member.participant.id } })).toMatchObject({ jobTitle: "Chief Data Officer", status: "APPROVED" });
  });

  it("gives a non-head nothing: no invitation is created, none of the head's can be withdrawn", async () => {
    signIn(head);
    expect(await inviteMemberAction({ email: "colleague@example.org" })).toMatchObject({ ok: true });
    const invitation = await testDb().delegationInvitation.findFirstOrThrow({ where: { delegationId } });

    signIn(member);
    expect(await inviteMemberAction({ email: "friend@example.org" })).toMatchObject({ ok: false, formError: expect.stringMatching(/head of a delegation/) });
    expect(await revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: false });
    // A delegation named in the body is not a field of the form.
    expect(await inviteMemberAction({ email: "friend@example.org", delegationId })).toMatchObject({ ok: false });
    expect(await testDb().delegationInvitation.findMany({ where: { delegationId }, select: { email: true } })).toEqual([{ email: "colleague@example.org" }]);
    const message = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: "colleague@example.org" } });
    expect(message.text).toMatch(/http:\/\/forum\.example\.org\/register\?invite=[A-Za-z0-9_-]{43}/);
  });

  it("asks for an explicit yes before cancelling", async () => {
    expect(await cancelMyRegistrationAction({})).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(String) } });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: member.participant.id } })).status).toBe("APPROVED");
    expect(await cancelMyRegistrationAction({ confirm: true })).toMatchObject({ ok: true, value: { previousStatus: "APPROVED" } });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: member.participant.id } })).status).toBe("CANCELLED");
  });

  it("renews the caller's calendar link without sending the new secret back", async () => {
    const result = await renewCalendarLinkAction({});
    expect(result).toEqual({ ok: true, value: null });
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: member.participant.id } })).calendarKey).not.toBe(member.participant.calendarKey);
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: head.participant.id } })).calendarKey).toBe(head.participant.calendarKey);
    expect(await renewCalendarLinkAction({ participantId: head.participant.id })).toMatchObject({ ok: false });
  });

  it("resends the confirmation link to the caller only", async () => {
    expect(await resendConfirmationAction({})).toMatchObject({ ok: true, value: { email: member.participant.email } });
    expect(await testDb().outboxMessage.count({ where: { toEmail: member.participant.email } })).toBe(1);
    expect(await testDb().outboxMessage.count({ where: { toEmail: head.participant.email } })).toBe(0);
  });

  it("lets in no one but a signed-in delegate", async () => {
    signIn(null);
    await expect(updateMyDetailsAction(details(member))).rejects.toThrow();
    signIn(head, "STAFF");
    await expect(inviteMemberAction({ email: "x@example.org" })).rejects.toThrow();
    await expect(cancelMyRegistrationAction({ confirm: true })).rejects.toThrow();
  });
});
