import "server-only";
import { revalidatePath, unstable_cache, updateTag } from "next/cache";
import { db } from "@/lib/db/client";
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
  // `revision` is only part of the key (see boardRevision).
  async (forumId: string, _revision: string, sector: string | null, region: string | null) => boardToJson(await getSigningsBoard(forumId, { sector, region })),
  ["signings-board"],
  // The tag expires it at once on this instance; the revision in the key moves every app instance
  // (each has its own data cache) to fresh data on an agreement write; organization renames made
  // elsewhere show within a minute.
  { tags: [SIGNINGS_TAG], revalidate: 60 },
);

/**
 * The forum's agreements as of now, in one small indexed read: how many, and the last change to
 * any of them (every agreement write — edit, signing, cancelling, import — moves updatedAt).
 */
async function boardRevision(forumId: string): Promise<string> {
  const latest = await db.agreement.aggregate({ where: { forumId }, _max: { updatedAt: true }, _count: { _all: true } });
  return `${latest._count._all}-${latest._max.updatedAt?.getTime() ?? 0}`;
}

/**
 * The public board from Next's data cache (per forum and filters), expired by SIGNINGS_TAG. The
 * cache holds JSON, so the board travels with decimal strings and is turned back into BigInt here.
 */
export async function getCachedSigningsBoard(forumId: string, filters: SigningsFilters = {}): Promise<SigningsBoard> {
  const revision = await boardRevision(forumId);
  const all = await cachedBoard(forumId, revision, null, null);
  // Only filter values the board offers become cache keys: made-up ones cannot fill the cache.
  const { sector, region } = pickFilters(all.options, filters);
  return boardFromJson(sector || region ? await cachedBoard(forumId, revision, sector, region) : all);
}
