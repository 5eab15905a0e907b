import "server-only";
import { db } from "@/lib/db/client";
import { SHOWCASE_TEXT } from "@/lib/showcase/queries";
import { ORGANIZATION_FIELDS } from "./queries";

// What the public reads about an organization. Agreements shown here are signed and public only:
// the filter is written out in this file, so a confidential or unsigned agreement's title,
// parties or value never reaches the page, whatever other queries do.

const PUBLIC_SIGNED = { status: "SIGNED", visibility: "PUBLIC" } as const;

export type PublicOrganizationLookup =
  | { kind: "found"; organization: NonNullable<Awaited<ReturnType<typeof findOrganization>>> }
  /** A merged-away organization's old address: the one kept. */
  | { kind: "moved"; slug: string }
  | null;

/**
 * An organization has a public page only when something public names it: a party to a signed
 * public agreement, a published showcase, or a speaker of the program. One known only from a
 * confidential agreement or a delegate's registration has none (its address answers 404), so
 * guessing addresses confirms nothing.
 */
const HAS_PUBLIC_PRESENCE = {
  OR: [{ parties: { some: { agreement: PUBLIC_SIGNED } } }, { showcases: { some: { published: true } } }, { people: { some: { sessions: { some: {} } } } }],
};

function findOrganization(slug: string) {
  return db.organization.findFirst({ where: { slug, ...HAS_PUBLIC_PRESENCE }, select: ORGANIZATION_FIELDS });
}

/** The organization at `slug`, or where a merged-away slug now leads, or null. */
export async function findPublicOrganization(slug: string): Promise<PublicOrganizationLookup> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const organization = await findOrganization(slug);
  if (organization) return { kind: "found", organization };
  const alias = await db.organizationAlias.findFirst({ where: { slug, organization: HAS_PUBLIC_PRESENCE }, select: { organization: { select: { slug: true } } } });
  return alias ? { kind: "moved", slug: alias.organization.slug } : null;
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

/** The organization's published showcase at a forum, with the sessions it is presented at, in order. */
export async function getPublishedShowcase(organizationId: string, forumId: string) {
  return db.showcaseProfile.findFirst({
    where: { organizationId, forumId, published: true },
    select: {
      ...SHOWCASE_TEXT,
      isSample: true,
      sessions: {
        orderBy: [{ session: { startsAt: "asc" } }, { position: "asc" }],
        select: { session: { select: { id: true, slug: true, titleEn: true, titleZh: true, titleRu: true, titleFr: true, startsAt: true, endsAt: true } } },
      },
    },
  });
}
