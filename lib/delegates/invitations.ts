// A head of delegation invites people to register as members. Only the head may: the delegation is
// found from the signed-in user's own registration (Delegation.headId), never from the client.
// The link carries a one-time token; the database keeps its SHA-256 only.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import { formatDate } from "@/lib/time/format";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { hashLinkToken, newLinkToken } from "@/lib/participants/codes";
import { delegationInvitationEmail } from "./emails";
import type { DelegateRef } from "./queries";
import { invalid, NOT_REGISTERED, type DelegateWriteResult } from "./result";
import { INVITATION_DAYS, INVITATIONS_PER_DAY } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

const NOT_HEAD = { ok: false, error: "FORBIDDEN", message: "Only the head of a delegation can invite its members." } as const;

/** The registration page's link for an invitation token. */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/register?invite=${encodeURIComponent(token)}`;
}

/** The signed-in user's delegation, if they head one and their own registration still stands. */
async function headedDelegation(tx: Tx, ref: DelegateRef) {
  const head = await tx.participant.findUnique({
    where: { forumId_userId: { forumId: ref.forumId, userId: ref.userId } },
    select: {
      id: true,
      status: true,
      fullName: true,
      latinName: true,
      headOf: { select: { id: true, name: true } },
      forum: { select: { nameEn: true, timeZone: true } },
    },
  });
  if (!head) return NOT_REGISTERED;
  if (!head.headOf || head.status === "CANCELLED" || head.status === "REJECTED") return NOT_HEAD;
  return { ok: true, head, delegation: head.headOf } as const;
}

/**
 * Invites an e-mail address to the head's delegation, or invites it again: the (delegation, e-mail)
 * invitation gets a fresh token and 14 more days, so only the newest link works. The e-mail goes
 * through the outbox in the same transaction.
 */
export async function inviteDelegationMember(
  ref: DelegateRef,
  input: { email: string },
  origin: string,
  now: Date = new Date(),
): Promise<DelegateWriteResult<{ invitationId: string; renewed: boolean }>> {
  const email = input.email.trim().toLowerCase();
  // Two invitations of one address at once: the second to commit hits the unique key and runs again as a renewal.
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    const found = await headedDelegation(tx, ref);
    if (!found.ok) return found;
    const { head, delegation } = found;

    const registered = await tx.participant.findFirst({
      where: { forumId: ref.forumId, email: { equals: email, mode: "insensitive" } },
      select: { delegationId: true },
    });
    if (registered) {
      return invalid({
        email:
          registered.delegationId === delegation.id
            ? "This person is already a member of your delegation."
            : "This address is already registered for the forum: ask the organizers to add them to your delegation.",
      });
    }

    // An invitation sent (or sent again) in the last 24 hours expires more than 13 days from now.
    const sentToday = await tx.delegationInvitation.count({
      where: { delegationId: delegation.id, expiresAt: { gt: new Date(now.getTime() + (INVITATION_DAYS - 1) * DAY_MS) } },
    });
    if (sentToday >= INVITATIONS_PER_DAY) {
      return { ok: false, error: "LIMIT", message: `Your delegation has sent ${INVITATIONS_PER_DAY} invitations today: try again tomorrow.` } as const;
    }

    const token = newLinkToken();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
    const existing = await tx.delegationInvitation.findUnique({
      where: { delegationId_email: { delegationId: delegation.id, email } },
      select: { id: true },
    });
    const invitation = await tx.delegationInvitation.upsert({
      where: { delegationId_email: { delegationId: delegation.id, email } },
      create: { delegationId: delegation.id, email, tokenHash: hashLinkToken(token), invitedById: head.id, expiresAt },
      update: { tokenHash: hashLinkToken(token), invitedById: head.id, expiresAt, acceptedAt: null, acceptedById: null },
      select: { id: true },
    });

    await enqueueEmail(
      tx,
      delegationInvitationEmail({
        to: email,
        headName: head.latinName ? `${head.fullName} (${head.latinName})` : head.fullName,
        delegationName: delegation.name,
        forumName: head.forum.nameEn,
        link: invitationLink(origin, token),
        expiresOn: formatDate(expiresAt, head.forum.timeZone, "en", "long"),
      }),
    );
    await recordAudit(tx, { forumId: ref.forumId, actorId: ref.userId, action: existing ? "delegation.invitation-renewed" : "delegation.invitation-sent", entity: { type: "Delegation", id: delegation.id }, data: { email, invitationId: invitation.id, byParticipant: head.id, expiresAt: expiresAt.toISOString() } });
    return { ok: true, value: { invitationId: invitation.id, renewed: existing !== null } } as const;
  }));
}

/** Withdraws an unused invitation of the head's own delegation: its link stops working. */
export async function revokeDelegationInvitation(ref: DelegateRef, invitationId: string): Promise<DelegateWriteResult<{ email: string }>> {
  return db.$transaction(async (tx) => {
    const found = await headedDelegation(tx, ref);
    if (!found.ok) return found;
    // Scoped by the head's delegation: another delegation's invitation id finds nothing.
    const invitation = await tx.delegationInvitation.findFirst({
      where: { id: invitationId, delegationId: found.delegation.id, acceptedAt: null },
      select: { id: true, email: true },
    });
    if (!invitation) return { ok: false, error: "CLOSED", message: "This invitation was already used or withdrawn." } as const;
    await tx.delegationInvitation.delete({ where: { id: invitation.id } });
    await recordAudit(tx, { forumId: ref.forumId, actorId: ref.userId, action: "delegation.invitation-revoked", entity: { type: "Delegation", id: found.delegation.id }, data: { email: invitation.email, invitationId: invitation.id, byParticipant: found.head.id } });
    return { ok: true, value: { email: invitation.email } } as const;
  });
}
