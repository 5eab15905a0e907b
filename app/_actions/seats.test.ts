import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createForum, createParticipant, createProgramSession, createUser, publishForTests } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The action is a public endpoint: called directly, as a crafted request would, with the signed-in
// user replaced by whoever `caller` names.
const caller: { user: CurrentUser | null } = { user: null };
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async () => {
    if (!caller.user) throw new Error("NEXT_REDIRECT;/login");
    return caller.user;
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "http://concord.test" }) }));
vi.mock("next-intl/server", async () => {
  const { default: seats } = await import("@/lib/i18n/messages/en/seats.json");
  const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], seats);
  return { getTranslations: async () => (key: string) => String(lookup(key)) };
});

const { seatPanelAction } = await import("./seats");

let sessionId: string;
let forumId: string;

async function signedIn(status: "APPROVED" | "PENDING") {
  const user = await createUser(testDb());
  await createParticipant(testDb(), { forumId, userId: user.id, status });
  caller.user = { id: user.id, email: user.email, name: user.name, role: "DELEGATE", chairOf: [] };
}

beforeEach(async () => {
  const forum = await createForum(testDb());
  vi.stubEnv("FORUM_SLUG", forum.slug);
  vi.stubEnv("NEXTAUTH_URL", "");
  forumId = forum.id;
  sessionId = (await createProgramSession(testDb(), { forumId, seatBooking: true, capacity: 1 })).id;
  await publishForTests(testDb(), forumId);
  caller.user = null;
});

describe("seatPanelAction", () => {
  it("takes a seat for the signed-in delegate and answers with the panel's state", async () => {
    await signedIn("APPROVED");
    expect(await seatPanelAction({ sessionId, action: "take" })).toMatchObject({ ok: true, value: { outcome: "CONFIRMED", state: { mine: { status: "CONFIRMED" }, seatsLeft: 0 } } });
  });

  it("explains a refusal at the form, and bad input at the field", async () => {
    await signedIn("PENDING");
    expect(await seatPanelAction({ sessionId, action: "take" })).toEqual({ ok: false, fieldErrors: {}, formError: "Your registration is not approved, so you cannot take a seat." });
    expect(await seatPanelAction({ sessionId, action: "steal" })).toMatchObject({ ok: false, fieldErrors: { action: expect.any(String) } });
    expect(await seatPanelAction({ sessionId, action: "take", participantId: "someone-else" })).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await seatPanelAction("nonsense")).toMatchObject({ ok: false });
    expect(await testDb().seat.count({ where: { sessionId } })).toBe(0);
  });

  it("sends a visitor who is not signed in to sign in", async () => {
    await expect(seatPanelAction({ sessionId, action: "take" })).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
