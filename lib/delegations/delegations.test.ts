import { describe, expect, it } from "vitest";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { clearDelegationHead, createDelegation as create, setDelegationHead } from "./delegations";
import { listDelegations, listHeadCandidates } from "./queries";
import { createDelegationSchema } from "./schemas";

async function setUp() {
  const forum = await createForum(testDb());
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  return { forum, organizer };
}

const headOf = async (delegationId: string) => (await testDb().delegation.findUniqueOrThrow({ where: { id: delegationId } })).headId;
const actions = async (participantId: string) =>
  (await testDb().auditEntry.findMany({ where: { entityType: "Participant", entityId: participantId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);

describe("creating delegations", () => {
  it("creates a delegation for a country and audits it", async () => {
    const { forum, organizer } = await setUp();
    const result = await create(organizer, forum.id, createDelegationSchema.parse({ countryCode: "uz", name: "  Delegation   of Uzbekistan " }));
    expect(result.ok).toBe(true);
    const saved = await testDb().delegation.findFirstOrThrow({ where: { forumId: forum.id } });
    expect(saved).toMatchObject({ countryCode: "UZ", name: "Delegation of Uzbekistan", headId: null });
    expect(await testDb().auditEntry.count({ where: { entityId: saved.id, action: "delegation.created", actorId: organizer.id } })).toBe(1);
  });

  it("refuses a second delegation with the same name in the forum, also when both are created at once", async () => {
    const { forum, organizer } = await setUp();
    const input = { countryCode: "KZ", name: "Delegation of Kazakhstan" };
    const results = await Promise.all([create(organizer, forum.id, input), create(organizer, forum.id, input), create(organizer, forum.id, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: "NAME_TAKEN" },
      { ok: false, error: "NAME_TAKEN" },
    ]);
    // Next year's forum may reuse the name.
    expect((await create(organizer, (await createForum(testDb())).id, input)).ok).toBe(true);
  });

  it("refuses a country that is not a two-letter code and an empty name, at their fields", () => {
    const result = createDelegationSchema.safeParse({ countryCode: "Kazakhstan", name: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["countryCode", "name"]);
  });
});

describe("heads of delegation", () => {
  it("makes a member the head, replaces the previous one, and audits both on the participants", async () => {
    const { forum, organizer } = await setUp();
    const d = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const first = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id });
    const second = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id, status: "PENDING" });
    expect(await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: first.id })).toEqual({ ok: true, value: { id: d.id, name: d.name, head: first.fullName } });
    expect(await headOf(d.id)).toBe(first.id);
    await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: second.id });
    expect(await headOf(d.id)).toBe(second.id);
    expect(await actions(first.id)).toEqual(["participant.head-assigned", "participant.head-removed"]);
    expect(await actions(second.id)).toEqual(["participant.head-assigned"]);
  });

  it("refuses someone who is not a member, or rejected, or of another forum", async () => {
    const { forum, organizer } = await setUp();
    const d = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const outsider = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ" });
    const rejected = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id, status: "REJECTED" });
    const elsewhere = await createParticipant(testDb(), { countryCode: "KZ", delegationId: d.id });
    expect(await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: outsider.id })).toEqual({ ok: false, error: "NOT_MEMBER" });
    expect(await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: rejected.id })).toEqual({ ok: false, error: "NOT_ELIGIBLE" });
    expect(await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: elsewhere.id })).toEqual({ ok: false, error: "NOT_MEMBER" });
    const otherForum = await createForum(testDb());
    expect(await setDelegationHead(organizer, otherForum.id, { delegationId: d.id, participantId: outsider.id })).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await headOf(d.id)).toBeNull();
  });

  it("moves the headship of someone who changed delegation instead of failing on the unique head", async () => {
    const { forum, organizer } = await setUp();
    const [old, next] = [await createDelegation(testDb(), { forumId: forum.id }), await createDelegation(testDb(), { forumId: forum.id })];
    const p = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: next.id });
    await testDb().delegation.update({ where: { id: old.id }, data: { headId: p.id } });
    expect((await setDelegationHead(organizer, forum.id, { delegationId: next.id, participantId: p.id })).ok).toBe(true);
    expect([await headOf(old.id), await headOf(next.id)]).toEqual([null, p.id]);
  });

  it("clears the head and says who it was in their history", async () => {
    const { forum, organizer } = await setUp();
    const d = await createDelegation(testDb(), { forumId: forum.id });
    const p = await createParticipant(testDb(), { forumId: forum.id, delegationId: d.id });
    await setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: p.id });
    expect((await clearDelegationHead(organizer, forum.id, { delegationId: d.id })).ok).toBe(true);
    expect(await headOf(d.id)).toBeNull();
    expect(await actions(p.id)).toEqual(["participant.head-assigned", "participant.head-removed"]);
    // Clearing again changes nothing and writes nothing.
    expect((await clearDelegationHead(organizer, forum.id, { delegationId: d.id })).ok).toBe(true);
    expect(await actions(p.id)).toHaveLength(2);
  });

  it("ends with exactly one head when organizers name different heads at the same moment", async () => {
    const { forum, organizer } = await setUp();
    const d = await createDelegation(testDb(), { forumId: forum.id });
    const members = [];
    for (let i = 0; i < 5; i++) members.push(await createParticipant(testDb(), { forumId: forum.id, delegationId: d.id }));
    const results = await Promise.all(members.map((m) => setDelegationHead(organizer, forum.id, { delegationId: d.id, participantId: m.id })));
    const winners = results.filter((r) => r.ok).length;
    expect(winners).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(5 - winners).fill({ ok: false, error: "CONFLICT" }));
    // Each success was audited as an assignment, each replaced head as a removal: one head remains.
    const ids = members.map((m) => m.id);
    const assigned = await testDb().auditEntry.findMany({ where: { action: "participant.head-assigned", entityId: { in: ids } } });
    const removed = await testDb().auditEntry.findMany({ where: { action: "participant.head-removed", entityId: { in: ids } } });
    expect(assigned).toHaveLength(winners);
    expect(removed).toHaveLength(winners - 1);
    const head = await headOf(d.id);
    expect(assigned.map((a) => a.entityId)).toContain(head);
    expect(removed.map((r) => r.entityId)).not.toContain(head);
  });
});

