import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { hashLinkToken, newBadgeCode, newCalendarKey, newLinkToken } from "@/lib/participants/codes";
import { participantSearchText } from "@/lib/participants/search-text";
import { confirmationEmail, confirmationLink } from "./emails";
import type { Registration } from "./schemas";

/** How long a confirmation link works. */
export const CONFIRMATION_TTL_MS = 48 * 60 * 60 * 1000;

export type RegistrationRefusal =
  /** The e-mail belongs to an account or a registration already (field: email). */
  | { code: "EMAIL_TAKEN" }
  /** The delegation is not one of the chosen country's in this forum (field: delegationId). */
  | { code: "DELEGATION_INVALID" }
  /** The invitation is unknown, expired, used or for another forum (field: inviteToken). */
  | { code: "INVITATION_UNUSABLE" }
  /** The invitation was sent to another address (field: email). */
  | { code: "INVITATION_EMAIL"; email: string }
  /** The invitation is for another delegation than the one chosen (field: delegationId). */
  | { code: "INVITATION_DELEGATION"; delegation: string };

export type RegisterResult =
  | {
      ok: true;
      userId: string;
      participantId: string;
      outboxMessageId: string;
      invitationId: string | null;
      /** The address was registered by an organizer: confirming it links the new account to that registration. */
      claim: boolean;
    }
  | { ok: false; refusal: RegistrationRefusal };

class Refused extends Error {
  constructor(readonly refusal: RegistrationRefusal) {
    super(refusal.code);
  }
}

type Context = {
  forumId: string;
  /** The origin links in the e-mail point to (lib/registration/origin.ts). */
  origin: string;
  now?: Date;
};

/**
 * Registers a delegate for a forum: their account (role DELEGATE), their registration (PENDING) —
 * or, when an organizer registered the address already, a claim on that registration —
 * a confirmation link valid for 48 hours, its e-mail in the outbox, an audit entry and, through an
 * invitation, the invitation's acceptance — all in one transaction, so a refused or failed step
 * leaves nothing behind. A duplicate e-mail is caught from the unique indexes (User.email,
 * Participant forumId+email), never counted first, so two simultaneous registrations of one
 * address cannot both succeed.
 */
export async function register(input: Registration, ctx: Context): Promise<RegisterResult> {
  const now = ctx.now ?? new Date();
  // argon2 is slow on purpose: hash before the transaction opens, so it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);
  const token = newLinkToken();
  try {
    const value = await db.$transaction(async (tx) => {
      const forum = await tx.forum.findUnique({ where: { id: ctx.forumId }, select: { nameEn: true } });
      if (!forum) throw new Error(`Forum ${ctx.forumId} does not exist`);
      const invitation = input.inviteToken ? await usableInvitation(tx, input.inviteToken, ctx.forumId, now) : null;
      if (input.inviteToken && !invitation) throw new Refused({ code: "INVITATION_UNUSABLE" });
      if (invitation && invitation.email.toLowerCase() !== input.email) throw new Refused({ code: "INVITATION_EMAIL", email: invitation.email });
      if (invitation && input.delegationId !== invitation.delegationId) {
        throw new Refused({ code: "INVITATION_DELEGATION", delegation: invitation.delegation.name });
      }
      if (input.delegationId) {
        const delegation = await tx.delegation.findFirst({
          where: { id: input.delegationId, forumId: ctx.forumId, countryCode: input.countryCode },
          select: { id: true },
        });
        if (!delegation) throw new Refused({ code: "DELEGATION_INVALID" });
      }

      const user = await tx.user.create({
        data: { email: input.email, name: input.fullName, passwordHash, role: "DELEGATE" },
        select: { id: true },
      });
      // An organizer may have registered this address already (a CSV import): the new account
      // claims that registration once it confirms the address, and until then it has none. The
      // unique User.email above lets only one account ever ask for it.
      const imported = await tx.participant.findUnique({
        where: { forumId_email: { forumId: ctx.forumId, email: input.email } },
        select: { id: true, userId: true },
      });
      if (imported?.userId) throw new Refused({ code: "EMAIL_TAKEN" });
      const details = {
        fullName: input.fullName,
        latinName: input.latinName,
        email: input.email,
        organizationName: input.organizationName,
      };
      const participant = imported
        ? imported
        : await tx.participant.create({
            data: {
              ...details,
              forumId: ctx.forumId,
              userId: user.id,
              category: input.category,
              status: "PENDING",
              jobTitle: input.jobTitle,
              countryCode: input.countryCode,
              delegationId: input.delegationId,
              preferredLocale: input.preferredLocale,
              badgeCode: newBadgeCode(),
              calendarKey: newCalendarKey(),
              consentDataAt: now,
              consentPublicList: input.consentPublicList,
              searchText: participantSearchText(details),
            },
            select: { id: true },
          });
      if (invitation) {
        // Conditional: of two registrations through one link, only the first accepts it.
        const accepted = await tx.delegationInvitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now, acceptedById: participant.id },
        });
        if (accepted.count !== 1) throw new Refused({ code: "INVITATION_UNUSABLE" });
      }
      await tx.emailConfirmation.create({
        data: {
          participantId: participant.id,
          claimantUserId: imported ? user.id : null,
          tokenHash: hashLinkToken(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS),
        },
      });
      const message = await enqueueEmail(
        tx,
        confirmationEmail({
          to: input.email,
          name: input.fullName,
          forumName: forum.nameEn,
          link: confirmationLink(ctx.origin, token),
          locale: input.preferredLocale,
        }),
      );
      await recordAudit(tx, { forumId: ctx.forumId, actorId: user.id, action: imported ? "participant.claim-requested" : "participant.registered", entity: { type: "Participant", id: participant.id }, data: {
            email: input.email,
            category: input.category,
            countryCode: input.countryCode,
            delegationId: input.delegationId,
            invitationId: invitation?.id ?? null,
            consentPublicList: input.consentPublicList,
          } });
      return { userId: user.id, participantId: participant.id, outboxMessageId: message.id, invitationId: invitation?.id ?? null, claim: imported !== null };
    });
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    if (isUniqueViolation(error)) return { ok: false, refusal: { code: "EMAIL_TAKEN" } };
    throw error;
  }
}

async function usableInvitation(tx: Tx, token: string, forumId: string, now: Date) {
  const invitation = await tx.delegationInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, email: true, delegationId: true, acceptedAt: true, expiresAt: true, delegation: { select: { name: true, forumId: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now || invitation.delegation.forumId !== forumId) return null;
  return invitation;
}
