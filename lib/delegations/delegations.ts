import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { CreateDelegationInput } from "./schemas";

// Organizers create delegations (a country and a name) and name their heads. A head is a member
// of the delegation, approved or pending; a participant heads at most one delegation
// (Delegation.headId is unique). Every change is audited, on the participants concerned too, so
// their history shows it.

export type DelegationError =
  | "NOT_FOUND"
  /** The participant is not a member of this delegation (or not of this forum). */
  | "NOT_MEMBER"
  /** Rejected or cancelled participants lead nothing. */
  | "NOT_ELIGIBLE"
  /** Another delegation of the forum has this name. */
  | "NAME_TAKEN"
  /** Someone else changed the head at the same moment: nothing was done. */
  | "CONFLICT";

export type DelegationResult<T = { id: string }> = { ok: true; value: T } | { ok: false; error: DelegationError };

type Actor = { id: string };

/** The delegation after a change of head: its name and the head's name (null: none). */
export type HeadChange = { id: string; name: string; head: string | null };

export async function createDelegation(actor: Actor, forumId: string, input: CreateDelegationInput): Promise<DelegationResult> {
  try {
    return await db.$transaction(async (tx) => {
      const delegation = await tx.delegation.create({ data: { forumId, countryCode: input.countryCode, name: input.name }, select: { id: true } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "delegation.created", entity: { type: "Delegation", id: delegation.id }, data: { name: input.name, countryCode: input.countryCode }, after: { name: input.name, countryCode: input.countryCode } });
      return { ok: true, value: delegation } as const;
    });
  } catch (error) {
    // The unique index on (forumId, name) decides, so two organizers creating it at once get one.
    if (isUniqueViolation(error)) return { ok: false, error: "NAME_TAKEN" };
    throw error;
  }
}

class Conflict extends Error {}

/** Makes a member the head of their delegation, replacing the previous head. */
export async function setDelegationHead(actor: Actor, forumId: string, input: { delegationId: string; participantId: string }): Promise<DelegationResult<HeadChange>> {
  try {
    return await db.$transaction(async (tx) => {
      const delegation = await tx.delegation.findFirst({ where: { id: input.delegationId, forumId }, select: { id: true, name: true, headId: true } });
      if (!delegation) return { ok: false, error: "NOT_FOUND" } as const;
      const member = await tx.participant.findFirst({
        where: { id: input.participantId, forumId, delegationId: delegation.id },
        select: { id: true, fullName: true, status: true, headOf: { select: { id: true, name: true } } },
      });
      if (!member) return { ok: false, error: "NOT_MEMBER" } as const;
      if (member.status === "REJECTED" || member.status === "CANCELLED") return { ok: false, error: "NOT_ELIGIBLE" } as const;
      const value = { id: delegation.id, name: delegation.name, head: member.fullName };
      if (delegation.headId === member.id) return { ok: true, value } as const;
      // A head who moved to another delegation still heads the old one: free it first (headId is unique).
      if (member.headOf) {
        await tx.delegation.update({ where: { id: member.headOf.id }, data: { headId: null } });
        await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.head-removed", entity: { type: "Participant", id: member.id }, data: { delegation: member.headOf.name } });
      }
      // Conditional on the head read, so two organizers naming different heads at once cannot both
      // win; the loser's transaction rolls back whole.
      const changed = await tx.delegation.updateMany({ where: { id: delegation.id, headId: delegation.headId }, data: { headId: member.id } });
      if (changed.count === 0) throw new Conflict();
      if (delegation.headId) await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.head-removed", entity: { type: "Participant", id: delegation.headId }, data: { delegation: delegation.name } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.head-assigned", entity: { type: "Participant", id: member.id }, data: { delegation: delegation.name } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "delegation.head-changed", entity: { type: "Delegation", id: delegation.id }, data: { from: delegation.headId, to: member.id }, before: { headId: delegation.headId }, after: { headId: member.id } });
      return { ok: true, value } as const;
    });
  } catch (error) {
    if (error instanceof Conflict || isUniqueViolation(error)) return { ok: false, error: "CONFLICT" };
    throw error;
  }
}

/** Leaves a delegation without a head. */
export async function clearDelegationHead(actor: Actor, forumId: string, input: { delegationId: string }): Promise<DelegationResult<HeadChange>> {
  return db.$transaction(async (tx) => {
    const delegation = await tx.delegation.findFirst({ where: { id: input.delegationId, forumId }, select: { id: true, name: true, headId: true } });
    if (!delegation) return { ok: false, error: "NOT_FOUND" } as const;
    const value = { id: delegation.id, name: delegation.name, head: null };
    if (!delegation.headId) return { ok: true, value } as const;
    // Conditional on the head read, so a concurrent change of head is not undone by this one.
    const cleared = await tx.delegation.updateMany({ where: { id: delegation.id, headId: delegation.headId }, data: { headId: null } });
    if (cleared.count === 0) return { ok: false, error: "CONFLICT" } as const;
    await recordAudit(tx, { forumId, actorId: actor.id, action: "participant.head-removed", entity: { type: "Participant", id: delegation.headId }, data: { delegation: delegation.name } });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "delegation.head-changed", entity: { type: "Delegation", id: delegation.id }, data: { from: delegation.headId, to: null }, before: { headId: delegation.headId }, after: { headId: null } });
    return { ok: true, value } as const;
  });
}
