import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { addressFormatError, RESERVED_ADDRESSES, type AddressError } from "@/lib/addresses/schemas";
import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import { slugify } from "@/lib/text/slug";
import type { OrganizationValues } from "./schemas";
import { organizationSearchText } from "./search-text";

// Organizations are shared by every forum of the installation (participants, people, agreement
// parties and showcases point at them). Organizers create and edit them and merge duplicates;
// every change is audited. The slug is made once from the English name and changes only when an
// organizer changes it on purpose (the Address field); the old one becomes an alias, as a
// merged-away organization's slug does, so public addresses stay.

type Actor = { id: string };

export type OrganizationError =
  | { error: "NOT_FOUND" }
  /** Both organizations sign the same agreement: merging would make it one party twice. */
  | { error: "SHARED_AGREEMENT"; agreement: string }
  /** Both have a showcase at the same forum: a forum holds one showcase per organization. */
  | { error: "SHARED_SHOWCASE"; forum: string }
  /** The typed address cannot be used (its form, another organization's, or one given out for another). */
  | { error: "INVALID_SLUG"; slug: AddressError };

export type OrganizationResult<T> = ({ ok: true } & T) | ({ ok: false } & OrganizationError);

/** The row to write: the values at the address decided for them. */
function rowData(values: OrganizationValues, slug: string) {
  return { ...values, slug, searchText: organizationSearchText(values) };
}

/**
 * Why `slug` cannot be organization `id`'s address (null for a new one): its form, another
 * organization's slug, or another's alias (an address given out for it). Its own aliases are fine.
 */
async function checkOrganizationAddress(tx: Tx, slug: string, id: string | null): Promise<AddressError | null> {
  const format = addressFormatError(slug);
  if (format) return format;
  const other = id ? { id: { not: id } } : {};
  if (await tx.organization.findFirst({ where: { slug, ...other }, select: { id: true } })) return "TAKEN";
  if (await tx.organizationAlias.findFirst({ where: { slug, ...(id ? { organizationId: { not: id } } : {}) }, select: { slug: true } })) return "RETIRED";
  return null;
}

/**
 * A slug for `nameEn` that no organization and no alias holds: the name's slug, else with -2, -3 …
 * (Aliases count too, so a new organization never takes over a merged-away one's old address.)
 */
async function freeSlug(tx: Tx, nameEn: string): Promise<string> {
  const slug = slugify(nameEn, 70);
  // A page's name ("export", "api") would make an address the Address field refuses on the next save.
  const base = !slug ? "organization" : RESERVED_ADDRESSES.has(slug) ? `organization-${slug}` : slug;
  const orgs = await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const aliases = await tx.organizationAlias.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const taken = new Set([...orgs, ...aliases].map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates an organization at the typed address, or (blank) one made from its English name. */
export async function createOrganization(actor: Actor, values: OrganizationValues): Promise<OrganizationResult<{ id: string; slug: string }>> {
  // Two organizers creating the same name at once both read the slug as free; the unique index
  // refuses the second, which then picks the next one (or, for a typed address, is told it is taken).
  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const refused = values.slug ? await checkOrganizationAddress(tx, values.slug, null) : null;
      if (refused) return { ok: false, error: "INVALID_SLUG", slug: refused } as const;
      const slug = values.slug ?? (await freeSlug(tx, values.nameEn));
      const created = await tx.organization.create({ data: rowData(values, slug), select: { id: true, slug: true } });
      await recordAudit(tx, {
        forumId: null,
        actorId: actor.id,
        action: "organization.created",
        entity: { type: "Organization", id: created.id },
        data: { slug, nameEn: values.nameEn },
        after: { ...values, slug },
      });
      return { ok: true, ...created } as const;
    }),
  );
}

/**
 * Saves an organization. A name change keeps its address; a typed address that differs becomes
 * the address, and the old one an alias that leads to it (one of its own aliases typed back
 * becomes the address again).
 */