describe("the delegations overview", () => {
  it("counts members by status, shows the head, and counts participants of each country outside any delegation", async () => {
    const { forum } = await setUp();
    const d = await createDelegation(testDb(), { forumId: forum.id, countryCode: "KZ", name: "Delegation of Kazakhstan" });
    const empty = await createDelegation(testDb(), { forumId: forum.id, countryCode: "UZ", name: "Delegation of Uzbekistan" });
    const head = await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id, fullName: "Айгерим Сапарова" });
    await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id, status: "PENDING" });
    await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ", delegationId: d.id, status: "CANCELLED" });
    await createParticipant(testDb(), { forumId: forum.id, countryCode: "KZ" });
    await testDb().delegation.update({ where: { id: d.id }, data: { headId: head.id } });
    const { delegations, unassignedByCountry } = await listDelegations(forum.id);
    expect(delegations.map((x) => [x.name, x.head?.fullName ?? null, x.members, x.total])).toEqual([
      ["Delegation of Kazakhstan", "Айгерим Сапарова", { PENDING: 1, APPROVED: 1, REJECTED: 0, CANCELLED: 1 }, 3],
      ["Delegation of Uzbekistan", null, { PENDING: 0, APPROVED: 0, REJECTED: 0, CANCELLED: 0 }, 0],
    ]);
    expect(unassignedByCountry).toEqual({ KZ: 1 });
    const candidates = await listHeadCandidates(forum.id, [d.id, empty.id]);
    expect(candidates.get(d.id)).toHaveLength(2);
    expect(candidates.get(empty.id)).toBeUndefined();
  });
});
