import { describe, expect, it } from "vitest";
import { createForum, createProgramSession, publishForTests } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { latestPublicRelease, renewPublicPages } from "./published-release";

describe("the key of the cached public pages", () => {
  it("follows the latest release, and changes without a release when the public pages are renewed", async () => {
    const forum = await createForum(testDb(), { startDate: new Date("2099-07-10T00:00:00Z"), endDate: new Date("2099-07-11T00:00:00Z") });
    const session = await createProgramSession(testDb(), { forumId: forum.id });
    await publishForTests(testDb(), forum.id);

    const first = await latestPublicRelease();
    if (!first) throw new Error("no release");
    expect(first.sessionSlugs.has(session.slug)).toBe(true);
    expect(first.id.startsWith(`${first.releaseId}-`)).toBe(true);
    expect(await latestPublicRelease(first)).toBe(first);

    await renewPublicPages();
    const renewed = await latestPublicRelease(first);
    expect(renewed).toMatchObject({ releaseId: first.releaseId, sessionSlugs: first.sessionSlugs });
    expect(renewed?.id).not.toBe(first.id);

    await publishForTests(testDb(), forum.id);
    const next = await latestPublicRelease(renewed);
    expect(next?.releaseId).not.toBe(first.releaseId);
  });
});
