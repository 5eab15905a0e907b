import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { parseProgramSnapshot, type ProgramSnapshot } from "./snapshot";

/**
 * The latest published release of a forum's program. The public reads only this: edits made in
 * the console after it never show until the next publish.
 */
export const getPublishedProgram = cache(async (forumId: string): Promise<{ version: number; publishedAt: Date; snapshot: ProgramSnapshot } | null> => {
  const release = await db.programRelease.findFirst({
    where: { forumId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
  if (!release) return null;
  return { version: release.version, publishedAt: release.publishedAt, snapshot: parseProgramSnapshot(release.snapshot) };
});
