import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "./schemas";

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
  delegation: { select: { name: true } },
  checkedInAt: true,
  isSample: true,
  createdAt: true,
} as const;

/**
 * A page of the forum's participants, newest first, with keyset pagination (`after` is the last
 * id of the previous page), so page N costs the same as page 1.
 */
export async function listParticipants(forumId: string, opts: { q?: string; after?: string } = {}) {
  const q = opts.q?.trim() ? escapeLike(opts.q.trim()) : "";
  const where: Prisma.ParticipantWhereInput = {
    forumId,
    ...(q
      ? {
          OR: [
            { fullName: { contains: q, mode: "insensitive" } },
            { latinName: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { organizationName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.participant.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PARTICIPANTS_PAGE_SIZE + 1,
      ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
    }),
    db.participant.count({ where }),
  ]);
  const hasMore = rows.length > PARTICIPANTS_PAGE_SIZE;
  const page = hasMore ? rows.slice(0, PARTICIPANTS_PAGE_SIZE) : rows;
  return { rows: page, total, nextAfter: hasMore ? (page.at(-1)?.id ?? null) : null };
}

/** The signed-in delegate's own registration for a forum: scoped by their user id, never by a given id. */
export async function getOwnRegistration(forumId: string, userId: string) {
  return db.participant.findUnique({
    where: { forumId_userId: { forumId, userId } },
    select: {
      id: true,
      fullName: true,
      latinName: true,
      email: true,
      category: true,
      status: true,
      rejectionReason: true,
      organizationName: true,
      organization: { select: { nameEn: true, nameZh: true, nameRu: true, nameFr: true } },
      jobTitle: true,
      countryCode: true,
      delegation: { select: { name: true } },
      preferredLocale: true,
      emailConfirmedAt: true,
      checkedInAt: true,
      consentPublicList: true,
      isSample: true,
      createdAt: true,
      forum: { select: { nameEn: true, nameZh: true, nameRu: true, nameFr: true, timeZone: true, startDate: true, endDate: true } },
    },
  });
}
