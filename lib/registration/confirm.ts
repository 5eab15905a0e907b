import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { hashLinkToken, newLinkToken } from "@/lib/participants/codes";
import { confirmationEmail, confirmationLink } from "./emails";
import { linkOrigin } from "./origin";
import { CONFIRMATION_TTL_MS } from "./register";
import { confirmTokenSchema } from "./schemas";

export type ConfirmOutcome = "confirmed" | "already-confirmed" | "expired" | "unknown";

// A claim (lib/registration/register.ts) links the account to the registration here, in the same
// transaction that spends the token, and only while the registration has no account.

/**
 * Confirms a registrant's e-mail address from the link's token. One conditional update spends the
 * token (unused and unexpired only), so a second click, or two at once, changes nothing and reads
 * as "already confirmed".
 */
export async function confirmEmail(token: string, now = new Date()): Promise<ConfirmOutcome> {
  if (!confirmTokenSchema.safeParse(token).success) return "unknown";
  const tokenHash = hashLinkToken(token);
  return db.$transaction(async (tx) => {
    const spent = await tx.emailConfirmation.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await tx.emailConfirmation.findUnique({
      where: { tokenHash },
      select: { participantId: true, claimantUserId: true, participant: { select: { forumId: true, userId: true, emailConfirmedAt: true } } },
    });
    if (!row) return "unknown";
    if (spent.count === 1 && row.claimantUserId) {
      const linked = await tx.participant.updateMany({
        where: { id: row.participantId, userId: null },
        data: { userId: row.claimantUserId, emailConfirmedAt: row.participant.emailConfirmedAt ?? now },
      });
      if (linked.count !== 1) return "unknown";
      await recordAudit(tx, { forumId: row.participant.forumId, actorId: row.claimantUserId, action: "participant.claimed", entity: { type: "Participant", id: row.participantId } });
      return "confirmed";
    }
    if (spent.count === 1) {
      const confirmed = await tx.participant.updateMany({
        where: { id: row.participantId, emailConfirmedAt: null },
        data: { emailConfirmedAt: now },
      });
      if (confirmed.count === 1) {
        await recordAudit(tx, { forumId: row.participant.forumId, actorId: row.participant.userId, action: "participant.email-confirmed", entity: { type: "Participant", id: row.participantId } });
        return "confirmed";
      }
      return "already-confirmed";
    }
    return row.participant.emailConfirmedAt ? "already-confirmed" : "expired";
  });
}

/** The shortest time between two confirmation e-mails to one participant. */
export const RESEND_INTERVAL_MS = 60_000;

export type ResendResult =
  | { ok: true; email: string; outboxMessageId: string }
  | { ok: false; reason: "NOT_FOUND" | "ALREADY_CONFIRMED" | "CANCELLED" | "TOO_SOON" };

/**
 * Sends a fresh confirmation link to a participant whose e-mail is not confirmed yet. The caller
 * derives `participantId` from the signed-in user, never from the request. Earlier links keep
 * working until they expire. At most one e-mail a minute: the participant's row is locked first,
 * so two clicks at once cannot both pass the check.
 */
export async function resendConfirmation(
  participantId: string,
  opts: {
    origin?: string;
    actorId?: string | null;
    now?: Date;
    /** Resend a claim's link (lib/registration/register.ts): valid while the registration has no account. */
    claimantUserId?: string;
  } = {},
): Promise<ResendResult> {
  const now = opts.now ?? new Date();
  const origin = opts.origin ?? linkOrigin({ host: null });
  const token = newLinkToken();
  return db.$transaction(async (tx): Promise<ResendResult> => {
    const claimantUserId = opts.claimantUserId ?? null;
    const locked = await tx.participant.updateMany({
      where: claimantUserId ? { id: participantId, userId: null, status: { not: "CANCELLED" } } : { id: participantId, emailConfirmedAt: null, status: { not: "CANCELLED" } },
      data: { updatedAt: now },
    });
    const participant = await tx.participant.findUnique({
      where: { id: participantId },
      select: { forumId: true, userId: true, email: true, fullName: true, preferredLocale: true, emailConfirmedAt: true, forum: { select: { nameEn: true } } },
    });
    if (!participant) return { ok: false, reason: "NOT_FOUND" };
    if (locked.count === 0) {
      if (claimantUserId && participant.userId) return { ok: false, reason: "NOT_FOUND" };
      return { ok: false, reason: participant.emailConfirmedAt && !claimantUserId ? "ALREADY_CONFIRMED" : "CANCELLED" };
    }
    const last = await tx.emailConfirmation.findFirst({
      where: { participantId },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (last && now.getTime() - last.createdAt.getTime() < RESEND_INTERVAL_MS) return { ok: false, reason: "TOO_SOON" };
    await tx.emailConfirmation.create({
      data: { participantId, claimantUserId, tokenHash: hashLinkToken(token), createdAt: now, expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS) },
    });
    const message = await enqueueEmail(
      tx,
      confirmationEmail({
        to: participant.email,
        name: participant.fullName,
        forumName: participant.forum.nameEn,
        link: confirmationLink(origin, token),
        locale: participant.preferredLocale,
      }),
    );
    await recordAudit(tx, { forumId: participant.forumId, actorId: opts.actorId === undefined ? (participant.userId ?? claimantUserId) : opts.actorId, action: "participant.confirmation-resent", entity: { type: "Participant", id: participantId }, data: { email: participant.email } });
    return { ok: true, email: participant.email, outboxMessageId: message.id };
  });
}
