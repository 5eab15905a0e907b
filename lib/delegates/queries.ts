// What the delegate's own area reads. Every read is keyed by the signed-in user's id (and the
// forum), never by a participant id from the client: a delegate can only ever reach their own row.
import "server-only";
import { db } from "@/lib/db/client";
import { calendarFeedToken } from "@/lib/participants/codes";

/** Who is asking: the signed-in user, in the forum the site shows. */
export type DelegateRef = { forumId: string; userId: string };

const ownWhere = (ref: DelegateRef) => ({ forumId_userId: { forumId: ref.forumId, userId: ref.userId } });

const forumSelect = {
  nameEn: true,
  nameZh: true,
  nameRu: true,
  nameFr: true,
  timeZone: true,
  startDate: true,
  endDate: true,
} as const;

/** The overview: status, e-mail confirmation and every detail the delegate can see and edit. */
export async function getMyRegistration(ref: DelegateRef) {
  return db.participant.findUnique({
    where: ownWhere(ref),
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
      delegationId: true,
      delegation: { select: { name: true } },
      preferredLocale: true,
      emailConfirmedAt: true,
      checkedInAt: true,
      consentPublicList: true,
      decidedAt: true,
      cancelledAt: true,
      isSample: true,
      createdAt: true,
      forum: { select: forumSelect },
    },
  });
}

export type MyRegistration = NonNullable<Awaited<ReturnType<typeof getMyRegistration>>>;

/** The id of the signed-in user's own registration, for domain functions that take one (resending the confirmation). */
export async function getMyParticipantId(ref: DelegateRef): Promise<string | null> {
  const row = await db.participant.findUnique({ where: ownWhere(ref), select: { id: true } });
  return row?.id ?? null;
}

/** What the area's navigation needs: whether there is a registration, and whether they head a delegation. */
export async function getMyAreaSummary(ref: DelegateRef): Promise<{ status: string; isHead: boolean } | null> {
  const row = await db.participant.findUnique({ where: ownWhere(ref), select: { status: true, headOf: { select: { id: true } } } });
  return row ? { status: row.status, isHead: row.headOf !== null } : null;
}

/** The badge: only its owner reads it, and the page shows it only when approved. */
export async function getMyBadge(ref: DelegateRef) {
  return db.participant.findUnique({
    where: ownWhere(ref),
    select: {
      fullName: true,
      latinName: true,
      status: true,
      category: true,
      badgeCode: true,
      organizationName: true,
      organization: { select: { nameEn: true, nameZh: true, nameRu: true, nameFr: true } },
      jobTitle: true,
      countryCode: true,
      delegation: { select: { name: true } },
      forum: { select: { ...forumSelect, cityEn: true, cityZh: true, cityRu: true, cityFr: true } },
    },
  });
}

/** Their registration's id (for the agenda) and the secret of their calendar feed (shown to its owner only). */
export async function getMyAgendaKeys(ref: DelegateRef): Promise<{ participantId: string; calendarToken: string } | null> {
  const row = await db.participant.findUnique({ where: ownWhere(ref), select: { id: true, calendarKey: true } });
  return row ? { participantId: row.id, calendarToken: calendarFeedToken(row.calendarKey) } : null;
}

/**
 * The delegation the signed-in user heads, with its members and invitations; null for anyone who
 * is not a head (a member of the delegation, a head of another one, no registration at all).
 */
export async function getMyDelegation(ref: DelegateRef) {
  const head = await db.participant.findUnique({
    where: ownWhere(ref),
    select: { id: true, headOf: { select: { id: true, name: true, countryCode: true } } },
  });
  if (!head?.headOf) return null;
  const delegationId = head.headOf.id;
  const [members, invitations] = await Promise.all([
    db.participant.findMany({
      where: { forumId: ref.forumId, delegationId },
      select: {
        id: true,
        fullName: true,
        latinName: true,
        category: true,
        status: true,
        jobTitle: true,
        organizationName: true,
        emailConfirmedAt: true,
        createdAt: true,
      },
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
    }),
    db.delegationInvitation.findMany({
      where: { delegationId, acceptedAt: null },
      select: { id: true, email: true, createdAt: true, expiresAt: true },
      orderBy: [{ expiresAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return { headParticipantId: head.id, delegation: head.headOf, members, invitations };
}

export type MyDelegation = NonNullable<Awaited<ReturnType<typeof getMyDelegation>>>;
