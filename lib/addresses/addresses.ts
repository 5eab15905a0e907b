import type { Tx } from "@/lib/db/client";
import type { AddressKind } from "@/lib/generated/prisma/client";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import { slugify } from "@/lib/text/slug";
import { ADDRESS_MAX, addressFormatError, RESERVED_ADDRESSES, type AddressError } from "./schemas";

// Addresses are forever. A record keeps its slug when its title or name changes; an organizer
// changes it on purpose (the Address field), and every slug the public was given keeps leading to
// its record: program items through PublishedAddress (written at publish, resolved against the
// latest release: lib/addresses/redirects.ts), organizations through OrganizationAlias. A slug given
// out for one record is never handed to another record of the same kind, or old links would open it.

type Reader = Pick<Tx, "programSession" | "subForum" | "person" | "publishedAddress">;

/** Where a program item lives: sessions and sub-forums in a forum, people in every forum at once. */
export type AddressOwner = { kind: AddressKind; forumId: string; entityId: string | null };

/** Whether another record of the kind holds `slug` in the working copy. */
async function heldByAnother(tx: Reader, { kind, forumId, entityId }: AddressOwner, slug: string): Promise<boolean> {
  const other = entityId ? { id: { not: entityId } } : {};
  switch (kind) {
    case "SESSION":
      return !!(await tx.programSession.findFirst({ where: { forumId, slug, ...other }, select: { id: true } }));
    case "SUB_FORUM":
      return !!(await tx.subForum.findFirst({ where: { forumId, slug, ...other }, select: { id: true } }));
    case "PERSON":
      return !!(await tx.person.findFirst({ where: { slug, ...other }, select: { id: true } }));
  }
}

/** Whether a published release gave `slug` to another record of the kind (people: in any forum). */
async function givenToAnother(tx: Reader, { kind, forumId, entityId }: AddressOwner, slug: string): Promise<boolean> {
  const found = await tx.publishedAddress.findFirst({
    where: { kind, slug, ...(kind === "PERSON" ? {} : { forumId }), ...(entityId ? { entityId: { not: entityId } } : {}) },
    select: { entityId: true },
  });
  return !!found;
}

/** Why `slug` cannot be the owner's address, or null when it can. */
export async function checkAddress(tx: Reader, owner: AddressOwner, slug: string): Promise<AddressError | null> {
  const format = addressFormatError(slug);
  if (format) return format;
  if (await heldByAnother(tx, owner, slug)) return "TAKEN";
  if (await givenToAnother(tx, owner, slug)) return "RETIRED";
  return null;
}

/**
 * A free address made from `text` (a title or name): its slug, else with -2, -3 …, skipping pages'
 * names and every address held or once given out by another record of the kind.
 */
export async function freeAddress(tx: Reader, owner: AddressOwner, text: string, fallback: string): Promise<string> {
  const slug = slugify(text, ADDRESS_MAX - 10);
  const base = !slug ? fallback : RESERVED_ADDRESSES.has(slug) ? `${fallback}-${slug}` : slug;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await checkAddress(tx, owner, candidate))) return candidate;
  }
}

/**
 * Records the addresses a release gives out (call in the transaction that writes it): every
 * session's, sub-forum's and speaker's slug. A slug recorded for another record (only data from
 * before this rule) moves to the one the release gives it to, which is what its address shows.
 */
export async function recordPublishedAddresses(tx: Pick<Tx, "publishedAddress">, forumId: string, snapshot: Pick<ProgramSnapshot, "sessions" | "subForums" | "people">): Promise<void> {
  const given = [
    ...snapshot.sessions.map((s) => ({ kind: "SESSION" as const, slug: s.slug, entityId: s.id })),
    ...snapshot.subForums.map((s) => ({ kind: "SUB_FORUM" as const, slug: s.slug, entityId: s.id })),
    ...snapshot.people.map((p) => ({ kind: "PERSON" as const, slug: p.slug, entityId: p.id })),
  ];
  const known = new Map((await tx.publishedAddress.findMany({ where: { forumId }, select: { kind: true, slug: true, entityId: true } })).map((a) => [`${a.kind} ${a.slug}`, a.entityId]));
  const fresh = given.filter((a) => !known.has(`${a.kind} ${a.slug}`));
  if (fresh.length) await tx.publishedAddress.createMany({ data: fresh.map((a) => ({ forumId, ...a })), skipDuplicates: true });
  for (const a of given) {
    const holder = known.get(`${a.kind} ${a.slug}`);
    if (holder !== undefined && holder !== a.entityId) {
      await tx.publishedAddress.update({ where: { forumId_kind_slug: { forumId, kind: a.kind, slug: a.slug } }, data: { entityId: a.entityId } });
    }
  }
}
