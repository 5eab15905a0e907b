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
export const MAX_FAILURES_PER_ADDRESS = 20;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "login-account", points: MAX_FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
    address: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "login-address", points: MAX_FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS, clearExpiredByTimeout: false }),
  };
  return limiters;
}

async function blockedFor(limiter: RateLimiterPrisma, key: string, max: number): Promise<number> {
  const state = await limiter.get(key);
  return state && state.consumedPoints >= max ? Math.ceil(state.msBeforeNext / 1000) : 0;
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

  const wait = Math.max(
    await blockedFor(account, email, MAX_FAILURES_PER_ACCOUNT),
    await blockedFor(byAddress, addressKey, MAX_FAILURES_PER_ADDRESS),
  );
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, authVersion: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid || user.disabled) {
    await Promise.all([account.penalty(email, 1), byAddress.penalty(addressKey, 1)]);
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([account.delete(email), db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, authVersion: user.authVersion } };
}
