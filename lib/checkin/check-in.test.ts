import { describe, expect, it } from "vitest";
import { createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { checkInByBadge, lookUpBadge } from "./check-in";

describe("check-in", () => {
  it("checks an approved participant in once and keeps the first time on a second scan", async () => {
    const forum = await createForum(testDb());
    const staff = await createUser(testDb(), { role: "STAFF" });
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "APPROVED" });

    const first = await checkInByBadge(forum.id, p.badgeCode, staff.id);
    expect(first).toMatchObject({ found: true, checkedInNow: true });
    const second = await checkInByBadge(forum.id, p.badgeCode, staff.id);
    expect(second).toMatchObject({ found: true, checkedInNow: false });
    expect(first.found && second.found && second.participant.checkedInAt?.getTime()).toBe(first.found && first.participant.checkedInAt?.getTime());
    expect(await testDb().auditEntry.count({ where: { entityId: p.id, action: "participant.checked-in" } })).toBe(1);
  });

  it("does not check in a participant who is not approved", async () => {
    const forum = await createForum(testDb());
    const staff = await createUser(testDb(), { role: "STAFF" });
    const p = await createParticipant(testDb(), { forumId: forum.id, status: "PENDING" });
    expect(await checkInByBadge(forum.id, p.badgeCode, staff.id)).toMatchObject({ found: true, checkedInNow: false, participant: { status: "PENDING", checkedInAt: null } });
  });

  it("does not find another forum's badge", async () => {
    const [a, b] = [await createForum(testDb()), await createForum(testDb())];
    const p = await createParticipant(testDb(), { forumId: a.id });
    expect(await lookUpBadge(b.id, p.badgeCode)).toEqual({ found: false });
    expect(await lookUpBadge(a.id, "NO-SUCH-CODE")).toEqual({ found: false });
  });
});
