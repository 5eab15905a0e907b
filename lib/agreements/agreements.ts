import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { isForeignKeyViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorToDecimal, parseMoney } from "@/lib/money/money";
import { fromLocal } from "@/lib/time/zone";
import type { AgreementValues } from "./schemas";

// Organizers create, edit and cancel agreements. Each write is one transaction with its audit
// entry; references (sector, organizations, signing session) are checked inside it and reported
// per field, so a stale form gets a message next to the field rather than an error page.

export type AgreementActor = { id: string };

export type AgreementWriteResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: "NOT_FOUND" }
  /** Someone else saved or signed it since the form was opened, or what it refers to was removed meanwhile. */
  | { ok: false; error: "CHANGED" }
  | { ok: false; error: "INVALID"; fieldErrors: Record<string, string> };

const notFound = { ok: false, error: "NOT_FOUND" } as const;
const changed = { ok: false, error: "CHANGED" } as const;

/** A sector, organization or ceremony deleted between the check and the write: a result, not a 500. */
async function refusingRemovedReferences<T>(run: () => Promise<AgreementWriteResult<T>>): Promise<AgreementWriteResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (isForeignKeyViolation(error)) return changed;
    throw error;
  }
}

/**
 * Locks a ceremony's row for the rest of the transaction: every change to its run sheet's slots
 * (placing, reordering) goes one at a time, so two never read the same free slot.
 */
export async function lockRunSheet(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ProgramSession" WHERE "id" = ${sessionId} FOR UPDATE`;
}

/** What the audit log keeps of an agreement: enough to see what changed. */
type Snapshot = {
  titleEn: string;
  sectorId: string;
  value: string;
  currency: string;
  status: string;
  visibility: string;
  signingSessionId: string | null;
  slot: number | null;
  tableSlot: string | null;
  signedAt: string | null;
  parties: string[];
};

/** `currentSessionId`: the ceremony the agreement already has, kept even while deleted in the working copy (it is public until the next publish). */
async function checkReferences(tx: Tx, forumId: string, v: AgreementValues, currentSessionId: string | null = null): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const orgIds = [...new Set(v.parties.map((p) => p.organizationId))];
  const [sector, session, orgs] = await Promise.all([
    tx.agreementSector.findFirst({ where: { id: v.sectorId, forumId }, select: { id: true } }),
    v.signingSessionId
      ? tx.programSession.findFirst({ where: { id: v.signingSessionId, forumId, ...(v.signingSessionId === currentSessionId ? {} : { deletedAt: null }) }, select: { type: true } })
      : null,
    tx.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true } }),
  ]);
  if (!sector) errors.sectorId = "Choose one of this forum's sectors";
  if (v.signingSessionId && !session) errors.signingSessionId = "Choose one of this forum's signing ceremonies";
  else if (session && session.type !== "SIGNING") errors.signingSessionId = "This session is not a signing ceremony";
  const known = new Set(orgs.map((o) => o.id));
  v.parties.forEach((p, i) => {
    if (!known.has(p.organizationId)) errors[`parties.${i}.organizationId`] = "Choose an organization from the list";
  });
  return errors;
}

function agreementData(v: AgreementValues, valueMinor: bigint, timeZone: string) {
  return {
    titleEn: v.titleEn,
    titleZh: v.titleZh ?? null,
    titleRu: v.titleRu ?? null,
    titleFr: v.titleFr ?? null,
    summaryEn: v.summaryEn,
    summaryZh: v.summaryZh ?? null,
    summaryRu: v.summaryRu ?? null,
    summaryFr: v.summaryFr ?? null,
    sectorId: v.sectorId,
    valueMinor,
    currency: v.currency,
    status: v.status,
    visibility: v.visibility,
    signingSessionId: v.signingSessionId,
    tableSlot: v.signingSessionId ? (v.tableSlot ?? null) : null,
    signedAt: v.status === "SIGNED" && v.signedAt ? fromLocal(v.signedAt, timeZone) : null,
  } satisfies Prisma.AgreementUncheckedUpdateInput;
}

