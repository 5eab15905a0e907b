import "server-only";
import { db } from "@/lib/db/client";

// Everything public is a function of the latest release, so it is computed once per release and
// kept in memory, keyed by the release's id: a publish makes a new id, which is the invalidation.
// Each app instance keeps its own copy; they agree because the key is the release itself.

const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<unknown>>();

export type ReleaseRef = { id: string; version: number };

/** The latest release's id and version: one indexed row, read on every public request. */
export async function latestReleaseRef(forumId: string): Promise<ReleaseRef | null> {
  return db.programRelease.findFirst({ where: { forumId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
}

/** `compute` runs once per (release, key); concurrent callers share the same promise. */
export function perRelease<T>(release: ReleaseRef, key: string, compute: () => Promise<T> | T): Promise<T> {
  const cacheKey = `${release.id}:${key}`;
  let hit = entries.get(cacheKey) as Promise<T> | undefined;
  if (!hit) {
    hit = Promise.resolve().then(compute);
    entries.set(cacheKey, hit);
    hit.catch(() => entries.delete(cacheKey));
    if (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  } else {
    // Refresh its place: the map's order is the eviction order.
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
  }
  return hit;
}

/** For tests: forget everything. */
export function clearReleaseCache(): void {
  entries.clear();
}
