import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextDay, startOfLocalDay } from "@/lib/time/zone";
import { historyFacts } from "@/lib/participants/history";
import type { AuditEntityType, AuditQuery } from "./schemas";

// Reading the audit trail: a forum's entries newest first, filtered, a page at a time. Entries
// about records that belong to no forum (people, organizations) show in every forum's log.

export const AUDIT_PAGE_SIZE = 50;

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** One field that changed: its value before and after (null: none, e.g. on creation). */
export type AuditChange = { field: string; before: AuditValue; after: AuditValue };

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actor: { id: string; name: string | null; email: string } | null;
  /** `linkId`: the record its console page belongs to (a showcase's organization), when it exists. */
  entity: { type: string; id: string; label: string | null; exists: boolean; forumId: string | null; linkId: string | null };
  changes: AuditChange[];
};

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id]), "utf8").toString("base64url");
}

/** A cursor this page made, or null (a stale or hand-made one shows the newest page). */
function decodeCursor(value: string | undefined): { createdAt: Date; id: string } | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [iso, id] = parsed as unknown[];
    if (typeof iso !== "string" || typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    const createdAt = new Date(iso);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, AuditValue> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The fields an entry changed, before → after. Entries written before the before/after columns
 * existed keep their changes in `data` ({ from, to } pairs or lists): those are read too.
 */
export function auditChanges(entry: { before: unknown; after: unknown; data: unknown }): AuditChange[] {
  const before = isRecord(entry.before) ? entry.before : null;
  const after = isRecord(entry.after) ? entry.after : null;
  if (before || after) {
    const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
    return fields.map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
  }
  const data = entry.data;
  if (isRecord(data) && isRecord(data.from) && isRecord(data.to)) {
    const from = data.from;
    const to = data.to;
    return [...new Set([...Object.keys(to), ...Object.keys(from)])]
      .filter((f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(to[f] ?? null))
      .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
  }
  return historyFacts(data).flatMap((f) => (f.kind === "change" ? [{ field: f.field, before: f.from, after: f.to }] : []));
}

/** The conditions of the filters and the page (the forum aside). */
function filterWhere(query: AuditQuery, timeZone: string): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (query.kind) and.push(query.kind.includes(".") ? { action: query.kind } : { entityType: query.kind });
  if (query.entity) and.push({ entityType: query.entity.type, entityId: query.entity.id });
  if (query.actor) and.push({ actorId: query.actor });
  if (query.from) and.push({ createdAt: { gte: startOfLocalDay(query.from, timeZone) } });
  if (query.to) and.push({ createdAt: { lt: startOfLocalDay(nextDay(query.to), timeZone) } });
  const cursor = decodeCursor(query.after);
  if (cursor) and.push({ createdAt: { lte: cursor.createdAt } }, { OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }] });
  return { AND: and };
}

const ROW_SELECT = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEntrySelect;

type RawRow = Prisma.AuditEntryGetPayload<{ select: typeof ROW_SELECT }>;

const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One page of a forum's audit log, newest first, and the cursor of the next page (null: last).
 * Keyset paging on (createdAt, id): each page is an index range scan, however long the log.
 */
export async function listAuditEntries(forumId: string, timeZone: string, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; nextAfter: string | null }> {
  const where = filterWhere(query, timeZone);
  const orderBy = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditEntryOrderByWithRelationInput[];
  // Two ordered scans of [forumId, createdAt] merged here, rather than one OR that the database
  // would have to sort whole.
  const [own, shared] = await Promise.all([
    db.auditEntry.findMany({ where: { AND: [{ forumId }, where] }, select: ROW_SELECT, orderBy, take: pageSize + 1 }),
    db.auditEntry.findMany({ where: { AND: [{ forumId: null }, where] }, select: ROW_SELECT, orderBy, take: pageSize + 1 }),
  ]);
  const merged = [...own, ...shared].sort(newestFirst);
  const page = merged.slice(0, pageSize);
  const last = page.at(-1);
  return { rows: await describeRows(page), nextAfter: merged.length > pageSize && last ? encodeCursor(last) : null };
}

type Described = { label: string; forumId: string | null; linkId?: string };

