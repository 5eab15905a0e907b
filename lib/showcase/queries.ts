import "server-only";
import { db } from "@/lib/db/client";
import type { SessionType } from "@/lib/generated/prisma/enums";

/** A showcase's text in four languages and its stand: what every page of it shows. */
export const SHOWCASE_TEXT = {
  headlineEn: true,
  headlineZh: true,
  headlineRu: true,
  headlineFr: true,
  bodyEn: true,
  bodyZh: true,
  bodyRu: true,
  bodyFr: true,
  stand: true,
} as const;

/** The organization's showcase at the forum for its edit form (drafts included), or null. */
export function getShowcaseForOrganization(forumId: string, organizationId: string) {
  return db.showcaseProfile.findUnique({
    where: { forumId_organizationId: { forumId, organizationId } },
    select: {
      id: true,
      ...SHOWCASE_TEXT,
      published: true,
      sessions: { orderBy: [{ session: { startsAt: "asc" } }, { position: "asc" }], select: { sessionId: true, position: true } },
    },
  });
}

export type ShowcaseSessionChoice = { id: string; titleEn: string; type: SessionType; startsAt: Date; showcases: number };

/** The forum's sessions a showcase may be linked to: showcase sessions first, then the rest, by time (no breaks). */
export async function listShowcaseSessionChoices(forumId: string): Promise<ShowcaseSessionChoice[]> {
  const sessions = await db.programSession.findMany({
    where: { forumId, type: { not: "BREAK" }, deletedAt: null },
    orderBy: [{ startsAt: "asc" }, { titleEn: "asc" }],
    select: { id: true, titleEn: true, type: true, startsAt: true, _count: { select: { showcases: true } } },
  });
  const choices = sessions.map(({ _count, ...s }) => ({ ...s, showcases: _count.showcases }));
  return [...choices.filter((s) => s.type === "SHOWCASE"), ...choices.filter((s) => s.type !== "SHOWCASE")];
}

/** The published showcases presented at a session, in the session's order, for its public page. */
export function listSessionShowcases(sessionId: string) {
  return db.showcaseSession.findMany({
    where: { sessionId, profile: { published: true } },
    orderBy: [{ position: "asc" }, { profile: { organization: { nameEn: "asc" } } }],
    select: {
      profile: {
        select: {
          id: true,
          ...SHOWCASE_TEXT,
          isSample: true,
          organization: { select: { slug: true, nameEn: true, nameZh: true, nameRu: true, nameFr: true, kind: true, countryCode: true } },
        },
      },
    },
  });
}
