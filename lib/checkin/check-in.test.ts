import { describe, expect, it } from "vitest";
import { createForum, createOrganization, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { CHECKED_IN_ACTION, checkInAsStaff, checkInByBadge, countCheckedInToday, lookUpBadge, lookUpBadgeAsStaff } from "./check-in";
import { MAX_UNKNOWN_BADGES } from "./throttle";

async function door() {
  const forum = await createForum(testDb(), { timeZone: "Asia/Shanghai" });
  const staff = await createUser(testDb(), { role: "STAFF", name: "Wang Fang" });
  return { forum, staff };
}

const auditCount = (participantId: string) => testDb().auditEntry.count({ where: { entityType: "Participant", entityId: participantId, action: CHECKED_IN_ACTION } });

describe("check-in at the door", () => {
  it("checks an approved participant in once and keeps the first time on a second scan", async () => {
    const { forum, staff } = await door();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });

    const first = await checkInByBadge(forum.id, p.badgeCode, staff.id);
    expect(first).toMatchObject({ found: true, checkedInNow: true, participant: { checkedInBy: "Wang Fang" } });
    const second = await checkInByBadge(forum.id, p.badgeCode, staff.id);
    expect(second).toMatchObject({ found: true, checkedInNow: false, participant: { checkedInBy: "Wang Fang" } });
    expect(first.found && first.participant.checkedInAt).toBeInstanceOf(Date);
    expect(second.found && second.participant.checkedInAt?.getTime()).toBe(first.found && first.participant.checkedInAt?.getTime());
    expect(await auditCount(p.id)).toBe(1);
    const entry = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: p.id, action: CHECKED_IN_ACTION }, select: { actorId: true, forumId: true } });
    expect(entry).toEqual({ actorId: staff.id, forumId: forum.id });
  });

  it("checks a participant in once when two doors scan the same badge at the same moment", async () => {
    const { forum } = await door();
    const doors = await Promise.all([1, 2, 3, 4].map((n) => createUser(testDb(), { role: "STAFF", name: `Door ${n}` })));
    const p = await createParticipant(testDb(), { forumId: forum.id });

    const outcomes = await Promise.all(doors.map((staff) => checkInByBadge(forum.id, p.badgeCode, staff.id)));
    expect(outcomes.filter((o) => o.found && o.checkedInNow)).toHaveLength(1);
    const times = new Set(outcomes.map((o) => (o.found ? o.participant.checkedInAt?.getTime() : null)));
    expect(times.size).toBe(1);
    expect(await auditCount(p.id)).toBe(1);
    // Everyone is told who got there first.
    const winner = outcomes.find((o) => o.found && o.checkedInNow);
    const names = new Set(outcomes.map((o) => (o.found ? o.participant.checkedInBy : null)));
    expect([...names]).toEqual([winner?.found ? winner.participant.checkedInBy : "none"]);
  });

  it.each(["PENDING", "REJECTED", "CANCELLED"] as const)("refuses to check in a %s participant and writes nothing", async (status) => {
    const { forum, staff } = await door();
    const p = await createParticipant(testDb(), { forumId: forum.id, status });
    expect(await checkInByBadge(forum.id, p.badgeCode, staff.id)).toMatchObject({ found: true, checkedInNow: false, participant: { status, checkedInAt: null, checkedInBy: null } });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { checkedInAt: true } })).toEqual({ checkedInAt: null });
    expect(await auditCount(p.id)).toBe(0);
  });

  it("does not find another forum's badge, nor a code nobody has", async () => {
    const [a, b] = [await createForum(testDb()), await createForum(testDb())];
    const staff = await createUser(testDb(), { role: "STAFF" });
    const p = await createParticipant(testDb(), { forumId: a.id });
    expect(await lookUpBadge(b.id, p.badgeCode)).toEqual({ found: false });
    expect(await lookUpBadge(a.id, "NOSUCHCODE234567")).toEqual({ found: false });
    expect(await checkInByBadge(b.id, p.badgeCode, staff.id)).toEqual({ found: false });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { checkedInAt: true } })).toEqual({ checkedInAt: null });
  });

  it("shows the door only the name, organization, category and status, never the e-mail", async () => {
    const { forum } = await door();
    const organization = await createOrganization(testDb(), { nameEn: "Astana Digital Solutions", countryCode: "KZ" });
    const p = await createParticipant(testDb(), {
      forumId: forum.id,
      fullName: "Айгерим Сапарова",
      latinName: "Aigerim Saparova",
      email: "aigerim@example.kz",
      category: "GOVERNMENT",
      organizationId: organization.id,
      organizationName: "typed at registration",
    });
    const lookup = await lookUpBadge(forum.id, p.badgeCode);
    expect(lookup).toEqual({
      found: true,
      checkedInNow: false,
      participant: {
        fullName: "Айгерим Сапарова",
        latinName: "Aigerim Saparova",
        organization: "Astana Digital Solutions",
        category: "GOVERNMENT",
        status: "APPROVED",
        checkedInAt: null,
        checkedInBy: null,
        earlierDays: [],
      },
    });
    expect(JSON.stringify(lookup)).not.toContain("aigerim@example.kz");
    expect(JSON.stringify(lookup)).not.toContain(p.id);
  });

  it("counts the check-ins of the forum's own day, from midnight in its zone", async () => {
    const { forum, staff } = await door();
    const other = await createForum(testDb(), { timeZone: "Asia/Shanghai" });
    // 10 July 2025 in Tianjin starts at 2025-07-09T16:00Z.
    const at = async (iso: string, forumId = forum.id) => {
      const p = await createParticipant(testDb(), { forumId });
      await checkInByBadge(forumId, p.badgeCode, staff.id, new Date(iso));
    };
    await at("2025-07-09T15:59:59Z"); // 23:59:59 on 9 July, local
    await at("2025-07-09T16:00:00Z"); // midnight, 10 July
    await at("2025-07-10T01:30:00Z"); // 09:30
    await at("2025-07-10T05:00:00Z", other.id); // another forum
    await createParticipant(testDb(), { forumId: forum.id }); // not checked in
    expect(await countCheckedInToday(forum.id, "Asia/Shanghai", new Date("2025-07-10T06:00:00Z"))).toBe(2);
    expect(await countCheckedInToday(forum.id, "Asia/Shanghai", new Date("2025-07-09T12:00:00Z"))).toBe(1);
  });

  it("checks a delegate in again on the forum's next day, and tells the door the days before", async () => {
    const { forum, staff } = await door();
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });
    const dayOne = new Date("2025-07-10T01:00:00Z"); // 09:00 on 10 July in Tianjin
    const dayTwo = new Date("2025-07-11T00:30:00Z"); // 08:30 on 11 July

    expect(await checkInByBadge(forum.id, p.badgeCode, staff.id, dayOne)).toMatchObject({ checkedInNow: true });
    expect(await lookUpBadge(forum.id, p.badgeCode, dayTwo)).toMatchObject({ found: true, participant: { checkedInAt: null, earlierDays: ["2025-07-10"] } });
    const again = await checkInByBadge(forum.id, p.badgeCode, staff.id, dayTwo);
    expect(again).toMatchObject({ checkedInNow: true, participant: { checkedInAt: dayTwo, checkedInBy: "Wang Fang", earlierDays: ["2025-07-10"] } });
    expect(await checkInByBadge(forum.id, p.badgeCode, staff.id, new Date(dayTwo.getTime() + 60_000))).toMatchObject({ checkedInNow: false, participant: { checkedInAt: dayTwo } });
    // The registration keeps the first check-in of all; each day has its audit entry.
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id } })).checkedInAt).toEqual(dayOne);
    expect(await auditCount(p.id)).toBe(2);
    expect(await countCheckedInToday(forum.id, forum.timeZone, dayTwo)).toBe(1);
  });

  it("counts a check-in at once in the day's figure", async () => {
    const { forum, staff } = await door();
    const p = await createParticipant(testDb(), { forumId: forum.id });
    const before = await countCheckedInToday(forum.id, forum.timeZone);
    await checkInByBadge(forum.id, p.badgeCode, staff.id);
    expect(await countCheckedInToday(forum.id, forum.timeZone)).toBe(before + 1);
  });
});

