// The delegate cancels their own registration. One transaction: the status, their seats (each
// freed seat goes to the first on its waitlist), the audit entry and the e-mail all happen, or none.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { releaseAllSeats } from "@/lib/seats/seats";
import { registrationCancelledEmail } from "./emails";
import type { DelegateRef } from "./queries";
import { NOT_REGISTERED, type DelegateWriteResult } from "./result";

const ALREADY = { ok: false, error: "CLOSED", message: "Your registration is already cancelled." } as const;

/**
 * Cancels the signed-in delegate's registration (pending, approved or rejected). There is no way
 * back from the delegate's side: only an organizer can restore a cancelled registration.
 */
export async function cancelMyRegistration(
  ref: DelegateRef,
  options: { origin?: string | null; now?: Date } = {},
): Promise<DelegateWriteResult<{ previousStatus: string; seatsReleased: number; promoted: number }>> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await tx.participant.findUnique({
      where: { forumId_userId: { forumId: ref.forumId, userId: ref.userId } },
      select: { id: true, status: true, email: true, fullName: true, forum: { select: { nameEn: true } } },
    });
    if (!current) return NOT_REGISTERED;
    if (current.status === "CANCELLED") return ALREADY;
    // Conditional on the status read above: a concurrent cancel (a double click) changes nothing twice.
    const claimed = await tx.participant.updateMany({
      where: { id: current.id, status: current.status },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (claimed.count === 0) return ALREADY;

    // After the status change, in the same transaction: every freed seat goes to the next in line.
    const released = await releaseAllSeats(tx, current.id, { actorId: ref.userId, origin: options.origin ?? null });
    // Nor does a cancelled registration lead a delegation any more (as a rejected one does not).
    const headship = await tx.delegation.updateMany({ where: { headId: current.id }, data: { headId: null } });
    await recordAudit(tx, { forumId: ref.forumId, actorId: ref.userId, action: "participant.cancelled", entity: { type: "Participant", id: current.id }, data: { from: current.status, to: "CANCELLED", byParticipant: true, seatsReleased: released.released, promoted: released.promoted.length, removedAsHead: headship.count > 0 }, before: { status: current.status }, after: { status: "CANCELLED" } });
    await enqueueEmail(tx, registrationCancelledEmail({ to: current.email, fullName: current.fullName, forumName: current.forum.nameEn }));
    return { ok: true, value: { previousStatus: current.status, seatsReleased: released.released, promoted: released.promoted.length } } as const;
  });
}
