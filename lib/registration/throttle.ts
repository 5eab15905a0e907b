import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

// Each registration sends an e-mail to the address typed in: without a limit, one client could
// make the forum mail thousands of strangers. Counted in the database, so every instance shares it.
const WINDOW_SECONDS = 60 * 60;
/** Per client address and hour: generous, as a venue's Wi-Fi puts many delegates behind one address. */
export const MAX_REGISTRATIONS_PER_ADDRESS = 60;

let limiter: RateLimiterPrisma | undefined;

/** Takes one registration from the address's allowance: null when allowed, else seconds to wait. */
export async function takeRegistrationAllowance(address: string | null): Promise<number | null> {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "register-address",
    points: MAX_REGISTRATIONS_PER_ADDRESS,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
  try {
    await limiter.consume(address ?? "unknown");
    return null;
  } catch (error) {
    if (error && typeof error === "object" && "msBeforeNext" in error && typeof error.msBeforeNext === "number") {
      return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    }
    throw error;
  }
}
