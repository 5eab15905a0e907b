import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

const forumSelect = {
  id: true,
  slug: true,
  acronym: true,
  nameEn: true, nameZh: true, nameRu: true, nameFr: true,
  themeEn: true, themeZh: true, themeRu: true, themeFr: true,
  descriptionEn: true, descriptionZh: true, descriptionRu: true, descriptionFr: true,
  venueEn: true, venueZh: true, venueRu: true, venueFr: true,
  cityEn: true, cityZh: true, cityRu: true, cityFr: true,
  organizersEn: true, organizersZh: true, organizersRu: true, organizersFr: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  currency: true,
  isSample: true,
} as const;

/**
 * The forum the public site shows: the one named by FORUM_SLUG, else the latest edition that has
 * a published program, else the latest edition. Read once per request.
 */
export const getCurrentForum = cache(async () => {
  const slug = process.env.FORUM_SLUG;
  if (slug) return db.forum.findUnique({ where: { slug }, select: forumSelect });
  return (
    (await db.forum.findFirst({ where: { releases: { some: {} } }, orderBy: { startDate: "desc" }, select: forumSelect })) ??
    (await db.forum.findFirst({ orderBy: { startDate: "desc" }, select: forumSelect }))
  );
});

/**
 * The forum organizers and staff work on: FORUM_SLUG, else the latest edition, published or not
 * (next year's forum is prepared before its program is public).
 */
export const getWorkingForum = cache(async () => {
  const slug = process.env.FORUM_SLUG;
  if (slug) return db.forum.findUnique({ where: { slug }, select: forumSelect });
  return db.forum.findFirst({ orderBy: { startDate: "desc" }, select: forumSelect });
});

export type ForumSummary = NonNullable<Awaited<ReturnType<typeof getCurrentForum>>>;

export type ForumFigures = {
  subForums: number;
  sessions: number;
  delegates: number;
  countries: number;
  agreements: number;
  /** Sums of signed public agreements, per currency (never converted). */
  agreementValues: { currency: string; valueMinor: bigint }[];
};

/** The live figures on the home page: the program's from the published release, the rest from the database. */
export async function getForumFigures(forumId: string, publishedSubForums: number, publishedSessions: number): Promise<ForumFigures> {
  const signedPublic = { forumId, status: "SIGNED", visibility: "PUBLIC" } as const;
  const [delegates, countries, agreements, values] = await Promise.all([
    db.participant.count({ where: { forumId, status: "APPROVED" } }),
    db.participant.groupBy({ by: ["countryCode"], where: { forumId, status: "APPROVED" } }),
    db.agreement.count({ where: signedPublic }),
    db.agreement.groupBy({ by: ["currency"], where: signedPublic, _sum: { valueMinor: true }, orderBy: { currency: "asc" } }),
  ]);
  return {
    subForums: publishedSubForums,
    sessions: publishedSessions,
    delegates,
    countries: countries.length,
    agreements,
    agreementValues: values.map((v) => ({ currency: v.currency, valueMinor: v._sum.valueMinor ?? 0n })),
  };
}

/** The console dashboard's counts. */
export async function getConsoleCounts(forumId: string) {
  const [subForums, rooms, sessions, people, byStatus, agreementsByStatus, lastRelease, outboxPending, checkedIn] = await Promise.all([
    db.subForum.count({ where: { forumId } }),
    db.room.count({ where: { forumId } }),
    db.programSession.count({ where: { forumId, deletedAt: null } }),
    db.person.count({ where: { sessions: { some: { session: { forumId, deletedAt: null } } } } }),
    db.participant.groupBy({ by: ["status"], where: { forumId }, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.agreement.groupBy({ by: ["status", "currency"], where: { forumId }, _count: { _all: true }, _sum: { valueMinor: true }, orderBy: [{ status: "asc" }, { currency: "asc" }] }),
    db.programRelease.findFirst({ where: { forumId }, orderBy: { version: "desc" }, select: { version: true, publishedAt: true } }),
    // The outbox serves every forum of this installation.
    db.outboxMessage.count({ where: { status: "PENDING" } }),
    db.participant.count({ where: { forumId, checkedInAt: { not: null } } }),
  ]);
  return {
    subForums,
    rooms,
    sessions,
    people,
    participantsByStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<string, number>>,
    agreementsByStatus: agreementsByStatus.map((a) => ({ status: a.status, currency: a.currency, count: a._count._all, valueMinor: a._sum.valueMinor ?? 0n })),
    lastRelease,
    outboxPending,
    checkedIn,
  };
}
