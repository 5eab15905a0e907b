import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { escapeLike, type ParticipantFilters, type ParticipantListQuery, type ParticipantSort } from "./schemas";
import { participantSearchPattern } from "./search-text";

export const PARTICIPANTS_PAGE_SIZE = 50;

const listSelect = {
  id: true,
  fullName: true,
  latinName: true,
  email: true,
  category: true,
  status: true,
  organizationName: true,
  organization: { select: { nameEn: true } },
  countryCode: true,
  delegation: { select: { id: true, name: true } },
  checkedInAt: true,
  isSample: true,
  createdAt: true,
} as const;

export type ParticipantListRow = Prisma.ParticipantGetPayload<{ select: typeof listSelect }>;

/** The conditions of a list, without its cursor. `status: false` leaves the status filter out (for the counts). */
export function participantWhere(forumId: string, filters: ParticipantFilters, opts: { status?: boolean } = {}): Prisma.ParticipantWhereInput {
  const where: Prisma.ParticipantWhereInput = { forumId };
  // searchText is already folded (lib/participants/search-text.ts): a plain, case-sensitive LIKE
  // on the folded query finds any script, any case, with or without accents.
  const q = filters.q ? participantSearchPattern(filters.q) : "";
  if (q) where.searchText = { contains: escapeLike(q) };
  if (filters.status && opts.status !== false) where.status = filters.status;
  if (filters.category) where.category = filters.category;
  if (filters.country) where.countryCode = filters.country;
  if (filters.delegation) where.delegationId = filters.delegation === "none" ? null : filters.delegation;
  return where;
}

type SortSpec = { field: "createdAt" | "fullName"; dir: "asc" | "desc" };
const SORTS: Record<ParticipantSort, SortSpec> = {
  newest: { field: "createdAt", dir: "desc" },
  oldest: { field: "createdAt", dir: "asc" },
  name: { field: "fullName", dir: "asc" },
};

/** A position in a sorted list: the sort key and the id of a row (ids break ties). */
type Cursor = { key: Date | string; id: string };

/** The cursor that starts a page right after `row` (exported for the benchmark, which jumps deep). */
export function encodeCursor(sort: ParticipantSort, row: { id: string; createdAt: Date; fullName: string }): string {
  const key = SORTS[sort].field === "createdAt" ? row.createdAt.toISOString() : row.fullName;
  return Buffer.from(JSON.stringify([sort, key, row.id]), "utf8").toString("base64url");
}

/** A cursor made for this sort, or null (a stale or hand-made cursor shows the first page). */
function decodeCursor(sort: ParticipantSort, value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [s, key, id] = parsed as unknown[];
    if (s !== sort || typeof key !== "string" || typeof id !== "string" || !/^[a-z0-9]{20,40}$/.test(id)) return null;
    if (SORTS[sort].field === "createdAt") {
      const date = new Date(key);
      return Number.isNaN(date.getTime()) ? null : { key: date, id };
    }
    return key.length <= 400 ? { key, id } : null;
  } catch {
    return null;
  }
}

/**
 * Rows strictly beyond `cursor` in the direction `op` of (sort key, id). Written as
 * `key <= k AND (key < k OR id < i)` rather than a bare OR, so the database can use the first
 * part as an index range and a deep page costs what the first one does.
 */
function beyond(spec: SortSpec, cursor: Cursor, op: "lt" | "gt"): Prisma.ParticipantWhereInput {
  const inclusive = op === "lt" ? "lte" : "gte";
  if (spec.field === "createdAt") {
    const key = cursor.key as Date;
    return { AND: [{ createdAt: { [inclusive]: key } }, { OR: [{ createdAt: { [op]: key } }, { id: { [op]: cursor.id } }] }] };
  }
  const key = cursor.key as string;
  return { AND: [{ fullName: { [inclusive]: key } }, { OR: [{ fullName: { [op]: key } }, { id: { [op]: cursor.id } }] }] };
}

