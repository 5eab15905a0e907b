import { createTranslator } from "next-intl";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "@/lib/i18n/messages";
import { CONSENT_DATA_MESSAGE } from "@/lib/registration/schemas";
import { MAX_REGISTRATIONS_PER_ADDRESS } from "@/lib/registration/throttle";
import { createDelegation, createForum, createParticipant, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The actions are public endpoints: these tests post to them directly, as a crafted request would.
const request = { headers: new Headers(), user: null as CurrentUser | null };
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "register") => createTranslator({ locale: "en", messages: loadMessages("en"), namespace }),
}));
vi.mock("@/app/_lib/guard", () => ({
  requireRole: async () => {
    if (!request.user) throw new Error("NEXT_REDIRECT;/login");
    return request.user;
  },
}));

const { registerAction, resendConfirmationAction } = await import("./actions");

let forumId: string;
let address = 0;
const savedOrigin = process.env.NEXTAUTH_URL;
afterAll(() => {
  if (savedOrigin === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedOrigin;
});

function form(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Иван Петров",
    latinName: "Ivan Petrov",
    email: "ivan.petrov@example.ru",
    password: "Volga-river-2025",
    category: "BUSINESS",
    organizationName: "Rostelecom",
    jobTitle: "",
    countryCode: "RU",
    delegationId: "",
    preferredLocale: "RU",
    consentData: true,
    consentPublicList: false,
    inviteToken: "",
    ...overrides,
  };
}

beforeEach(async () => {
  await testDb().outboxMessage.deleteMany();
  await testDb().forum.deleteMany();
  await testDb().user.deleteMany();
  forumId = (await createForum(testDb())).id;
  address += 1;
  request.headers = new Headers({ host: "concord.test:3000", "x-forwarded-for": `198.51.100.${address}` });
  request.user = null;
  delete process.env.NEXTAUTH_URL;
});

describe("registerAction", () => {
  it("registers and queues a confirmation link on the request's host", async () => {
    expect(await registerAction(form())).toEqual({ ok: true });
    const message = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: "ivan.petrov@example.ru" } });
    expect(message.text).toContain("http://concord.test:3000/register/confirm?token=");
  });

  it("puts NEXTAUTH_URL into the link, whatever Host the request claims", async () => {
    process.env.NEXTAUTH_URL = "https://forum.example.org";
    request.headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-for": "198.51.100.250" });
    expect(await registerAction(form())).toEqual({ ok: true });
    const message = await testDb().outboxMessage.findFirstOrThrow({ where: { toEmail: "ivan.petrov@example.ru" } });
    expect(message.text).toContain("https://forum.example.org/register/confirm?token=");
    expect(message.text).not.toContain("evil.example");
  });

  it("answers a weak password, a missing consent and a bad e-mail at their fields", async () => {
    const result = await registerAction(form({ password: "short", consentData: false, email: "ivan@" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { password: "Use at least 12 characters", consentData: CONSENT_DATA_MESSAGE, email: expect.stringMatching(/valid e-mail/) },
    });
    expect(await testDb().user.count()).toBe(0);
  });

  it("answers a duplicate e-mail at the e-mail field", async () => {
    await createUser(testDb(), { email: "ivan.petrov@example.ru" });
    expect(await registerAction(form({ email: "Ivan.Petrov@Example.RU" }))).toEqual({
      ok: false,
      fieldErrors: { email: "This e-mail address is already registered. Sign in, or use another address." },
    });
  });

  it("answers a delegation of another country at the delegation field", async () => {
    const delegation = await createDelegation(testDb(), { forumId, countryCode: "KZ" });
    expect(await registerAction(form({ delegationId: delegation.id }))).toMatchObject({ ok: false, fieldErrors: { delegationId: expect.stringMatching(/delegations of the chosen country/) } });
  });

  it("refuses fields the form does not have, such as a role or a status", async () => {
    expect(await registerAction({ ...form(), role: "ADMIN" })).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await registerAction({ ...form(), status: "APPROVED" })).toMatchObject({ ok: false });
    expect(await registerAction("not an object")).toMatchObject({ ok: false });
    expect(await testDb().user.count()).toBe(0);
  });

  it("throttles one address after many registrations", async () => {
    for (let i = 0; i < MAX_REGISTRATIONS_PER_ADDRESS; i++) {
      // Refused ones count too: each costs a password hash, and could probe for registered addresses.
      expect(await registerAction(form({ email: `guest${i}@example.ru`, delegationId: "nosuchdelegation" }))).toMatchObject({ ok: false });
    }
    expect(await registerAction(form())).toMatchObject({ ok: false, formError: expect.stringMatching(/Too many registrations/) });
    expect(await testDb().user.count({ where: { email: "ivan.petrov@example.ru" } })).toBe(0);
  });
});

describe("resendConfirmationAction", () => {
  it("sends a new link to the signed-in delegate's own registration only", async () => {
    const user = await createUser(testDb());
    const mine = await createParticipant(testDb(), { forumId, userId: user.id, email: user.email, status: "PENDING", emailConfirmedAt: null });
    const other = await createParticipant(testDb(), { forumId, status: "PENDING", emailConfirmedAt: null });
    request.user = { id: user.id, email: user.email, name: user.name, role: "DELEGATE", chairOf: [] };
    expect(await resendConfirmationAction()).toMatchObject({ ok: true, value: { outcome: "sent" } });
    expect(await testDb().outboxMessage.count({ where: { toEmail: mine.email } })).toBe(1);
    expect(await testDb().outboxMessage.count({ where: { toEmail: other.email } })).toBe(0);
    expect(await resendConfirmationAction()).toMatchObject({ ok: false, formError: expect.stringMatching(/wait a moment/) });
  });

  it("tells a signed-in user without a registration so, and sends nothing", async () => {
    const user = await createUser(testDb(), { role: "ORGANIZER" });
    request.user = { id: user.id, email: user.email, name: user.name, role: "ORGANIZER", chairOf: [] };
    expect(await resendConfirmationAction()).toMatchObject({ ok: false, formError: "You have no registration for this forum." });
    expect(await testDb().outboxMessage.count()).toBe(0);
  });

  it("lets nobody in without signing in", async () => {
    await expect(resendConfirmationAction()).rejects.toThrow();
  });
});
