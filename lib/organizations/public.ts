import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getCurrentForum } from "@/lib/forum/queries";
import { getPublishedProgram } from "@/lib/program/published";
import type { ProgramSnapshot, SnapshotSession } from "@/lib/program/snapshot";
import { SHOWCASE_TEXT } from "@/lib/showcase/queries";
import { ORGANIZATION_FIELDS } from "./queries";

// What the public reads about an organization. Agreements shown here are signed and public only:
// the filter is written out in this file, so a confidential or unsigned agreement's title,
// parties or value never reaches the page, whatever other queries do.

const PUBLIC_SIGNED = { status: "SIGNED", visibility: "PUBLIC" } as const;

type PublicOrganization = Prisma.OrganizationGetPayload<{ select: typeof ORGANIZATION_FIELDS }>;

export type PublicOrganizationLookup =
  | { kind: "found"; organization: PublicOrganization }
  /** A merged-away organization's old address: the one kept. */
  | { kind: "moved"; slug: string }
  | null;

/**
 * An organization has a public page only when something public names it: a party to a signed
 * public agreement, a published showcase, or the organization of someone on stage in the public
 * forum's latest release. One known only from a confidential agreement, a delegate's registration
 * or a session not published yet has none (its address answers 404), so guessing addresses
 * confirms nothing and a draft never shows.
 */
function hasPublicPresence(speakerOrganizationIds: readonly string[]) {
  return {
    OR: [
      { parties: { some: { agreement: PUBLIC_SIGNED } } },
      { showcases: { some: { published: true } } },
      ...(speakerOrganizationIds.length ? [{ id: { in: [...speakerOrganizationIds] } }] : []),
    ],
  };
}

/** The organizations of the people on stage in the public forum's latest release (as published). */
async function publishedSpeakerOrganizationIds(): Promise<string[]> {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return [];
  return [...new Set(published.snapshot.people.flatMap((p) => (p.organization ? [p.organization.id] : [])))];
}

/** The organization at `slug`, or where a merged-away slug now leads, or null. */
export async function findPublicOrganization(slug: string): Promise<PublicOrganizationLookup> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const presence = hasPublicPresence(await publishedSpeakerOrganizationIds());
  const organization = await db.organization.findFirst({ where: { slug, ...presence }, select: ORGANIZATION_FIELDS });
  if (organization) return { kind: "found", organization };
  const alias = await db.organizationAlias.findFirst({ where: { slug, organization: presence }, select: { organization: { select: { slug: true } } } });
  return alias ? { kind: "moved", slug: alias.organization.slug } : null;
}

/** The addresses of every organization that has a public page (the sitemap's), by slug. */
export async function listPublicOrganizationSlugs(): Promise<string[]> {
  const presence = hasPublicPresence(await publishedSpeakerOrganizationIds());
  return (await db.organization.findMany({ where: presence, orderBy: { slug: "asc" }, select: { slug: true } })).map((o) => o.slug);
}

/**
 * The signed public agreements an organization is a party to, newest first, with the other
 * parties. Never a planned, cancelled or confidential one.
 */
export async function listPublicAgreementsOf(organizationId: string) {
  const agreements = await db.agreement.findMany({
    where: { ...PUBLIC_SIGNED, parties: { some: { organizationId } } },
    orderBy: [{ signedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      titleFr: true,
      valueMinor: true,
      currency: true,
      signedAt: true,
      isSample: true,
      forum: { select: { timeZone: true } },
      sector: { select: { nameEn: true, nameZh: true, nameRu: true, nameFr: true, color: true } },
      parties: {
        orderBy: { position: "asc" },
        select: { role: true, organization: { select: { id: true, slug: true, nameEn: true, nameZh: true, nameRu: true, nameFr: true } } },
      },
    },
  });
  return agreements.map(({ parties, ...a }) => ({
    ...a,
    role: parties.find((p) => p.organization.id === organizationId)?.role ?? null,
    otherParties: parties.filter((p) => p.organization.id !== organizationId),
  }));
}

/**
 * The organization's published showcase at a forum, with the ids of the sessions it is presented
 * at. Which of them the public sees, and as what, is the release's to say (presentedAt).
 */
export async function getPublishedShowcase(organizationId: string, forumId: string) {
  return db.showcaseProfile.findFirst({
    where: { organizationId, forumId, published: true },
    select: { ...SHOWCASE_TEXT, isSample: true, sessions: { orderBy: { position: "asc" }, select: { sessionId: true } } },
  });
}

/**
 * The sessions a showcase is presented at as the latest release has them (titles in every
 * language, address, times), in program order: one not in the release is not listed, and a draft
 * retitle or move shows only once it is published.
 */
export function presentedAt(sessionIds: readonly string[], snapshot: ProgramSnapshot | null | undefined): SnapshotSession[] {
  if (!snapshot) return [];
  const wanted = new Set(sessionIds);
  return snapshot.sessions.filter((s) => wanted.has(s.id) && s.type !== "BREAK");
}
