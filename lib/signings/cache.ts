import "server-only";
import { revalidatePath, unstable_cache, updateTag } from "next/cache";
import { boardFromJson, boardToJson, getSigningsBoard, pickFilters, type SigningsBoard, type SigningsFilters } from "./board";

/** The tag the public signings board's data carries; every change to an agreement expires it. */
export const SIGNINGS_TAG = "signings-board";

/**
 * Call after any write to agreements, their parties, sectors or organizations (from a server
 * action): the public board and the organization pages show the change on the next request.
 */
export function expireSigningsBoard(): void {
  updateTag(SIGNINGS_TAG);
  revalidatePath("/signings");
}

const cachedBoard = unstable_cache(
  async (forumId: string, sector: string | null, region: string | null) => boardToJson(await getSigningsBoard(forumId, { sector, region })),
  ["signings-board"],
  // The tag expires it at once on this instance; other app instances (each has its own data cache)
  // and writes from outside the app (seed, scripts) show within a minute.
  { tags: [SIGNINGS_TAG], revalidate: 60 },
);

/**
 * The public board from Next's data cache (per forum and filters), expired by SIGNINGS_TAG. The
 * cache holds JSON, so the board travels with decimal strings and is turned back into BigInt here.
 */
export async function getCachedSigningsBoard(forumId: string, filters: SigningsFilters = {}): Promise<SigningsBoard> {
  const all = await cachedBoard(forumId, null, null);
  // Only filter values the board offers become cache keys: made-up ones cannot fill the cache.
  const { sector, region } = pickFilters(all.options, filters);
  return boardFromJson(sector || region ? await cachedBoard(forumId, sector, region) : all);
}
