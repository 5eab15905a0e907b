import "server-only";
import { db } from "@/lib/db/client";
import type { ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { dayKey } from "@/lib/time/format";
import { startOfLocalDay } from "@/lib/time/zone";
import { recordUnknownBadge, unknownBadgeWait } from "./throttle";

export const CHECKED_IN_ACTION = "participant.checked-in";

/** What the door sees of a participant, and nothing more: no e-mail, no id, no other participant. */
export type DoorParticipant = {
  fullName: string;
  latinName: string | null;
  organization: string;
  category: ParticipantCategory;
  status: ParticipantStatus;
  checkedInAt: Date | null;
  /** The name of whoever checked them in, when they are. */
  checkedInBy: string | null;
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
  checkedInAt: true,
} as const;

type Row = {
  id: string;
  fullName: string;
  latinName: string | null;
  organizationName: string;
  organization: { nameEn: string } | null;
  category: ParticipantCategory;
  status: ParticipantStatus;
  checkedInAt: Date | null;
};

type Reader = Pick<typeof db, "auditEntry">;

/** Who checked them in: the actor of the audit entry the check-in wrote. */
async function checkedInBy(reader: Reader, participantId: string): Promise<string | null> {
  const entry = await reader.auditEntry.findFirst({
    where: { entityType: "Participant", entityId: participantId, action: CHECKED_IN_ACTION },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return entry?.actor?.name ?? null;
}

async function toLookup(reader: Reader, p: Row | null, checkedInNow: boolean): Promise<BadgeLookup> {
  if (!p) return { found: false };
  return {
    found: true,
    participant: {
      fullName: p.fullName,
      latinName: p.latinName,
      organization: p.organization?.nameEn ?? p.organizationName,
      category: p.category,
      status: p.status,
      checkedInAt: p.checkedInAt,
      checkedInBy: p.checkedInAt ? await checkedInBy(reader, p.id) : null,
    },
    checkedInNow,
  };
}

/** Who a badge belongs to, without changing anything. */
export async function lookUpBadge(forumId: string, code: string): Promise<BadgeLookup> {
  return toLookup(db, await db.participant.findFirst({ where: { forumId, badgeCode: code }, select }), false);
}

/**
 * Checks an approved participant in at the door. Idempotent: one conditional update sets the time
 * only if none is set, so a second scan (or two staff scanning at once) keeps the first time and
 * writes no second audit entry. Anyone not approved is never checked in.
 */
export async function checkInByBadge(forumId: string, code: string, staffUserId: string): Promise<BadgeLookup> {
  return db.$transaction(async (tx) => {
    const checkedInAt = new Date();
    const claimed = await tx.participant.updateMany({
      where: { forumId, badgeCode: code, status: "APPROVED", checkedInAt: null },
      data: { checkedInAt },
    });
    const p = await tx.participant.findFirst({ where: { forumId, badgeCode: code }, select });
    if (p && claimed.count === 1) {
      await tx.auditEntry.create({
        data: { forumId, actorId: staffUserId, action: CHECKED_IN_ACTION, entityType: "Participant", entityId: p.id, data: { checkedInAt: checkedInAt.toISOString() } },
      });
    }
    return toLookup(tx, p, claimed.count === 1);
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

/** How many were checked in since a given instant. */
export async function countCheckedInSince(forumId: string, since: Date): Promise<number> {
  return db.participant.count({ where: { forumId, checkedInAt: { gte: since } } });
}

/** How many were checked in on the forum's current day: from local midnight in the forum's zone. */
export async function countCheckedInToday(forumId: string, timeZone: string, now: Date = new Date()): Promise<number> {
  return countCheckedInSince(forumId, startOfLocalDay(dayKey(now, timeZone), timeZone));
}
