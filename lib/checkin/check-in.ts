import "server-only";
import { db } from "@/lib/db/client";

export type BadgeLookup =
  | { found: false }
  | {
      found: true;
      participant: {
        fullName: string;
        latinName: string | null;
        organization: string;
        category: string;
        status: string;
        checkedInAt: Date | null;
      };
      /** True when this call checked them in; false when they already were (or cannot be). */
      checkedInNow: boolean;
    };

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

function toLookup(p: { fullName: string; latinName: string | null; organizationName: string; organization: { nameEn: string } | null; category: string; status: string; checkedInAt: Date | null } | null, checkedInNow: boolean): BadgeLookup {
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
    },
    checkedInNow,
  };
}

/** Who a badge belongs to, without changing anything. */
export async function lookUpBadge(forumId: string, code: string): Promise<BadgeLookup> {
  return toLookup(await db.participant.findFirst({ where: { forumId, badgeCode: code }, select }), false);
}

/**
 * Checks an approved participant in at the door. Idempotent: one conditional update sets the time
 * only if none is set, so a second scan (or two staff scanning at once) keeps the first time.
 */
export async function checkInByBadge(forumId: string, code: string, staffUserId: string): Promise<BadgeLookup> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.participant.updateMany({
      where: { forumId, badgeCode: code, status: "APPROVED", checkedInAt: null },
      data: { checkedInAt: new Date() },
    });
    const p = await tx.participant.findFirst({ where: { forumId, badgeCode: code }, select });
    if (p && claimed.count === 1) {
      await tx.auditEntry.create({
        data: { forumId, actorId: staffUserId, action: "participant.checked-in", entityType: "Participant", entityId: p.id },
      });
    }
    return toLookup(p, claimed.count === 1);
  });
}

/** How many were checked in on the forum's current day (from local midnight in its zone). */
export async function countCheckedInSince(forumId: string, since: Date): Promise<number> {
  return db.participant.count({ where: { forumId, checkedInAt: { gte: since } } });
}
