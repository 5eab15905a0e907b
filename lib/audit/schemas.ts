import { z } from "zod";

// The audit page's filters, from its query string. Safe for client components (no db).

/** The kinds of records the trail speaks about (kept in step with AuditEntityType in record.ts). */
export const AUDIT_ENTITY_TYPES = [
  "Agreement",
  "AgreementSector",
  "Delegation",
  "Forum",
  "Organization",
  "Participant",
  "Person",
  "ProgramRelease",
  "ProgramSession",
  "Room",
  "ShowcaseProfile",
  "SubForum",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Every action code written today, grouped by the page's "Kind" filter; the catalog words each (audit.actions). */
export const AUDIT_ACTIONS = [
  "session.created", "session.updated", "session.moved", "session.deleted", "program.published",
  "program.republished", "program.reset", "program.import",
  "room.created", "room.updated", "sub-forum.created", "sub-forum.updated", "person.created", "person.updated", "forum.updated",
  "participant.registered", "participant.claim-requested", "participant.claimed", "participant.email-confirmed", "participant.confirmation-resent",
  "participant.approved", "participant.rejected", "participant.cancelled", "participant.updated", "participant.imported", "participant.import-updated",
  "participant.head-assigned", "participant.head-removed", "participant.checked-in", "participant.calendar-token-renewed",
  "participant.seat-taken", "participant.seat-waitlisted", "participant.seat-promoted", "participant.seat-cancelled", "participant.waitlist-left",
  "participants.exported", "delegation.created", "delegation.head-changed", "delegation.invitation-sent", "delegation.invitation-renewed", "delegation.invitation-revoked",
  "organization.created", "organization.updated", "organization.merged", "showcase.created", "showcase.updated", "showcase.deleted",
  "agreement.created", "agreement.updated", "agreement.signed", "agreement.cancelled", "agreement.imported", "agreement.import-updated",
  "agreement.run-sheet-reordered", "agreements.exported", "agreement-sector.created", "agreement-sector.updated", "agreement-sector.deleted",
] as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DAY.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

/**
 * `kind` is a record type ("ProgramSession") or an action ("session.moved"); `entity` one record
 * ("ProgramSession:<id>"); `actor` a user's id; `from`/`to` days in the forum's time zone (both
 * included); `after` the keyset cursor of the page before. Anything else is refused, and the page
 * says so instead of guessing.
 */
export const auditQuerySchema = z
  .object({
    kind: z.preprocess(blankToUndefined, z.union([z.enum(AUDIT_ENTITY_TYPES), z.enum(AUDIT_ACTIONS)]).optional()),
    entity: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(120)
        .transform((v, ctx) => {
          const [type, id, ...rest] = v.split(":");
          const known = (AUDIT_ENTITY_TYPES as readonly string[]).includes(type ?? "");
          if (!known || !id || !ID.test(id) || rest.length) {
            ctx.addIssue({ code: "custom", message: "Unknown record" });
            return z.NEVER;
          }
          return { type: type as AuditEntityType, id };
        })
        .optional(),
    ),
    actor: z.preprocess(blankToUndefined, z.string().regex(ID).optional()),
    from: z.preprocess(blankToUndefined, z.string().refine(isDay).optional()),
    to: z.preprocess(blankToUndefined, z.string().refine(isDay).optional()),
    after: z.preprocess(blankToUndefined, z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "The end comes before the start" });

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The query string of the page filtered to one record: the "History" links of the console. */
export function historyHref(type: AuditEntityType, id: string): string {
  return `/organizer/audit?${new URLSearchParams({ entity: `${type}:${id}` }).toString()}`;
}
