import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { latestReleaseRef, perRelease, type ReleaseRef } from "./release-cache";
import { parseProgramSnapshot, type ProgramSnapshot } from "./snapshot";

/**
 * The latest published release of a forum's program. The public reads only this: edits made in
 * the console after it never show until the next publish.
 */
export type PublishedProgram = { release: ReleaseRef; version: number; publishedAt: Date; snapshot: ProgramSnapshot };

export const getPublishedProgram = cache(async (forumId: string): Promise<PublishedProgram | null> => {
  const ref = await latestReleaseRef(forumId);
  if (!ref) return null;
  return perRelease(ref, "snapshot", async () => {
    const release = await db.programRelease.findUniqueOrThrow({ where: { id: ref.id }, select: { version: true, publishedAt: true, snapshot: true } });
    return { release: ref, version: release.version, publishedAt: release.publishedAt, snapshot: parseProgramSnapshot(release.snapshot) };
  });
});

/** The ids of the sessions of a forum's latest release that take seats and stars (all but breaks), as a set kept per release. */
export async function getPublishedSessionIds(forumId: string): Promise<ReadonlySet<string>> {
  const published = await getPublishedProgram(forumId);
  if (!published) return new Set();
  return perRelease(published.release, "session-ids", () => new Set(published.snapshot.sessions.filter((s) => s.type !== "BREAK").map((s) => s.id)));
}
