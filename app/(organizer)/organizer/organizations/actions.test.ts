import { createTranslator } from "next-intl";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "@/lib/i18n/messages";
import { createAgreement, createForum, createOrganization, createProgramSession, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// Called directly, as a crafted request would, with the signed-in user swapped for each role.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
}));
const expired: string[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => expired.push(`path:${path}`),
  revalidateTag: () => {},
  updateTag: (tag: string) => expired.push(`tag:${tag}`),
  unstable_cache: (fn: unknown) => fn,
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: loadMessages("en"), namespace: namespace as "organizations" }),
}));

const { deleteShowcaseAction, mergeOrganizationsAction, saveOrganizationAction, saveShowcaseAction } = await import("./actions");

let forumId: string;
const savedSlug = process.env.FORUM_SLUG;
afterAll(() => {
  if (savedSlug === undefined) delete process.env.FORUM_SLUG;
  else process.env.FORUM_SLUG = savedSlug;
});
beforeEach(async () => {
  const forum = await createForum(testDb(), { nameEn: "Forum of the action tests" });
  forumId = forum.id;
  process.env.FORUM_SLUG = forum.slug;
  const organizer = await createUser(testDb(), { role: "ORGANIZER" });
  caller.user = { id: organizer.id, email: organizer.email, name: organizer.name, role: "ORGANIZER", chairOf: [] };
  expired.length = 0;
});

const values = { nameEn: "Henan Data Exchange", nameZh: "河南数据交易所", kind: "COMPANY", countryCode: "CN", region: "Henan", website: "https://hn-data.example.cn", descriptionEn: "" };

describe("organization actions", () => {
  it("creates an organization (on no public page yet), then edits it, expiring the cached public pages", async () => {
    const created = await saveOrganizationAction({ id: null, values });
    expect(created).toMatchObject({ ok: true, value: { slug: "henan-data-exchange" } });
    expect(expired).not.toContain("tag:published-program");
    const id = created.ok ? created.value?.id : undefined;
    expect(await saveOrganizationAction({ id, values: { ...values, nameEn: "Henan Data Exchange Co." } })).toMatchObject({ ok: true, value: { id, slug: "henan-data-exchange" } });
    expect(expired).toEqual(expect.arrayContaining(["tag:published-program", "tag:signings-board", "path:/signings"]));
  });

  it("answers bad input with messages at the fields, never an exception", async () => {
    expect(await saveOrganizationAction({ id: null, values: { ...values, nameEn: "", website: "javascript:alert(1)", countryCode: "ZZ" } })).toEqual({
      ok: false,
      fieldErrors: {
        "values.nameEn": "Enter the name in English",
        "values.countryCode": "Choose a country from the list",
        "values.website": "Enter a web address starting with https:// or http://",
      },
    });
    expect(await saveOrganizationAction({ id: null, values: { ...values, isSample: true } })).toMatchObject({ ok: false });
    expect(await saveOrganizationAction("nonsense")).toMatchObject({ ok: false });
    expect(await saveOrganizationAction({ id: "x".repeat(25), values })).toEqual({ ok: false, fieldErrors: {}, formError: "This organization no longer exists." });
    expect(expired).toEqual([]);
  });

  it("merges a duplicate, and names the agreement that stops a merge", async () => {
    const keep = await createOrganization(testDb());
    const drop = await createOrganization(testDb());
    const other = await createOrganization(testDb());
    expect(await mergeOrganizationsAction({ keepId: keep.id, dropId: keep.id })).toEqual({ ok: false, fieldErrors: { dropId: "Choose another organization than the one kept" } });
    await createAgreement(testDb(), { forumId, titleEn: "Zhengzhou data corridor", parties: [{ organizationId: keep.id, role: "A" }, { organizationId: drop.id, role: "B" }] });
    expect(await mergeOrganizationsAction({ keepId: keep.id, dropId: drop.id })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Both organizations are parties to the agreement “Zhengzhou data corridor”. Remove one of them from it first.",
    });
    expect(await mergeOrganizationsAction({ keepId: keep.id, dropId: other.id })).toEqual({ ok: true, value: { id: keep.id } });
    expect(await testDb().organization.findUnique({ where: { id: other.id } })).toBeNull();
    expect(expired).toContain("tag:published-program");
  });

  it("saves and deletes a showcase, refusing a session of another forum at the sessions field", async () => {
    const org = await createOrganization(testDb());
    const session = await createProgramSession(testDb(), { forumId, type: "SHOWCASE" });
    const elsewhere = await createProgramSession(testDb(), { type: "SHOWCASE" });
    const showcase = { headlineEn: "Port twins", stand: "B01", published: true, sessions: [{ sessionId: elsewhere.id, position: 1 }] };
    expect(await saveShowcaseAction({ organizationId: org.id, values: showcase })).toEqual({ ok: false, fieldErrors: { "values.sessions": "Choose sessions of this forum only." } });
    expect(await saveShowcaseAction({ organizationId: org.id, values: { ...showcase, sessions: [{ sessionId: session.id, position: "2" }] } })).toMatchObject({ ok: true });
    expect(expired).toEqual(expect.arrayContaining(["tag:published-program", "tag:signings-board"]));
    expect(await testDb().showcaseSession.findMany({ where: { sessionId: session.id }, select: { position: true } })).toEqual([{ position: 2 }]);
    expect(await deleteShowcaseAction({ organizationId: org.id })).toMatchObject({ ok: true });
    expect(await testDb().showcaseProfile.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses chairs, staff and delegates", async () => {
    const keep = await createOrganization(testDb());
    const drop = await createOrganization(testDb());
    for (const role of ["CHAIR", "STAFF", "DELEGATE"] as const) {
      const user = await createUser(testDb(), { role });
      caller.user = { id: user.id, email: user.email, name: user.name, role, chairOf: [] };
      await expect(saveOrganizationAction({ id: null, values })).rejects.toThrow(/403/);
      await expect(mergeOrganizationsAction({ keepId: keep.id, dropId: drop.id })).rejects.toThrow(/403/);
      await expect(saveShowcaseAction({ organizationId: keep.id, values: { headlineEn: "X" } })).rejects.toThrow(/403/);
      await expect(deleteShowcaseAction({ organizationId: keep.id })).rejects.toThrow(/403/);
    }
    expect(await testDb().organization.count({ where: { id: drop.id } })).toBe(1);
  });
});
