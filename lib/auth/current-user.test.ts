import { describe, expect, it } from "vitest";
import { createForum, createSubForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { resolveCurrentUser } from "./current-user";

describe("resolveCurrentUser", () => {
  it("reads the role from the database, not from the token", async () => {
    const user = await createUser(testDb(), { role: "DELEGATE" });
    await testDb().user.update({ where: { id: user.id }, data: { role: "ORGANIZER" } });
    const current = await resolveCurrentUser({ uid: user.id, av: 0 });
    expect(current?.role).toBe("ORGANIZER");
  });

  it("refuses a token issued before the user's auth version was raised", async () => {
    const user = await createUser(testDb(), { role: "ORGANIZER" });
    expect(await resolveCurrentUser({ uid: user.id, av: 0 })).not.toBeNull();
    await testDb().user.update({ where: { id: user.id }, data: { role: "DELEGATE", authVersion: { increment: 1 } } });
    expect(await resolveCurrentUser({ uid: user.id, av: 0 })).toBeNull();
    expect((await resolveCurrentUser({ uid: user.id, av: 1 }))?.role).toBe("DELEGATE");
  });

  it("refuses a disabled account at its next request", async () => {
    const user = await createUser(testDb(), { role: "STAFF" });
    await testDb().user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await resolveCurrentUser({ uid: user.id, av: 0 })).toBeNull();
  });

  it("refuses missing or malformed claims and unknown users", async () => {
    expect(await resolveCurrentUser(null)).toBeNull();
    expect(await resolveCurrentUser({ uid: 42, av: 0 })).toBeNull();
    expect(await resolveCurrentUser({ uid: "nobody", av: 0 })).toBeNull();
  });

  it("gives a chair their sub-forums", async () => {
    const forum = await createForum(testDb());
    const chair = await createUser(testDb(), { role: "CHAIR" });
    const subForum = await createSubForum(testDb(), { forumId: forum.id });
    await testDb().subForumChair.create({ data: { subForumId: subForum.id, userId: chair.id } });
    expect((await resolveCurrentUser({ uid: chair.id, av: 0 }))?.chairOf).toEqual([subForum.id]);
  });
});