describe("unknown codes from one member of staff", () => {
  it("refuses lookups for a while after too many unknown codes, for that person only", async () => {
    const { forum, staff } = await door();
    const colleague = await createUser(testDb(), { role: "STAFF" });
    const p = await createParticipant(testDb(), { forumId: forum.id });
    // Known badges never count: a busy door is not slowed down.
    for (let i = 0; i < 3; i++) expect(await lookUpBadgeAsStaff(staff.id, forum.id, p.badgeCode)).toMatchObject({ found: true });
    for (let i = 0; i < MAX_UNKNOWN_BADGES; i++) expect(await lookUpBadgeAsStaff(staff.id, forum.id, `UNKNOWNCODE${i}`)).toEqual({ found: false });

    const refused = await lookUpBadgeAsStaff(staff.id, forum.id, p.badgeCode);
    expect(refused).toMatchObject({ found: false, retryAfterSeconds: expect.any(Number) });
    expect(await checkInAsStaff(staff.id, forum.id, p.badgeCode)).toMatchObject({ found: false, retryAfterSeconds: expect.any(Number) });
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { checkedInAt: true } })).toEqual({ checkedInAt: null });
    expect(await checkInAsStaff(colleague.id, forum.id, p.badgeCode)).toMatchObject({ found: true, checkedInNow: true });
  });
});