function orderBy(spec: SortSpec, reverse: boolean): Prisma.ParticipantOrderByWithRelationInput[] {
  const dir = reverse ? (spec.dir === "asc" ? "desc" : "asc") : spec.dir;
  return spec.field === "createdAt" ? [{ createdAt: dir }, { id: dir }] : [{ fullName: dir }, { id: dir }];
}

export type StatusCounts = Record<ParticipantStatus, number>;

export type ParticipantPage = {
  rows: ParticipantListRow[];
  /** Participants matching everything but the status filter, per status. */
  statusCounts: StatusCounts;
  /** Participants matching the whole query. */
  total: number;
  /** Cursors for the previous and next pages (null at either end). */
  previous: string | null;
  next: string | null;
};

/** One page of rows of `base` beyond a cursor (or from the start), in display order, and whether more follow. */
async function pageRows(base: Prisma.ParticipantWhereInput, query: ParticipantListQuery, sort: ParticipantSort, size: number) {
  const spec = SORTS[sort];
  const displayOp = spec.dir === "desc" ? "lt" : "gt";
  const before = decodeCursor(sort, query.before);
  const after = before ? null : decodeCursor(sort, query.after);
  if (before) {
    // Walk backwards from the cursor, then put the rows back in display order.
    const back = await db.participant.findMany({
      where: { AND: [base, beyond(spec, before, displayOp === "lt" ? "gt" : "lt")] },
      select: listSelect,
      orderBy: orderBy(spec, true),
      take: size + 1,
    });
    // Fewer than a page before the cursor: that is the start of the list, shown as the first page.
    if (back.length > size) return { rows: back.slice(0, size).reverse(), hasPrevious: true, hasNext: true };
  }
  const rows = await db.participant.findMany({
    where: after ? { AND: [base, beyond(spec, after, displayOp)] } : base,
    select: listSelect,
    orderBy: orderBy(spec, false),
    take: size + 1,
  });
  return { rows: rows.slice(0, size), hasPrevious: after !== null, hasNext: rows.length > size };
}

const noCounts = () => Object.fromEntries(Object.values(ParticipantStatus).map((s) => [s, 0])) as StatusCounts;

