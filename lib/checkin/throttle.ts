import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

// Badge codes carry 80 random bits, so guessing one is hopeless; still, a door account that looks
// up code after unknown code is not scanning badges. Only unknown codes count, so a busy door is
// never slowed down. Counted in the database (the sign-in limiter's table): every app instance
// sees the same counters.
export const MAX_UNKNOWN_BADGES = 30;
export const UNKNOWN_BADGE_WINDOW_SECONDS = 5 * 60;

let limiter: RateLimiterPrisma | undefined;
function getLimiter(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "checkin-unknown",
    points: MAX_UNKNOWN_BADGES,
    duration: UNKNOWN_BADGE_WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
  return limiter;
}

/** Seconds this member of staff must wait before the next lookup; 0 when they may go on. */
export async function unknownBadgeWait(staffUserId: string): Promise<number> {
  const state = await getLimiter().get(staffUserId);
  if (!state || state.consumedPoints < MAX_UNKNOWN_BADGES) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts one unknown code against this member of staff. */
export async function recordUnknownBadge(staffUserId: string): Promise<void> {
  await getLimiter().penalty(staffUserId, 1);
}
