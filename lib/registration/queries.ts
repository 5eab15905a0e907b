import "server-only";
import { db } from "@/lib/db/client";
import { hashLinkToken } from "@/lib/participants/codes";
import { confirmTokenSchema } from "./schemas";

export type DelegationOption = { id: string; name: string; countryCode: string };

/** Every delegation of the forum: the form offers those of the chosen country. */
export async function registrationDelegations(forumId: string): Promise<DelegationOption[]> {
  return db.delegation.findMany({
    where: { forumId },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countryCode: true },
  });
}

export type InvitationPrefill = { email: string; countryCode: string; delegationId: string; delegationName: string };

/**
 * What an invitation link fills in on the registration form, when it is still usable: not
 * accepted, not expired, for a delegation of this forum. Anything else reads as no invitation.
 */
export async function invitationPrefill(token: string, forumId: string, now = new Date()): Promise<InvitationPrefill | null> {
  if (!confirmTokenSchema.safeParse(token).success) return null;
  const invitation = await db.delegationInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      email: true,
      acceptedAt: true,
      expiresAt: true,
      delegation: { select: { id: true, name: true, countryCode: true, forumId: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now || invitation.delegation.forumId !== forumId) return null;
  return {
    email: invitation.email,
    countryCode: invitation.delegation.countryCode,
    delegationId: invitation.delegation.id,
    delegationName: invitation.delegation.name,
  };
}

/** The signed-in user's own registration for the forum, or null. */
export async function ownParticipantId(forumId: string, userId: string): Promise<string | null> {
  const participant = await db.participant.findUnique({ where: { forumId_userId: { forumId, userId } }, select: { id: true } });
  return participant?.id ?? null;
}

/**
 * The registration an organizer made for this address that the user's account asked to claim
 * (lib/registration/register.ts), while it is still unlinked: /me asks them to confirm the address.
 */
export async function pendingClaim(forumId: string, userId: string): Promise<{ participantId: string; email: string } | null> {
  const claim = await db.emailConfirmation.findFirst({
    where: { claimantUserId: userId, participant: { forumId, userId: null } },
    orderBy: { createdAt: "desc" },
    select: { participantId: true, participant: { select: { email: true } } },
  });
  return claim ? { participantId: claim.participantId, email: claim.participant.email } : null;
}