/** Per status, for the list's other filters. */
export async function countParticipantsByStatus(forumId: string, filters: ParticipantFilters): Promise<StatusCounts> {
  const groups = await db.participant.groupBy({
    by: ["status"],
    where: participantWhere(forumId, filters, { status: false }),
    _count: { _all: true },
    orderBy: { status: "asc" },
  });
  const counts = noCounts();
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/**
 * Up to this many matches of a search are collected in one pass (ids and statuses only): the
 * counts come from them, and the page is sorted among them. A substring search cannot use the
 * ordinary indexes, so this reads the table once instead of twice (once for the page, once for
 * the counts). More matches than this are frequent enough for the sorted page to stop early.
 */
export const SEARCH_COLLECT_MAX = 2000;

/**
 * A page of the forum's participants: search (any script, e-mail, organization), filters, sort,
 * and keyset pagination (`after`/`before` cursors on the sort key and id), so page 1,000 costs
 * what page 1 does and rows never repeat or go missing between pages.
 */
export async function listParticipants(forumId: string, query: ParticipantListQuery = {}, size = PARTICIPANTS_PAGE_SIZE): Promise<ParticipantPage> {
  const sort = query.sort ?? "newest";
  const collected = query.q && participantSearchPattern(query.q) ? await collectMatches(forumId, query) : null;
  const [page, statusCounts] = collected
    ? [await pageRows({ forumId, id: { in: collected.ids } }, query, sort, size), collected.counts]
    : await Promise.all([pageRows(participantWhere(forumId, query), query, sort, size), countParticipantsByStatus(forumId, query)]);
  const total = query.status ? statusCounts[query.status] : Object.values(statusCounts).reduce((a, b) => a + b, 0);
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return {
    rows: page.rows,
    statusCounts,
    total,
    previous: page.hasPrevious && first ? encodeCursor(sort, first) : null,
    next: page.hasNext && last ? encodeCursor(sort, last) : null,
  };
}

/** All matches of a search when there are at most SEARCH_COLLECT_MAX: their counts, and the ids of those the status filter keeps. */
async function collectMatches(forumId: string, query: ParticipantListQuery): Promise<{ ids: string[]; counts: StatusCounts } | null> {
  // No ORDER BY: the scan stops as soon as it has one more than the limit.
  const matches = await db.participant.findMany({ where: participantWhere(forumId, query, { status: false }), select: { id: true, status: true }, take: SEARCH_COLLECT_MAX + 1 });
  if (matches.length > SEARCH_COLLECT_MAX) return null;
  const counts = noCounts();
  for (const m of matches) counts[m.status] += 1;
  return { ids: matches.filter((m) => !query.status || m.status === query.status).map((m) => m.id), counts };
}

const exportSelect = {
  id: true,
  email: true,
  fullName: true,
  latinName: true,
  category: true,
  organizationName: true,
  organization: { select: { nameEn: true } },
  jobTitle: true,
  countryCode: true,
  delegation: { select: { name: true } },
  preferredLocale: true,
  status: true,
  rejectionReason: true,
  emailConfirmedAt: true,
  checkedInAt: true,
  createdAt: true,
} as const;

export type ParticipantExportRow = Prisma.ParticipantGetPayload<{ select: typeof exportSelect }>;

/** Every participant matching the filters, in the list's order, a batch at a time (for the CSV export). */
export async function* participantsForExport(forumId: string, filters: ParticipantFilters, batch = 1000): AsyncGenerator<ParticipantExportRow[]> {
  const sort = filters.sort ?? "newest";
  const spec = SORTS[sort];
  const base = participantWhere(forumId, filters);
  const op = spec.dir === "desc" ? "lt" : "gt";
  let cursor: Cursor | null = null;
  for (;;) {
    const rows: ParticipantExportRow[] = await db.participant.findMany({
      where: cursor ? { AND: [base, beyond(spec, cursor, op)] } : base,
      select: exportSelect,
      orderBy: orderBy(spec, false),
      take: batch,
    });
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < batch || !last) return;
    cursor = { key: spec.field === "createdAt" ? last.createdAt : last.fullName, id: last.id };
  }
}

/** Everything an organizer sees about one participant of the forum, or null. */
export async function getParticipantForOrganizer(forumId: string, id: string) {
  return db.participant.findFirst({
    where: { id, forumId },
    select: {
      id: true,
      fullName: true,
      latinName: true,
      email: true,
      category: true,
      status: true,
      rejectionReason: true,
      organizationName: true,
      organization: { select: { nameEn: true } },
      jobTitle: true,
      countryCode: true,
      delegation: { select: { id: true, name: true, countryCode: true, headId: true } },
      headOf: { select: { id: true, name: true } },
      preferredLocale: true,
      badgeCode: true,
      emailConfirmedAt: true,
      checkedInAt: true,
      consentDataAt: true,
      consentPublicList: true,
      decidedAt: true,
      cancelledAt: true,
      userId: true,
      isSample: true,
      createdAt: true,
      updatedAt: true,
      seats: {
        select: {
          id: true,
          status: true,
          waitlistPosition: true,
          promotedAt: true,
          createdAt: true,
          session: { select: { id: true, titleEn: true, startsAt: true, endsAt: true } },
        },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
}

export type ParticipantDetail = NonNullable<Awaited<ReturnType<typeof getParticipantForOrganizer>>>;

export const HISTORY_LIMIT = 200;

/** What happened to a participant, newest first, with who did it. */
export async function getParticipantHistory(participantId: string) {
  return db.auditEntry.findMany({
    where: { entityType: "Participant", entityId: participantId },
    select: { id: true, action: true, data: true, createdAt: true, actorId: true, actor: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
  });
}

