import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntityType } from "./schemas";

// The one way to write the audit trail (a project test refuses any other file that writes
// AuditEntry). Call it inside the transaction of the change it records, so a change and its
// entry are saved together or not at all.

export type { AuditEntityType };

/** Field name → value; Dates and Decimals are stored as their JSON text (ISO time, exact decimal). */
export type AuditFields = Record<string, unknown>;

export type AuditInput = {
  /** Null for records that belong to no forum (people, organizations). */
  forumId: string | null;
  /** Null when nobody signed in did it (e.g. a link followed from an e-mail). */
  actorId: string | null;
  /** A stable code, "session.moved"; the audit page words it from the catalog (audit.actions). */
  action: string;
  entity: { type: AuditEntityType; id: string };
  /** The fields as they were: a creation has none, a deletion only these. The whole row will do. */
  before?: AuditFields;
  /** The fields as they became. Given with `before`, only the fields named here that differ are kept. */
  after?: AuditFields;
  /** Context that is not a field of the record (a reason, the session a seat is in …). */
  data?: Prisma.InputJsonValue;
};

type AuditWriter = { auditEntry: Pick<Prisma.TransactionClient["auditEntry"], "create" | "createMany"> };

function toJson(fields: AuditFields): Record<string, Prisma.InputJsonValue | null> {
  // A JSON round trip turns Dates into ISO text and Decimals into exact strings, and drops undefined.
  return JSON.parse(JSON.stringify(fields, (_key, value: unknown) => (value === undefined ? null : value))) as Record<string, Prisma.InputJsonValue | null>;
}

/** Keeps the fields of `after` whose value changed (a field missing from `before` counts as null). */
export function changedFields(before: AuditFields | undefined, after: AuditFields | undefined): { before: Prisma.InputJsonObject | null; after: Prisma.InputJsonObject | null } {
  const b = before ? toJson(before) : null;
  const a = after ? toJson(after) : null;
  if (!b || !a) return { before: b, after: a };
  const keys = Object.keys(a).filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null));
  if (keys.length === 0) return { before: null, after: null };
  return {
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  };
}

function row(entry: AuditInput): Prisma.AuditEntryCreateManyInput {
  const { before, after } = changedFields(entry.before, entry.after);
  return {
    forumId: entry.forumId,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entity.type,
    entityId: entry.entity.id,
    ...(entry.data === undefined ? {} : { data: entry.data }),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

/** Records one write in the audit trail, in the caller's transaction (or `db` outside one). */
export async function recordAudit(tx: AuditWriter, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: row(entry), select: { id: true } });
}

/** Records many writes in one statement (imports of hundreds of rows). */
export async function recordAudits(tx: AuditWriter, entries: readonly AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEntry.createMany({ data: entries.map(row) });
}
