import "server-only";
import { db } from "@/lib/db/client";
import { ParticipantStatus } from "@/lib/generated/prisma/enums";

export type MemberCounts = Record<ParticipantStatus, number>;

const emptyCounts = (): MemberCounts => Object.fromEntries(Object.values(ParticipantStatus).map((s) => [s, 0])) as MemberCounts;

/** How many members a delegation may list in its head picker; larger ones pick from the participant list. */
export const HEAD_CHOICES_MAX = 300;

export type DelegationOverview = {
  id: string;
  name: string;
  countryCode: string;
  head: { id: string; fullName: string; latinName: string | null; status: ParticipantStatus } | null;
  members: MemberCounts;
  total: number;
};

/**
 * The forum's delegations with their heads and member counts by status, plus, per country, how
 * many participants belong to no delegation. Two grouped counts, whatever the number of members.
 */
export async function listDelegations(forumId: string) {
  const [delegations, counts, unassigned] = await Promise.all([
    db.delegation.findMany({
      where: { forumId },
      select: { id: true, name: true, countryCode: true, head: { select: { id: true, fullName: true, latinName: true, status: true } } },
      orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    }),
    db.participant.groupBy({
      by: ["delegationId", "status"],
      where: { forumId, delegationId: { not: null } },
      _count: { _all: true },
      orderBy: [{ delegationId: "asc" }, { status: "asc" }],
    }),
    db.participant.groupBy({ by: ["countryCode"], where: { forumId, delegationId: null }, _count: { _all: true }, orderBy: { countryCode: "asc" } }),
  ]);
  const byDelegation = new Map<string, MemberCounts>();
  for (const c of counts) {
    if (!c.delegationId) continue;
    const entry = byDelegation.get(c.delegationId) ?? emptyCounts();
    entry[c.status] = c._count._all;
    byDelegation.set(c.delegationId, entry);
  }
  const overview: DelegationOverview[] = delegations.map((d) => {
    const members = byDelegation.get(d.id) ?? emptyCounts();
    return { ...d, members, total: Object.values(members).reduce((a, b) => a + b, 0) };
  });
  return { delegations: overview, unassignedByCountry: Object.fromEntries(unassigned.map((u) => [u.countryCode, u._count._all])) as Record<string, number> };
}

/** Members who may lead a delegation (approved or pending), by name, for the head picker. */
export async function listHeadCandidates(forumId: string, delegationIds: readonly string[]) {
  if (delegationIds.length === 0) return new Map<string, { id: string; fullName: string; latinName: string | null }[]>();
  const rows = await db.participant.findMany({
    where: { forumId, delegationId: { in: [...delegationIds] }, status: { in: ["APPROVED", "PENDING"] } },
    select: { id: true, fullName: true, latinName: true, delegationId: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
  const map = new Map<string, { id: string; fullName: string; latinName: string | null }[]>();
  for (const r of rows) {
    if (!r.delegationId) continue;
    const list = map.get(r.delegationId) ?? [];
    if (list.length < HEAD_CHOICES_MAX) list.push({ id: r.id, fullName: r.fullName, latinName: r.latinName });
    map.set(r.delegationId, list);
  }
  return map;
}

/** The forum's delegations for pickers and filters, by country then name. */
export async function listDelegationOptions(forumId: string) {
  return db.delegation.findMany({ where: { forumId }, select: { id: true, name: true, countryCode: true }, orderBy: [{ countryCode: "asc" }, { name: "asc" }] });
}
