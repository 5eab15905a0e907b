import { createTranslator } from "next-intl";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "@/lib/i18n/messages";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// Called directly, as a crafted request would, with the signed-in user swapped for each role.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async (...roles: string[]) => {
    if (!caller.user || (roles.length && !roles.includes(caller.user.role))) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return caller.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: loadMessages("en"), namespace: namespace as "participants" }),
}));

const { clearDelegationHeadAction, createDelegationAction, setDelegationHeadAction } = await import("./actions");

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

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

describe("delegation actions", () => {
  it("creates a delegation, and puts a taken name's message at the name field", async () => {
    expect(await createDelegationAction({ countryCode: "kz", name: "Delegation of Kazakhstan" })).toMatchObject({ ok: true });
    expect(await createDelegationAction({ countryCode: "KZ", name: "Delegation of Kazakhstan" })).toEqual({ ok: false, fieldErrors: { name: "Another delegation of this forum has this name." } });
    expect(await createDelegationAction({ countryCode: "KZ", name: "" })).toMatchObject({ ok: false, fieldErrors: { name: "Enter the delegation's name" } });
    expect(await createDelegationAction({ countryCode: "KZ", name: "X", headId: "someone" })).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await testDb().delegation.count({ where: { forumId } })).toBe(1);
  });

  it("sets and clears a head, with a sentence saying so", async () => {
    const d = await createDelegation(testDb(), { forumId, name: "Delegation of Uzbekistan", countryCode: "UZ" });
    const p = await createParticipant(testDb(), { forumId, countryCode: "UZ", delegationId: d.id, fullName: "Dilshod Rakhimov" });
    expect(await setDelegationHeadAction(null, form({ delegationId: d.id, participantId: p.id }))).toEqual({ ok: true, message: "Dilshod Rakhimov now heads Delegation of Uzbekistan." });
    expect(await clearDelegationHeadAction(null, form({ delegationId: d.id }))).toEqual({ ok: true, message: "Delegation of Uzbekistan has no head now." });
    expect(await setDelegationHeadAction(null, form({ delegationId: d.id, participantId: "" }))).toEqual({ ok: false, message: "Choose a member of the delegation" });
  });

  it("refuses a participant of another forum named head through a crafted request", async () => {
    const d = await createDelegation(testDb(), { forumId });
    const stranger = await createParticipant(testDb(), { delegationId: d.id });
    expect(await setDelegationHeadAction(null, form({ delegationId: d.id, participantId: stranger.id }))).toEqual({ ok: false, message: "Choose a member of this delegation." });
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: d.id } })).headId).toBeNull();
  });

  it("refuses chairs, staff and delegates", async () => {
    const d = await createDelegation(testDb(), { forumId });
    const p = await createParticipant(testDb(), { forumId, delegationId: d.id });
    for (const role of ["CHAIR", "STAFF", "DELEGATE"] as const) {
      const user = await createUser(testDb(), { role });
      caller.user = { id: user.id, email: user.email, name: user.name, role, chairOf: [] };
      await expect(setDelegationHeadAction(null, form({ delegationId: d.id, participantId: p.id }))).rejects.toThrow(/403/);
      await expect(createDelegationAction({ countryCode: "KZ", name: "Sneaky" })).rejects.toThrow(/403/);
    }
    expect((await testDb().delegation.findUniqueOrThrow({ where: { id: d.id } })).headId).toBeNull();
  });
});
