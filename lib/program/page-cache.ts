import "server-only";
import { unstable_cache } from "next/cache";
import { latestReleaseRef } from "./release-cache";

/** The tag every page rendered from the published program carries; publishing expires it. */
export const PUBLISHED_PROGRAM_TAG = "published-program";

const releaseStamp = unstable_cache(async (forumId: string) => (await latestReleaseRef(forumId))?.id ?? null, ["published-program-release"], {
  tags: [PUBLISHED_PROGRAM_TAG],
});

/**
 * Marks the page being rendered as one built from the published program: Next files the page's
 * cache entry under PUBLISHED_PROGRAM_TAG, and updateTag on publish expires every such page at
 * once. Returns the release id the page was built from.
 */
export async function tagPublishedProgram(forumId: string): Promise<string | null> {
  return releaseStamp(forumId);
}
