import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createForum, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The import's actions are public endpoints: these tests call them directly, as a crafted request
// would, with the signed-in user swapped for each role.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const { previewProgramImportAction, importProgramAction } = await import("./actions");

const schedule = JSON.stringify({
  schedule: {
    conference: {
      acronym: "small",
      rooms: [{ name: "Hall A", capacity: 200 }],
      days: [{ rooms: { "Hall A": [{ guid: "5b1f1c1e-0000-4000-8000-000000000001", id: 1, date: "2025-07-10T09:00:00+08:00", duration: "01:00", room: "Hall A", title: "Opening", persons: [] }] } }],
    },
  },
});

let forumId: string;
const savedSlug = process.env.FORUM_SLUG;
afterAll(() => {
  if (savedSlug === undefined) delete process.env.FORUM_SLUG;
  else process.env.FORUM_SLUG = savedSlug;
});
beforeEach(async () => {
  const forum = await createForum(testDb());
  forumId = forum.id;
  process.env.FORUM_SLUG = forum.slug;
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  caller.user = { id: organizer.id, email: organizer.email, name: organizer.name, role: "ORGANIZER", chairOf: [] };
});

const as = async (role: "CHAIR" | "STAFF" | "DELEGATE") => {
  const user = await createUser(testDb(), { role });
  caller.user = { id: user.id, email: user.email, name: user.name, role, chairOf: [] };
};

describe("the program import actions", { timeout: 60_000 }, () => {
  it("preview, then import into the working forum, for an organizer", async () => {
    const preview = await previewProgramImportAction({ fileName: "schedule.json", text: schedule });
    if (preview.kind !== "preview") throw new Error(`expected a preview, got ${preview.kind}`);
    expect(preview.plan.counts.sessions).toEqual({ create: 1, match: 0 });
    const done = await importProgramAction({ fileName: "schedule.json", text: schedule, digest: preview.plan.digest });
    expect(done).toMatchObject({ kind: "done", counts: { sessions: { create: 1 }, rooms: { create: 1 } } });
    expect(await testDb().programSession.count({ where: { forumId } })).toBe(1);
  });

  it.each(["CHAIR", "STAFF", "DELEGATE"] as const)("refuses a %s, who cannot import even with a valid digest", async (role) => {
    const preview = await previewProgramImportAction({ fileName: "schedule.json", text: schedule });
    const digest = preview.kind === "preview" ? preview.plan.digest : "";
    await as(role);
    await expect(previewProgramImportAction({ fileName: "schedule.json", text: schedule })).rejects.toThrow(/403/);
    await expect(importProgramAction({ fileName: "schedule.json", text: schedule, digest })).rejects.toThrow(/403/);
    expect(await testDb().programSession.count({ where: { forumId } })).toBe(0);
  });

  it("answers a clear code, never an exception, to a body that is not what the page sends", async () => {
    expect(await previewProgramImportAction({ fileName: "x", text: "" })).toEqual({ kind: "error", code: "emptyFile" });
    expect(await previewProgramImportAction({ text: schedule, forumId: "someone-else" })).toEqual({ kind: "error", code: "invalidRequest" });
    expect(await previewProgramImportAction("not an object")).toEqual({ kind: "error", code: "invalidRequest" });
    expect(await importProgramAction({ fileName: "x", text: schedule })).toEqual({ kind: "error", code: "invalidRequest" });
    expect(await importProgramAction({ fileName: "x", text: schedule, digest: "made-up" })).toMatchObject({ kind: "stale" });
    expect(await testDb().programSession.count({ where: { forumId } })).toBe(0);
  });
});