function snapshot(data: ReturnType<typeof agreementData>, slot: number | null, parties: AgreementValues["parties"]): Snapshot {
  return {
    titleEn: data.titleEn,
    sectorId: data.sectorId,
    value: minorToDecimal(data.valueMinor, data.currency),
    currency: data.currency,
    status: data.status,
    visibility: data.visibility,
    signingSessionId: data.signingSessionId,
    slot,
    tableSlot: data.tableSlot,
    signedAt: data.signedAt?.toISOString() ?? null,
    parties: parties.map((p) => `${p.organizationId}|${p.role}|${p.signatoryName}|${p.signatoryTitle}`),
  };
}

/** The fields that differ, before and after. */
function diff(before: Snapshot, after: Snapshot) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Snapshot)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/**
 * The slot an agreement takes on its ceremony's run sheet: the one asked for (agreements at or
 * after it move down one), or the end of the list.
 */
async function placeOnRunSheet(tx: Tx, sessionId: string, wanted: number | null, exceptId?: string): Promise<number> {
  await lockRunSheet(tx, sessionId);
  const others = { signingSessionId: sessionId, ...(exceptId ? { id: { not: exceptId } } : {}) };
  if (wanted === null) {
    const last = await tx.agreement.aggregate({ where: others, _max: { slot: true } });
    return (last._max.slot ?? 0) + 1;
  }
  const taken = await tx.agreement.count({ where: { ...others, slot: wanted } });
  if (taken > 0) await tx.agreement.updateMany({ where: { ...others, slot: { gte: wanted } }, data: { slot: { increment: 1 } } });
  return wanted;
}

async function writeParties(tx: Tx, agreementId: string, parties: AgreementValues["parties"]) {
  await tx.agreementParty.deleteMany({ where: { agreementId } });
  await tx.agreementParty.createMany({
    data: parties.map((p, i) => ({
      agreementId,
      organizationId: p.organizationId,
      role: p.role,
      signatoryName: p.signatoryName,
      signatoryTitle: p.signatoryTitle,
      position: i + 1,
    })),
  });
}

function money(v: AgreementValues): bigint | Record<string, string> {
  const parsed = parseMoney(v.value, v.currency);
  return parsed.ok ? parsed.minor : { value: parsed.message };
}

async function forumZone(tx: Tx, forumId: string): Promise<string | null> {
  return (await tx.forum.findUnique({ where: { id: forumId }, select: { timeZone: true } }))?.timeZone ?? null;
}

export async function createAgreement(actor: AgreementActor, forumId: string, v: AgreementValues): Promise<AgreementWriteResult<{ id: string }>> {
  const minor = money(v);
  if (typeof minor !== "bigint") return { ok: false, error: "INVALID", fieldErrors: minor };
  return refusingRemovedReferences(() => db.$transaction(async (tx): Promise<AgreementWriteResult<{ id: string }>> => {
    const timeZone = await forumZone(tx, forumId);
    if (!timeZone) return notFound;
    const errors = await checkReferences(tx, forumId, v);
    if (Object.keys(errors).length) return { ok: false, error: "INVALID", fieldErrors: errors } as const;
    const data = agreementData(v, minor, timeZone);
    const slot = v.signingSessionId ? await placeOnRunSheet(tx, v.signingSessionId, v.slot) : null;
    const created = await tx.agreement.create({ data: { ...data, slot, forumId }, select: { id: true } });
    await writeParties(tx, created.id, v.parties);
    await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement.created", entity: { type: "Agreement", id: created.id }, data: snapshot(data, slot, v.parties), after: snapshot(data, slot, v.parties) });
    return { ok: true, value: { id: created.id } } as const;
  }));
}

/**
 * Saves the edit form. `version` is the agreement's updatedAt when the form was opened: the save
 * claims the row only if nobody saved or signed it since (one conditional update, which also locks
 * it against a "Mark signed" on the run sheet), so a stale form never turns a signed agreement
 * back to planned.
 */
