import { randomBytes } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; authVersion: number };

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Failures are counted in the database, so every app instance sees the same counters.
const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
// Generous per address: a venue's Wi-Fi puts hundreds of delegates behind one address.
export const MAX_FAILURES_PER_ADDRESS = 50;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "login-account", points: MAX_FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
    address: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "login-address", points: MAX_FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
  };
  return limiters;
}

/** Seconds to wait, when the limiter refused (rate-limiter-flexible rejects with its state). */
function refusedFor(error: unknown): number | null {
  if (error && typeof error === "object" && "msBeforeNext" in error && typeof error.msBeforeNext === "number") {
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
  return null;
}

// A hash to verify against when the account does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

/**
 * Checks an email and password. Wrong credentials never say which part was wrong; after
 * repeated failures for one account or one address, further attempts are refused for a while.
 */
export async function authenticate(input: unknown, address: string | null): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const { account, address: byAddress } = getLimiters();
  const addressKey = address ?? "unknown";

  // Every attempt takes a point first, atomically, before the password is checked: parallel
  // guesses cannot all slip in under the limit. A successful sign-in gives the points back.
  try {
    await Promise.all([account.consume(email), byAddress.consume(addressKey)]);
  } catch (error) {
    const wait = refusedFor(error);
    if (wait === null) throw error;
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, authVersion: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid || user.disabled) return { ok: false, reason: "invalid" };
  await Promise.all([account.delete(email), byAddress.reward(addressKey, 1), db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, authVersion: user.authVersion } };
}
