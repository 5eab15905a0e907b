import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createForum, createProgramSession, createRoom, createSubForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The server actions are public endpoints: these tests call them directly, as a crafted request
// would, with the signed-in user replaced by a chair of one sub-forum.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const { createSessionAction, deleteSessionAction, moveSessionAction, updateSessionAction } = await import("./actions");

describe("session actions called directly by a chair", () => {
  let other: { id: string; startsAt: Date; titleEn: string };
  let ours: { id: string };
  let room: { id: string };
  let theirs: { id: string };

  beforeEach(async () => {
    const forum = await createForum(testDb(), { startDate: new Date("2099-07-10"), endDate: new Date("2099-07-11") });
    const mine = await createSubForum(testDb(), { forumId: forum.id });
    theirs = await createSubForum(testDb(), { forumId: forum.id });
    room = await createRoom(testDb(), { forumId: forum.id });
    other = await createProgramSession(testDb(), { forumId: forum.id, subForumId: theirs.id, titleEn: "Another chair's session" });
    ours = await createProgramSession(testDb(), { forumId: forum.id, subForumId: mine.id });
    const chair = await createUser(testDb(), { role: "CHAIR" });
    caller.user = { id: chair.id, email: chair.email, name: chair.name, role: "CHAIR", chairOf: [mine.id] };
  });

  it("refuses to update, move or delete another sub-forum's session and leaves it unchanged", async () => {
    const values = { type: "SUBFORUM", titleEn: "Hijacked", startsAt: "2099-07-10T10:00", endsAt: "2099-07-10T11:00", subForumId: theirs.id };
    expect(await updateSessionAction({ id: other.id, values })).toMatchObject({ ok: false, formError: expect.stringMatching(/sub-forums you chair/) });
    expect(await moveSessionAction({ id: other.id, startsAt: "2099-07-11T02:00:00.000Z", roomId: room.id })).toMatchObject({ ok: false });
    expect(await deleteSessionAction({ id: other.id })).toMatchObject({ ok: false });
    expect(await testDb().programSession.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ titleEn: "Another chair's session", startsAt: other.startsAt, roomId: null });
  });

  it("refuses to create a session in another sub-forum", async () => {
    const result = await createSessionAction({ type: "SUBFORUM", titleEn: "Sneaked in", startsAt: "2099-07-10T10:00", endsAt: "2099-07-10T11:00", subForumId: theirs.id });
    expect(result).toMatchObject({ ok: false });
    expect(await testDb().programSession.count({ where: { titleEn: "Sneaked in" } })).toBe(0);
  });

  it("refuses fields the form does not have, such as seatsTaken", async () => {
    const result = await moveSessionAction({ id: ours.id, startsAt: "2099-07-10T02:00:00.000Z", roomId: null, seatsTaken: 0 });
    expect(result).toMatchObject({ ok: false, formError: expect.any(String) });
  });

  it("lets the chair move their own session", async () => {
    expect(await moveSessionAction({ id: ours.id, startsAt: "2099-07-10T07:00:00.000Z", roomId: room.id })).toMatchObject({ ok: true });
  });

  it("lets nobody in without signing in", async () => {
    caller.user = null;
    await expect(moveSessionAction({ id: ours.id, startsAt: "2099-07-10T07:00:00.000Z", roomId: room.id })).rejects.toThrow();
  });
});
