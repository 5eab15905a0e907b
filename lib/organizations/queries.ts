import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/participants/schemas";
import type { OrganizationFilters, OrganizationListQuery } from "./schemas";
import { organizationSearchWords } from "./search-text";

/** An organization's own fields, as its pages show them. */
export const ORGANIZATION_FIELDS = {
  id: true,
  slug: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
  nameFr: true,
  kind: true,
  countryCode: true,
  region: true,
  website: true,
  descriptionEn: true,
  descriptionZh: true,
  descriptionRu: true,
  descriptionFr: true,
  isSample: true,
} as const;

export const ORGANIZATIONS_PAGE_SIZE = 50;

const listSelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
  kind: true,
  countryCode: true,
  region: true,
  isSample: true,
  _count: { select: { participants: true, people: true, parties: true } },
} as const;

export type OrganizationListRow = Prisma.OrganizationGetPayload<{ select: typeof listSelect }>;

/** The conditions of a list, without its cursor. */
export function organizationWhere(filters: OrganizationFilters): Prisma.OrganizationWhereInput {
  const where: Prisma.OrganizationWhereInput = {};
  // searchText is already folded (./search-text.ts): a plain LIKE on the folded query finds any
  // language, any case, with or without accents.
  const words = filters.q ? organizationSearchWords(filters.q) : [];
  if (words.length) where.AND = words.map((word) => ({ searchText: { contains: escapeLike(word) } }));
  if (filters.kind) where.kind = filters.kind;
  if (filters.country) where.countryCode = filters.country;
  if (filters.region) where.region = filters.region;
  return where;
}

type Cursor = { name: string; id: string };

export function encodeOrganizationCursor(row: { nameEn: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.nameEn, row.id]), "utf8").toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [name, id] = parsed as unknown[];
    if (typeof name !== "string" || name.length > 400 || typeof id !== "string" || !/^[a-z0-9]{20,40}$/.test(id)) return null;
    return { name, id };
  } catch {
    return null;
  }
}

/** Rows strictly beyond `cursor` in (nameEn, id) order, written so the first part is an index range. */
function beyond(cursor: Cursor, op: "lt" | "gt"): Prisma.OrganizationWhereInput {
  const inclusive = op === "lt" ? "lte" : "gte";
  return { AND: [{ nameEn: { [inclusive]: cursor.name } }, { OR: [{ nameEn: { [op]: cursor.name } }, { id: { [op]: cursor.id } }] }] };
}

export type OrganizationPage = { rows: OrganizationListRow[]; total: number; previous: string | null; next: string | null };

/** One page of the organization list by English name, with keyset cursors both ways. */
export async function listOrganizations(query: OrganizationListQuery, size = ORGANIZATIONS_PAGE_SIZE): Promise<OrganizationPage> {
  const base = organizationWhere(query);
  const before = decodeCursor(query.before);
  const after = before ? null : decodeCursor(query.after);
  const total = await db.organization.count({ where: base });
  if (before) {
    const back = await db.organization.findMany({
      where: { AND: [base, beyond(before, "lt")] },
      select: listSelect,
      orderBy: [{ nameEn: "desc" }, { id: "desc" }],
      take: size + 1,
    });
    // A full page before the cursor: show it; fewer means the start of the list (the first page).
    if (back.length > size) {
      const rows = back.slice(0, size).reverse();
      return { rows, total, previous: encodeOrganizationCursor(rows[0] as OrganizationListRow), next: encodeOrganizationCursor(rows[rows.length - 1] as OrganizationListRow) };
    }
  }
  const found = await db.organization.findMany({
    where: after ? { AND: [base, beyond(after, "gt")] } : base,
    select: listSelect,
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: size + 1,
  });
  const rows = found.slice(0, size);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    total,
    previous: after && first ? encodeOrganizationCursor(first) : null,
    next: found.length > size && last ? encodeOrganizationCursor(last) : null,
  };
}

/** Regions in use, for the list's filter (by country when one is chosen). */
export async function listRegions(country?: string): Promise<string[]> {
  const rows = await db.organization.groupBy({
    by: ["region"],
    where: { region: { not: null }, ...(country ? { countryCode: country } : {}) },
    orderBy: { region: "asc" },
  });
  return rows.map((r) => r.region).filter((r): r is string => Boolean(r));
}

/** An organization for its edit page, with what points at it. */
export function getOrganization(id: string) {
  return db.organization.findUnique({
    where: { id },
    select: {
      ...ORGANIZATION_FIELDS,
      aliases: { select: { slug: true }, orderBy: { slug: "asc" } },
      _count: { select: { participants: true, people: true, parties: true, showcases: true } },
    },
  });
}

export type MergeCandidate = { id: string; nameEn: string; nameZh: string | null; countryCode: string; region: string | null };

/**
 * Organizations that may be duplicates of `keepId`, for the merge picker: those matching a search,
 * else those whose name shares the first word with it. At most 30.
 */
export async function findMergeCandidates(keepId: string, q: string | undefined): Promise<MergeCandidate[]> {
  const keep = await db.organization.findUnique({ where: { id: keepId }, select: { nameEn: true } });
  if (!keep) return [];
  const words = organizationSearchWords(q ?? "");
  const search = words.length ? words : organizationSearchWords(keep.nameEn.split(/\s+/)[0] ?? "");
  return db.organization.findMany({
    where: { id: { not: keepId }, AND: search.map((word) => ({ searchText: { contains: escapeLike(word) } })) },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: 30,
    select: { id: true, nameEn: true, nameZh: true, countryCode: true, region: true },
  });
}

/** Both sides of a proposed merge, with what would move and what would stop it. */
export async function previewMerge(keepId: string, dropId: string) {
  if (keepId === dropId) return null;
  const select = { id: true, slug: true, nameEn: true, nameZh: true, kind: true, countryCode: true, region: true } as const;
  const [keep, drop] = await Promise.all([db.organization.findUnique({ where: { id: keepId }, select }), db.organization.findUnique({ where: { id: dropId }, select })]);
  if (!keep || !drop) return null;
  const keptForums = (await db.showcaseProfile.findMany({ where: { organizationId: keepId }, select: { forumId: true } })).map((s) => s.forumId);
  const [participants, people, agreementParties, showcases, aliases, sharedAgreements, sharedShowcases] = await Promise.all([
    db.participant.count({ where: { organizationId: dropId } }),
    db.person.count({ where: { organizationId: dropId } }),
    db.agreementParty.count({ where: { organizationId: dropId } }),
    db.showcaseProfile.count({ where: { organizationId: dropId } }),
    db.organizationAlias.count({ where: { organizationId: dropId } }),
    db.agreement.findMany({
      where: { AND: [{ parties: { some: { organizationId: keepId } } }, { parties: { some: { organizationId: dropId } } }] },
      select: { id: true, titleEn: true },
      take: 10,
    }),
    keptForums.length
      ? db.showcaseProfile.findMany({ where: { organizationId: dropId, forumId: { in: keptForums } }, select: { forum: { select: { nameEn: true } } } })
      : Promise.resolve([]),
  ]);
  return {
    keep,
    drop,
    moves: { participants, people, agreementParties, showcases, aliases },
    conflicts: { agreements: sharedAgreements.map((a) => a.titleEn), forums: sharedShowcases.map((s) => s.forum.nameEn) },
  };
}
