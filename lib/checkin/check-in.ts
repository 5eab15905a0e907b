import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { dayKey } from "@/lib/time/format";
import { recordUnknownBadge, unknownBadgeWait } from "./throttle";

export const CHECKED_IN_ACTION = "participant.checked-in";

/** What the door sees of a participant, and nothing more: no e-mail, no id, no other participant. */
export type DoorParticipant = {
  fullName: string;
  latinName: string | null;
  organization: string;
  category: ParticipantCategory;
  status: ParticipantStatus;
  /** When they were checked in on the forum's current day (a forum of several days checks in each day). */
  checkedInAt: Date | null;
  /** The name of whoever checked them in today, when they are. */
  checkedInBy: string | null;
  /** Days (YYYY-MM-DD, the forum's zone) they were checked in on before today. */
  earlierDays: string[];
};

export type BadgeLookup =
  | { found: false }
  | {
      found: true;
      participant: DoorParticipant;
      /** True when this call checked them in; false when they already were (or cannot be). */
      checkedInNow: boolean;
    };

/** A lookup at the door: also refused for a while after too many unknown codes from one person. */
export type DoorLookup = BadgeLookup | { found: false; retryAfterSeconds: number };

const select = {
  id: true,
  fullName: true,
  latinName: true,
  organizationName: true,
  organization: { select: { nameEn: true } },
  category: true,
  status: true,
  checkIns: { orderBy: { day: "asc" }, select: { day: true, at: true, by: { select: { name: true } } } },
} as const;

type Reader = Pick<typeof db, "participant" | "forum">;

/** The forum's current day, YYYY-MM-DD in its time zone. */
async function forumDay(reader: Reader, forumId: string, now: Date): Promise<string | null> {
  const forum = await reader.forum.findUnique({ where: { id: forumId }, select: { timeZone: true } });
  return forum ? dayKey(now, forum.timeZone) : null;
}

async function readAtDoor(reader: Reader, forumId: string, code: string, day: string, checkedInNow: boolean): Promise<BadgeLookup> {
  const p = await reader.participant.findFirst({ where: { forumId, badgeCode: code }, select });
  if (!p) return { found: false };
  const today = p.checkIns.find((c) => c.day === day) ?? null;
  return {
    found: true,
    participant: {
      fullName: p.fullName,
      latinName: p.latinName,
      organization: p.organization?.nameEn ?? p.organizationName,
      category: p.category,
      status: p.status,
      checkedInAt: today?.at ?? null,
      checkedInBy: today?.by?.name ?? null,
      earlierDays: p.checkIns.filter((c) => c.day < day).map((c) => c.day),
    },
    checkedInNow,
  };
}

/** Who a badge belongs to and whether they came in today, without changing anything. */
export async function lookUpBadge(forumId: string, code: string, now: Date = new Date()): Promise<BadgeLookup> {
  const day = await forumDay(db, forumId, now);
  return day ? readAtDoor(db, forumId, code, day, false) : { found: false };
}

/**
 * Checks an approved participant in at the door for the forum's current day. Idempotent per day:
 * the (participant, day) unique index lets one insert through, so a second scan (or two staff
 * scanning at once) keeps the first time and writes no second audit entry; the next day they are
 * checked in again. The conditional update on the registration both requires APPROVED (a
 * rejection landing meanwhile waits for it, or wins) and keeps the first check-in ever on the
 * registration itself. Anyone not approved is never checked in.
 */
export async function checkInByBadge(forumId: string, code: string, staffUserId: string, now: Date = new Date()): Promise<BadgeLookup> {
  return db.$transaction(async (tx) => {
    const day = await forumDay(tx, forumId, now);
    if (!day) return { found: false };
    const approved = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Participant" SET "checkedInAt" = COALESCE("checkedInAt", ${now})
      WHERE "forumId" = ${forumId} AND "badgeCode" = ${code} AND "status" = 'APPROVED'
      RETURNING "id"`;
    const participantId = approved[0]?.id;
    let checkedInNow = false;
    if (participantId) {
      const inserted = await tx.checkIn.createMany({ data: [{ forumId, participantId, day, at: now, byId: staffUserId }], skipDuplicates: true });
      checkedInNow = inserted.count === 1;
      if (checkedInNow) {
        await recordAudit(tx, { forumId, actorId: staffUserId, action: CHECKED_IN_ACTION, entity: { type: "Participant", id: participantId }, data: { checkedInAt: now.toISOString(), day } });
      }
    }
    return readAtDoor(tx, forumId, code, day, checkedInNow);
  });
}

/** A lookup by a member of staff: unknown codes count against them (guessing badge codes is refused). */
export async function lookUpBadgeAsStaff(staffUserId: string, forumId: string, code: string): Promise<DoorLookup> {
  const wait = await unknownBadgeWait(staffUserId);
  if (wait > 0) return { found: false, retryAfterSeconds: wait };
  const lookup = await lookUpBadge(forumId, code);
  if (!lookup.found) await recordUnknownBadge(staffUserId);
  return lookup;
}

/**
 * A check-in by a member of staff, refused like a lookup while they are held back. An unknown code
 * is counted by the lookup that shows the outcome (the page after the check-in), not twice.
 */
export async function checkInAsStaff(staffUserId: string, forumId: string, code: string): Promise<DoorLookup> {
  const wait = await unknownBadgeWait(staffUserId);
  if (wait > 0) return { found: false, retryAfterSeconds: wait };
  return checkInByBadge(forumId, code, staffUserId);
}

/** How many were checked in on the forum's current day (in the forum's zone). */
export async function countCheckedInToday(forumId: string, timeZone: string, now: Date = new Date()): Promise<number> {
  return db.checkIn.count({ where: { forumId, day: dayKey(now, timeZone) } });
}