export async function updateAgreement(actor: AgreementActor, forumId: string, id: string, v: AgreementValues, version: Date): Promise<AgreementWriteResult<{ id: string }>> {
  const minor = money(v);
  if (typeof minor !== "bigint") return { ok: false, error: "INVALID", fieldErrors: minor };
  return refusingRemovedReferences(() => db.$transaction(async (tx): Promise<AgreementWriteResult<{ id: string }>> => {
    const claimed = await tx.agreement.updateMany({ where: { id, forumId, updatedAt: version }, data: { updatedAt: new Date() } });
    if (claimed.count === 0) return (await tx.agreement.count({ where: { id, forumId } })) ? changed : notFound;
    const current = await tx.agreement.findFirst({
      where: { id, forumId },
      select: {
        titleEn: true, titleZh: true, titleRu: true, titleFr: true,
        summaryEn: true, summaryZh: true, summaryRu: true, summaryFr: true,
        sectorId: true, valueMinor: true, currency: true, status: true, visibility: true,
        signingSessionId: true, slot: true, tableSlot: true, signedAt: true,
        parties: { orderBy: { position: "asc" }, select: { organizationId: true, role: true, signatoryName: true, signatoryTitle: true } },
      },
    });
    if (!current) return notFound;
    const timeZone = await forumZone(tx, forumId);
    if (!timeZone) return notFound;
    const errors = await checkReferences(tx, forumId, v, current.signingSessionId);
    if (Object.keys(errors).length) return { ok: false, error: "INVALID", fieldErrors: errors } as const;
    const data = agreementData(v, minor, timeZone);
    // The form shows the signing time to the minute: an unchanged minute keeps the recorded time.
    if (current.signedAt && data.signedAt && Math.floor(current.signedAt.getTime() / 60_000) === Math.floor(data.signedAt.getTime() / 60_000)) {
      data.signedAt = current.signedAt;
    }
    // Keep the slot unless the ceremony or the slot asked for changes.
    let slot: number | null = null;
    if (v.signingSessionId) {
      const sameSession = v.signingSessionId === current.signingSessionId;
      slot = sameSession && (v.slot === null || v.slot === current.slot) ? current.slot : await placeOnRunSheet(tx, v.signingSessionId, v.slot, id);
    }
    await tx.agreement.update({ where: { id }, data: { ...data, slot } });
    await writeParties(tx, id, v.parties);
    const before = snapshot({ ...current, signingSessionId: current.signingSessionId }, current.slot, current.parties);
    const after = snapshot(data, slot, v.parties);
    const changes = diff(before, after);
    if (Object.keys(changes).length) {
      await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement.updated", entity: { type: "Agreement", id }, data: changes as Prisma.InputJsonValue, before, after });
    }
    return { ok: true, value: { id } } as const;
  }));
}

/**
 * Cancels a planned or signed agreement (its signing time goes, the audit entry keeps it).
 * Cancelling twice changes nothing the second time.
 */
export async function cancelAgreement(actor: AgreementActor, forumId: string, id: string): Promise<AgreementWriteResult<{ id: string; changed: boolean }>> {
  return db.$transaction(async (tx) => {
    // Update only from the status just read, so the audit entry says what was really cancelled
    // even when the agreement is being marked signed at the same moment.
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await tx.agreement.findFirst({ where: { id, forumId }, select: { status: true, signedAt: true } });
      if (!current) return notFound;
      if (current.status === "CANCELLED") return { ok: true, value: { id, changed: false } } as const;
      const claimed = await tx.agreement.updateMany({ where: { id, forumId, status: current.status }, data: { status: "CANCELLED", signedAt: null } });
      if (claimed.count === 0) continue;
      await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement.cancelled", entity: { type: "Agreement", id }, data: { from: current.status, signedAt: current.signedAt?.toISOString() ?? null }, before: { status: current.status, signedAt: current.signedAt }, after: { status: "CANCELLED", signedAt: null } });
      return { ok: true, value: { id, changed: true } } as const;
    }
    return { ok: true, value: { id, changed: false } } as const;
  });
}