export async function updateOrganization(actor: Actor, id: string, values: OrganizationValues): Promise<OrganizationResult<{ id: string; slug: string }>> {
  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const before = await tx.organization.findUnique({ where: { id } });
      if (!before) return { ok: false, error: "NOT_FOUND" } as const;
      const slug = values.slug && values.slug !== before.slug ? values.slug : before.slug;
      if (slug !== before.slug) {
        const refused = await checkOrganizationAddress(tx, slug, id);
        if (refused) return { ok: false, error: "INVALID_SLUG", slug: refused } as const;
        await tx.organizationAlias.deleteMany({ where: { slug, organizationId: id } });
        await tx.organizationAlias.create({ data: { slug: before.slug, organizationId: id } });
      }
      const changed = await tx.organization.updateMany({ where: { id }, data: rowData(values, slug) });
      if (changed.count === 0) return { ok: false, error: "NOT_FOUND" } as const;
      await recordAudit(tx, {
        forumId: null,
        actorId: actor.id,
        action: "organization.updated",
        entity: { type: "Organization", id },
        data: { nameEn: values.nameEn, ...(slug !== before.slug ? { slug: { from: before.slug, to: slug } } : {}) },
        before,
        after: { ...values, slug },
      });
      return { ok: true, id, slug } as const;
    }),
  );
}

/** What a merge moves from the duplicate to the organization kept. */
export type MergeCounts = { participants: number; people: number; agreementParties: number; showcases: number; aliases: number };

class Refused extends Error {
  constructor(readonly reason: OrganizationError) {
    super(reason.error);
  }
}

/**
 * Merges the duplicate `dropId` into `keepId`, in one transaction: its participants, people,
 * agreement parties and showcase profiles move to the one kept, its old slug (and its own aliases)
 * lead to the one kept, and it is deleted. Refused, with nothing changed, when both sign the same
 * agreement or both have a showcase at the same forum: an organizer settles those first.
 */
export async function mergeOrganizations(keepId: string, dropId: string, actor: Actor): Promise<OrganizationResult<{ id: string; slug: string; moved: MergeCounts }>> {
  if (keepId === dropId) return { ok: false, error: "NOT_FOUND" };
  try {
    return await db.$transaction(async (tx) => {
      // Lock both rows (in id order, so two opposite merges cannot deadlock). A party, person or
      // participant added to the duplicate meanwhile must lock it too (its foreign key), so it
      // waits, and then fails on the deleted row instead of being left behind.
      const [a, b] = keepId < dropId ? [keepId, dropId] : [dropId, keepId];
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organization" WHERE id IN (${a}, ${b}) ORDER BY id FOR UPDATE`;
      if (locked.length !== 2) throw new Refused({ error: "NOT_FOUND" });
      const keep = await tx.organization.findUniqueOrThrow({ where: { id: keepId }, select: { id: true, slug: true, nameEn: true } });
      const drop = await tx.organization.findUniqueOrThrow({ where: { id: dropId }, select: { id: true, slug: true, nameEn: true } });

      const shared = await tx.agreement.findFirst({
        where: { AND: [{ parties: { some: { organizationId: keepId } } }, { parties: { some: { organizationId: dropId } } }] },
        orderBy: { createdAt: "asc" },
        select: { titleEn: true },
      });
      if (shared) throw new Refused({ error: "SHARED_AGREEMENT", agreement: shared.titleEn });
      const keptForums = (await tx.showcaseProfile.findMany({ where: { organizationId: keepId }, select: { forumId: true } })).map((s) => s.forumId);
      const clash = keptForums.length
        ? await tx.showcaseProfile.findFirst({ where: { organizationId: dropId, forumId: { in: keptForums } }, select: { forum: { select: { nameEn: true } } } })
        : null;
      if (clash) throw new Refused({ error: "SHARED_SHOWCASE", forum: clash.forum.nameEn });

      const move = { where: { organizationId: dropId }, data: { organizationId: keepId } };
      const participants = await tx.participant.updateMany(move);
      const people = await tx.person.updateMany(move);
      const agreementParties = await tx.agreementParty.updateMany(move);
      const showcases = await tx.showcaseProfile.updateMany(move);
      const aliases = await tx.organizationAlias.updateMany(move);
      await tx.organizationAlias.create({ data: { slug: drop.slug, organizationId: keepId } });
      const moved: MergeCounts = {
        participants: participants.count,
        people: people.count,
        agreementParties: agreementParties.count,
        showcases: showcases.count,
        aliases: aliases.count,
      };
      await tx.organization.delete({ where: { id: dropId } });
      await recordAudit(tx, { forumId: null, actorId: actor.id, action: "organization.merged", entity: { type: "Organization", id: keepId }, data: { dropped: { id: drop.id, slug: drop.slug, nameEn: drop.nameEn }, moved } });
      return { ok: true, id: keep.id, slug: keep.slug, moved } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.reason };
    throw error;
  }
}