/** Looks up the records a page speaks about: their current name, or that they are gone. */
async function lookUp(type: string, ids: string[]): Promise<Map<string, Described>> {
  const by = <T extends { id: string }>(rows: T[], label: (r: T) => string, forum: (r: T) => string | null) =>
    new Map(rows.map((r) => [r.id, { label: label(r), forumId: forum(r) }]));
  const where = { id: { in: ids } };
  switch (type as AuditEntityType) {
    case "ProgramSession":
      // A session deleted in the working copy stays until the next publish, but it has no console page.
      return by(await db.programSession.findMany({ where: { ...where, deletedAt: null }, select: { id: true, titleEn: true, forumId: true } }), (r) => r.titleEn, (r) => r.forumId);
    case "Room":
      return by(await db.room.findMany({ where, select: { id: true, nameEn: true, forumId: true } }), (r) => r.nameEn, (r) => r.forumId);
    case "SubForum":
      return by(await db.subForum.findMany({ where, select: { id: true, titleEn: true, forumId: true } }), (r) => r.titleEn, (r) => r.forumId);
    case "Person":
      return by(await db.person.findMany({ where, select: { id: true, nameEn: true } }), (r) => r.nameEn, () => null);
    case "Participant":
      return by(await db.participant.findMany({ where, select: { id: true, fullName: true, forumId: true } }), (r) => r.fullName, (r) => r.forumId);
    case "Organization":
      return by(await db.organization.findMany({ where, select: { id: true, nameEn: true } }), (r) => r.nameEn, () => null);
    case "Agreement":
      return by(await db.agreement.findMany({ where, select: { id: true, titleEn: true, forumId: true } }), (r) => r.titleEn, (r) => r.forumId);
    case "AgreementSector":
      return by(await db.agreementSector.findMany({ where, select: { id: true, nameEn: true, forumId: true } }), (r) => r.nameEn, (r) => r.forumId);
    case "Delegation":
      return by(await db.delegation.findMany({ where, select: { id: true, name: true, forumId: true } }), (r) => r.name, (r) => r.forumId);
    case "Forum":
      return by(await db.forum.findMany({ where, select: { id: true, nameEn: true } }), (r) => r.nameEn, (r) => r.id);
    case "ProgramRelease":
      return by(await db.programRelease.findMany({ where, select: { id: true, version: true, forumId: true } }), (r) => `#${r.version}`, (r) => r.forumId);
    case "ShowcaseProfile":
      return new Map(
        (await db.showcaseProfile.findMany({ where, select: { id: true, forumId: true, organizationId: true, organization: { select: { nameEn: true } } } })).map((r) => [
          r.id,
          { label: r.organization.nameEn, forumId: r.forumId, linkId: r.organizationId },
        ]),
      );
    default:
      return new Map();
  }
}

/** The record a history is about, as it is now (null: gone, or never existed). */
export async function getAuditSubject(type: AuditEntityType, id: string): Promise<{ label: string; forumId: string | null; linkId: string } | null> {
  const found = (await lookUp(type, [id])).get(id);
  return found ? { label: found.label, forumId: found.forumId, linkId: found.linkId ?? id } : null;
}

/** A name the entry itself kept, for a record that is gone (a deleted session keeps its title). */
function labelFromEntry(row: RawRow): string | null {
  const sources = [row.data, row.before, row.after];
  for (const source of sources) {
    if (!isRecord(source)) continue;
    for (const key of ["titleEn", "nameEn", "name", "fullName"]) {
      const v = source[key];
      if (typeof v === "string" && v) return v;
    }
  }
  return null;
}

async function describeRows(rows: RawRow[]): Promise<AuditRow[]> {
  const idsByType = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = idsByType.get(r.entityType) ?? new Set<string>();
    set.add(r.entityId);
    idsByType.set(r.entityType, set);
  }
  const found = new Map<string, Map<string, Described>>();
  await Promise.all([...idsByType].map(async ([type, ids]) => found.set(type, await lookUp(type, [...ids]))));
  return rows.map((r) => {
    const current = found.get(r.entityType)?.get(r.entityId);
    return {
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      actor: r.actor,
      entity: { type: r.entityType, id: r.entityId, label: current?.label ?? labelFromEntry(r), exists: current !== undefined, forumId: current?.forumId ?? null, linkId: current ? (current.linkId ?? r.entityId) : null },
      changes: auditChanges(r),
    };
  });
}

/** Names for the ids a page's changes mention (rooms, sub-forums, people …), so "roomId" reads as a room. */
export async function namesForIds(ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)].filter((id) => /^[a-z0-9]{20,40}$/.test(id)).slice(0, 500);
  if (list.length === 0) return new Map();
  const where = { id: { in: list } };
  const groups = await Promise.all([
    db.room.findMany({ where, select: { id: true, nameEn: true } }).then((r) => r.map((x) => [x.id, x.nameEn] as const)),
    db.subForum.findMany({ where, select: { id: true, titleEn: true } }).then((r) => r.map((x) => [x.id, x.titleEn] as const)),
    db.person.findMany({ where, select: { id: true, nameEn: true } }).then((r) => r.map((x) => [x.id, x.nameEn] as const)),
    db.participant.findMany({ where, select: { id: true, fullName: true } }).then((r) => r.map((x) => [x.id, x.fullName] as const)),
    db.organization.findMany({ where, select: { id: true, nameEn: true } }).then((r) => r.map((x) => [x.id, x.nameEn] as const)),
    db.agreementSector.findMany({ where, select: { id: true, nameEn: true } }).then((r) => r.map((x) => [x.id, x.nameEn] as const)),
    db.programSession.findMany({ where, select: { id: true, titleEn: true } }).then((r) => r.map((x) => [x.id, x.titleEn] as const)),
    db.user.findMany({ where, select: { id: true, name: true, email: true } }).then((r) => r.map((x) => [x.id, x.name ?? x.email] as const)),
    db.delegation.findMany({ where, select: { id: true, name: true } }).then((r) => r.map((x) => [x.id, x.name] as const)),
  ]);
  return new Map(groups.flat());
}

/** The people who can appear as "who": everyone with a console or door account (delegates act on their own records only). */
export async function listAuditActors() {
  return db.user.findMany({
    where: { role: { in: ["ADMIN", "ORGANIZER", "CHAIR", "STAFF"] } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
