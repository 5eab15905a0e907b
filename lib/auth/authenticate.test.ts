import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { authenticate, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./authenticate";

const PASSWORD = "correct-horse-battery";

describe("authenticate", () => {
  it("signs a user in with the right password, whatever the e-mail's case", async () => {
    const user = await createUser(testDb(), { email: "ana@example.org", password: PASSWORD, role: "ORGANIZER" });
    const result = await authenticate({ email: "  Ana@Example.org ", password: PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, role: "ORGANIZER" }) });
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    await createUser(testDb(), { email: "boris@example.org", password: PASSWORD });
    expect(await authenticate({ email: "boris@example.org", password: "wrong-password" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "nobody@example.org", password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled account even with the right password", async () => {
    await createUser(testDb(), { email: "chen@example.org", password: PASSWORD, disabled: true });
    expect(await authenticate({ email: "chen@example.org", password: PASSWORD }, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated failures, even from new addresses and with the right password", async () => {
    await createUser(testDb(), { email: "dana@example.org", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await authenticate({ email: "dana@example.org", password: `guess-${i}` }, `10.1.0.${i}`)).toMatchObject({ reason: "invalid" });
    }
    const blocked = await authenticate({ email: "dana@example.org", password: PASSWORD }, "10.1.1.1");
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("throttles an address that tries many accounts", async () => {
    await createUser(testDb(), { email: "emil@example.org", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await authenticate({ email: `victim-${i}@example.org`, password: "guess" }, "10.2.0.1");
    }
    expect(await authenticate({ email: "emil@example.org", password: PASSWORD }, "10.2.0.1")).toMatchObject({ reason: "throttled" });
    expect(await authenticate({ email: "emil@example.org", password: PASSWORD }, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    await createUser(testDb(), { email: "fatima@example.org", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await authenticate({ email: "fatima@example.org", password: "nope" }, "10.3.0.1");
    expect(await authenticate({ email: "fatima@example.org", password: PASSWORD }, "10.3.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await authenticate({ email: "fatima@example.org", password: "nope" }, "10.3.0.1");
    expect(await authenticate({ email: "fatima@example.org", password: PASSWORD }, "10.3.0.1")).toMatchObject({ ok: true });
  });

  it("rejects malformed input without touching the database", async () => {
    expect(await authenticate({ email: "not-an-email", password: "" }, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("garbage", null)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("authenticate under parallel guessing", () => {
  it("lets no more than the limit of guesses through when they arrive at once", async () => {
    await createUser(testDb(), { email: "gulnara@example.org", password: PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => authenticate({ email: "gulnara@example.org", password: `guess-${i}` }, `10.4.0.${i}`)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(25 - MAX_FAILURES_PER_ACCOUNT);
  });
});
