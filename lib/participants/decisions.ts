import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { releaseAllSeats } from "@/lib/seats/seats";
import { approvedEmail, rejectedEmail } from "./decision-emails";
import type { Decision } from "./schemas";

// Organizers approve or reject registrations, one or many at once. Each participant changes in
// its own transaction together with its audit entry and its e-mail, through a conditional update
// on the status it was read with: two organizers deciding on the same person at the same moment
// produce one change and one e-mail, never two.

/** Which statuses a decision may start from. Cancelled registrations are the delegate's: never touched. */
const FROM: Record<Decision, readonly ParticipantStatus[]> = {
  approve: ["PENDING", "REJECTED"],
  reject: ["PENDING", "APPROVED"],
};
const TO: Record<Decision, ParticipantStatus> = { approve: "APPROVED", reject: "REJECTED" };

export type DecisionSkip = "NOT_FOUND" | "ALREADY" | "CANCELLED" | "UNCONFIRMED";

export type DecisionOutcome = {
  /** Ids whose status changed (each with its audit entry and e-mail). */
  changed: string[];
  /** Ids left as they were, and why. */
  skipped: { id: string; reason: DecisionSkip }[];
};

type Context = {
  /** The origin links in the e-mails point to. */
  origin: string;
  now?: Date;
};

type Forum = { id: string; nameEn: string; nameZh: string | null; nameRu: string | null; nameFr: string | null };

async function decideOne(tx: Tx, actorId: string, forum: Forum, id: string, decision: Decision, reason: string, ctx: Context): Promise<DecisionSkip | null> {
  const to = TO[decision];
  // Read, then update only if the status is still what was read; a concurrent change makes the
  // update match nothing, and the loop looks again (someone may have rejected a pending person
  // while we approve them: approving a rejected one is allowed, so we try once more).
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await tx.participant.findFirst({ where: { id, forumId: forum.id }, select: { status: true, userId: true, emailConfirmedAt: true } });
    if (!current) return "NOT_FOUND";
    if (current.status === "CANCELLED") return "CANCELLED";
    if (!FROM[decision].includes(current.status)) return "ALREADY";
    // Someone who registered themselves is approved only once they proved the address is theirs:
    // otherwise a badge could go to whoever typed another person's e-mail. (Imported ones have
    // no account; the importer vouches for them.)
    if (to === "APPROVED" && current.userId !== null && current.emailConfirmedAt === null) return "UNCONFIRMED";
    const claimed = await tx.participant.updateMany({
      where: { id, forumId: forum.id, status: current.status },
      data: { status: to, decidedAt: ctx.now ?? new Date(), rejectionReason: to === "REJECTED" ? reason || null : null },
    });
    if (claimed.count === 0) continue;

    const p = await tx.participant.findUniqueOrThrow({
      where: { id },
      select: { email: true, fullName: true, preferredLocale: true, headOf: { select: { id: true, name: true } } },
    });
    const data: Record<string, string | null> = { from: current.status, to, reason: reason || null };
    if (to === "REJECTED") {
      // A rejected participant keeps no seat (the waitlist moves up) and leads no delegation.
      await releaseAllSeats(tx, id, { actorId, origin: ctx.origin });
      if (p.headOf) {
        await tx.delegation.update({ where: { id: p.headOf.id }, data: { headId: null } });
        data.removedAsHeadOf = p.headOf.name;
      }
    }
    await recordAudit(tx, { forumId: forum.id, actorId, action: to === "APPROVED" ? "participant.approved" : "participant.rejected", entity: { type: "Participant", id }, data, before: { status: current.status }, after: { status: to } });
    const locale = p.preferredLocale.toLowerCase() as AppLocale;
    const recipient = { to: p.email, name: p.fullName, forumName: localized(forum, "name", locale), locale: p.preferredLocale, origin: ctx.origin };
    await enqueueEmail(tx, to === "APPROVED" ? approvedEmail(recipient) : rejectedEmail({ ...recipient, reason: reason || null }));
    return null;
  }
  // Three concurrent changes in a row: whoever made them decided; leave it.
  return "ALREADY";
}

/**
 * Approves or rejects the given participants of a forum. Pending and rejected participants can
 * be approved; pending and approved ones can be rejected (their seats are released); cancelled
 * ones are never changed. Ids of other forums count as not found.
 */
export async function decideParticipants(
  actor: { id: string },
  forumId: string,
  input: { ids: readonly string[]; decision: Decision; reason?: string },
  ctx: Context,
): Promise<DecisionOutcome> {
  const forum = await db.forum.findUnique({ where: { id: forumId }, select: { id: true, nameEn: true, nameZh: true, nameRu: true, nameFr: true } });
  const outcome: DecisionOutcome = { changed: [], skipped: [] };
  for (const id of new Set(input.ids)) {
    const skip = forum ? await db.$transaction((tx) => decideOne(tx, actor.id, forum, id, input.decision, input.reason?.trim() ?? "", ctx)) : "NOT_FOUND";
    if (skip) outcome.skipped.push({ id, reason: skip });
    else outcome.changed.push(id);
  }
  return outcome;
}
