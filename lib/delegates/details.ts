// The delegate edits their own details. The input is what participantDetailsSchema
// (lib/registration/schemas.ts) produced, the same schema registration uses; the participant is
// found from the signed-in user, so no other registration can be reached.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { participantSearchText } from "@/lib/participants/search-text";
import type { ParticipantDetails } from "@/lib/registration/schemas";
import type { DelegateRef } from "./queries";
import { REVIEWED_FIELDS } from "./schemas";
import { invalid, NOT_REGISTERED, type DelegateWriteResult } from "./result";

/** The fields a delegate may change themselves: never their status, e-mail, badge or check-in. */
export const EDITABLE_FIELDS = [
  "fullName",
  "latinName",
  "category",
  "organizationName",
  "jobTitle",
  "countryCode",
  "delegationId",
  "preferredLocale",
  "consentPublicList",
] as const satisfies readonly (keyof ParticipantDetails)[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];

REVIEWED_FIELDS satisfies readonly EditableField[];

export const REVIEWED_FIELD_MESSAGE = "Your registration is approved: ask the organizers to change this.";

const CLOSED = { ok: false, error: "CLOSED", message: "A cancelled registration can no longer be changed." } as const;
const CHANGED_MEANWHILE = { ok: false, error: "CLOSED", message: "Your registration changed while you were editing (approved or cancelled): reload the page and try again." } as const;

/**
 * Saves the signed-in delegate's details and audits what changed ("participant.updated", with the
 * values before and after). A delegation must be one of the forum's and of the chosen country;
 * moving to another country leaves the old country's delegation (and its headship, if any).
 */
export async function updateMyDetails(ref: DelegateRef, details: ParticipantDetails): Promise<DelegateWriteResult<{ changed: EditableField[] }>> {
  return db.$transaction(async (tx) => {
    const current = await tx.participant.findUnique({
      where: { forumId_userId: { forumId: ref.forumId, userId: ref.userId } },
      select: {
        id: true,
        status: true,
        email: true,
        fullName: true,
        latinName: true,
        category: true,
        organizationName: true,
        jobTitle: true,
        countryCode: true,
        delegationId: true,
        preferredLocale: true,
        consentPublicList: true,
        headOf: { select: { id: true } },
      },
    });
    if (!current) return NOT_REGISTERED;
    if (current.status === "CANCELLED") return CLOSED;

    let delegationId = details.delegationId;
    if (delegationId) {
      const delegation = await tx.delegation.findFirst({ where: { id: delegationId, forumId: ref.forumId }, select: { countryCode: true } });
      if (!delegation) return invalid({ delegationId: "Choose one of the forum's delegations" });
      if (delegation.countryCode !== details.countryCode) {
        // Their old delegation, kept by a form that changed only the country: they leave it.
        if (delegationId === current.delegationId) delegationId = null;
        else return invalid({ delegationId: "Choose a delegation of the country you chose, or none" });
      }
    }

    const next: Record<EditableField, unknown> = { ...details, delegationId };
    const changed = EDITABLE_FIELDS.filter((field) => next[field] !== current[field]);
    if (changed.length === 0) return { ok: true, value: { changed } } as const;
    if (current.status === "APPROVED") {
      const reviewed = changed.filter((field): field is (typeof REVIEWED_FIELDS)[number] => (REVIEWED_FIELDS as readonly string[]).includes(field));
      if (reviewed.length > 0) return invalid(Object.fromEntries(reviewed.map((field) => [field, REVIEWED_FIELD_MESSAGE])));
    }

    const data: Prisma.ParticipantUncheckedUpdateManyInput = Object.fromEntries(changed.map((field) => [field, next[field]]));
    if (changed.some((f) => f === "fullName" || f === "latinName" || f === "organizationName")) {
      data.searchText = participantSearchText({ fullName: details.fullName, latinName: details.latinName, email: current.email, organizationName: details.organizationName });
    }
    // The linked organization was matched to the name as typed: a new name needs a new match by an organizer.
    if (changed.includes("organizationName")) data.organizationId = null;

    // Conditional on the status read above, so a cancellation or an approval that lands meanwhile
    // is never overwritten, nor the reviewed fields changed under a fresh approval.
    const updated = await tx.participant.updateMany({ where: { id: current.id, status: current.status }, data });
    if (updated.count === 0) return CHANGED_MEANWHILE;
    if (changed.includes("fullName")) await tx.user.update({ where: { id: ref.userId }, data: { name: details.fullName } });

    const leftHeadship = current.headOf !== null && current.headOf.id !== delegationId && changed.includes("delegationId");
    if (leftHeadship && current.headOf) await tx.delegation.update({ where: { id: current.headOf.id }, data: { headId: null } });

    const changes = Object.fromEntries(changed.map((field) => [field, { from: current[field], to: next[field] }])) as Prisma.InputJsonObject;
    await recordAudit(tx, { forumId: ref.forumId, actorId: ref.userId, action: "participant.updated", entity: { type: "Participant", id: current.id }, data: { fields: changed, changes, byParticipant: true, ...(leftHeadship && current.headOf ? { leftHeadOfDelegation: current.headOf.id } : {}) }, before: current, after: Object.fromEntries(changed.map((field) => [field, next[field]])) });
    return { ok: true, value: { changed } } as const;
  });
}
