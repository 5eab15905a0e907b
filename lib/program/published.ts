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
