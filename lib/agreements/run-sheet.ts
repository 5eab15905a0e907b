import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { minorToDecimal } from "@/lib/money/money";
import { type AgreementActor, lockRunSheet } from "./agreements";

// The run sheet of a signing ceremony: its agreements in slot order, reordered by organizers and
// marked signed one by one during the ceremony.

/** The signing ceremonies of a forum, for the run-sheet picker and the agreement form. */
export async function listSigningSessions(forumId: string) {
  return db.programSession.findMany({
    where: { forumId, type: "SIGNING", deletedAt: null },
    orderBy: { startsAt: "asc" },
    select: { id: true, titleEn: true, startsAt: true, endsAt: true, room: { select: { nameEn: true } }, _count: { select: { agreements: true } } },
  });
}

/** A signing ceremony with its agreements in slot order (agreements without a slot last), or null. */
export async function getRunSheet(forumId: string, sessionId: string) {
  const session = await db.programSession.findFirst({
    where: { id: sessionId, forumId, type: "SIGNING" },
    select: { id: true, titleEn: true, startsAt: true, endsAt: true, room: { select: { nameEn: true } } },
  });
  if (!session) return null;
  const agreements = await db.agreement.findMany({
    where: { signingSessionId: sessionId },
    orderBy: [{ slot: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      slot: true,
      tableSlot: true,
      status: true,
      visibility: true,
      signedAt: true,
      valueMinor: true,
      currency: true,
      isSample: true,
      sector: { select: { nameEn: true, color: true } },
      parties: {
        orderBy: { position: "asc" },
        select: { role: true, signatoryName: true, signatoryTitle: true, organization: { select: { nameEn: true, nameZh: true } } },
      },
    },
  });
  return { session, agreements };
}

export type ReorderResult = { ok: true } | { ok: false; error: "NOT_FOUND" | "MISMATCH" };

/**
 * Gives the session's agreements slots 1…n in the order given. The ids must be exactly the
 * session's agreements, each once: a run sheet that changed since the page was loaded (an
 * agreement added or moved elsewhere) is refused rather than half applied.
 */
export async function reorderRunSheet(actor: AgreementActor, forumId: string, sessionId: string, orderedIds: readonly string[]): Promise<ReorderResult> {
  return db.$transaction(async (tx) => {
    const session = await tx.programSession.findFirst({ where: { id: sessionId, forumId, type: "SIGNING" }, select: { id: true } });
    if (!session) return { ok: false, error: "NOT_FOUND" } as const;
    // One change to the run sheet at a time: the list checked below is the one rewritten.
    await lockRunSheet(tx, sessionId);
    const current = await tx.agreement.findMany({ where: { signingSessionId: sessionId }, select: { id: true, slot: true } });
    const wanted = new Set(orderedIds);
    if (wanted.size !== orderedIds.length || wanted.size !== current.length || current.some((a) => !wanted.has(a.id))) {
      return { ok: false, error: "MISMATCH" } as const;
    }
    const slotOf = new Map(current.map((a) => [a.id, a.slot]));
    const moved: { id: string; from: number | null; to: number }[] = [];
    for (const [index, id] of orderedIds.entries()) {
      const to = index + 1;
      if (slotOf.get(id) === to) continue;
      await tx.agreement.update({ where: { id }, data: { slot: to } });
      moved.push({ id, from: slotOf.get(id) ?? null, to });
    }
    if (moved.length) {
      await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement.run-sheet-reordered", entity: { type: "ProgramSession", id: sessionId }, data: { moved } });
    }
    return { ok: true } as const;
  });
}

export type MarkSignedResult =
  | { ok: true; signedAt: Date; forumId: string }
  | { ok: false; error: "NOT_FOUND" }
  | { ok: false; error: "ALREADY_SIGNED"; signedAt: Date | null }
  | { ok: false; error: "CANCELLED" };

/**
 * Marks a planned agreement signed at `at`, by one conditional update (PLANNED → SIGNED), with
 * its audit entry in the same transaction: two clicks at the same moment sign it once, and the
 * second learns when it was signed.
 */
export async function markSigned(actor: AgreementActor, forumId: string, agreementId: string, at: Date): Promise<MarkSignedResult> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreement.updateMany({ where: { id: agreementId, forumId, status: "PLANNED" }, data: { status: "SIGNED", signedAt: at } });
    if (claimed.count === 0) {
      const current = await tx.agreement.findFirst({ where: { id: agreementId, forumId }, select: { status: true, signedAt: true } });
      if (!current) return { ok: false, error: "NOT_FOUND" } as const;
      if (current.status === "CANCELLED") return { ok: false, error: "CANCELLED" } as const;
      return { ok: false, error: "ALREADY_SIGNED", signedAt: current.signedAt } as const;
    }
    const a = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: { valueMinor: true, currency: true, signingSessionId: true, slot: true } });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement.signed", entity: { type: "Agreement", id: agreementId }, data: { signedAt: at.toISOString(), value: minorToDecimal(a.valueMinor, a.currency), currency: a.currency, signingSessionId: a.signingSessionId, slot: a.slot }, after: { status: "SIGNED", signedAt: at } });
    return { ok: true, signedAt: at, forumId } as const;
  });
}
