import "server-only";
import { recordPublishedAddresses } from "@/lib/addresses/addresses";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { changelogCounts, diffSnapshots, sameContent } from "./changelog";
import { conflictInputFromSnapshot, findConflicts, isBlocking, type Conflict } from "./conflicts";
import { publishProgramSchema } from "./publish-schema";
import { buildProgramSnapshot, parseProgramSnapshot, snapshotToJson, type ProgramChangelog, type ProgramSnapshot } from "./snapshot";

export type PublishProgramResult =
  | {
      ok: true;
      release: { id: string; version: number; publishedAt: Date; changelog: ProgramChangelog };
      /** Conflicts that do not block publishing (a person in two places, too many places for a room). */
      warnings: Conflict[];
    }
  /** Errors (room double-booked, outside the forum's days, ends before it starts) block; `conflicts` lists them all, errors first. */
  | { ok: false; reason: "BLOCKING_CONFLICTS"; conflicts: Conflict[] }
  /** The working copy is exactly the latest release: a comment alone makes no release. */
  | { ok: false; reason: "NOTHING_CHANGED"; version: number }
  /** Other publishes of the same forum kept winning the race: rare; try again. */
  | { ok: false; reason: "CONCURRENT_PUBLISH" };

/** Attempts before giving up when concurrent publishes take the same version number. */
const ATTEMPTS = 3;

/**
 * Publishes the forum's program as release N (the latest + 1), with its changelog against release
 * N−1. The caller checks who may publish; `userId` is recorded as the publisher.
 *
 * One interactive transaction at REPEATABLE READ, so the snapshot, the conflict check and the
 * changelog all see one consistent program even while others edit it. Two publishes at once both
 * aim for version N: the unique (forumId, version) index lets one in, and the other runs again on
 * top of it (usually ending in NOTHING_CHANGED), never a duplicate version nor an error page.
 */
export async function publishProgram(input: { forumId: string; userId: string; comment: string }): Promise<PublishProgramResult> {
  // The action validated the form; parsing again keeps the limits true for every caller.
  const { comment } = publishProgramSchema.parse({ comment: input.comment });
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => publishOnce(tx, { ...input, comment }), {
        isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
        // A large program takes a while to read and write, and PGlite runs one transaction at a time.
        maxWait: 20_000,
        timeout: 60_000,
      });
    } catch (error) {
      if (!isLostRace(error)) throw error;
      if (attempt >= ATTEMPTS) return { ok: false, reason: "CONCURRENT_PUBLISH" };
    }
  }
}

async function publishOnce(tx: Tx, input: { forumId: string; userId: string; comment: string }): Promise<PublishProgramResult> {
  const snapshot = await buildProgramSnapshot(tx, input.forumId);
  const conflicts = findConflicts(conflictInputFromSnapshot(snapshot));
  if (conflicts.some(isBlocking)) return { ok: false, reason: "BLOCKING_CONFLICTS", conflicts };

  const latest = await tx.programRelease.findFirst({
    where: { forumId: input.forumId },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true },
  });
  if (latest && sameContent(latest.snapshot, snapshot)) return { ok: false, reason: "NOTHING_CHANGED", version: latest.version };

  const changelog = diffSnapshots(latest ? readSnapshot(latest.snapshot) : null, snapshot);
  const version = (latest?.version ?? 0) + 1;
  const release = await tx.programRelease.create({
    data: {
      forumId: input.forumId,
      version,
      comment: input.comment,
      changelog: changelog as unknown as Prisma.InputJsonValue,
      snapshot: snapshotToJson(snapshot),
      publishedById: input.userId,
    },
    select: { id: true, version: true, publishedAt: true },
  });
  // The addresses this release gives out stay for good (lib/addresses).
  await recordPublishedAddresses(tx, input.forumId, snapshot);
  const warnings = conflicts;
  await tx.auditEntry.create({
    data: {
      forumId: input.forumId,
      actorId: input.userId,
      action: "program.published",
      entityType: "ProgramRelease",
      entityId: release.id,
      data: { version, comment: input.comment, counts: { ...changelogCounts(changelog), sessions: snapshot.sessions.length, warnings: warnings.length } },
    },
  });
  return { ok: true, release: { ...release, changelog }, warnings };
}

/** A release written by an older snapshot format reads as no previous release: everything is listed as added. */
function readSnapshot(json: unknown): ProgramSnapshot | null {
  try {
    return parseProgramSnapshot(json);
  } catch {
    return null;
  }
}

/** Another publish took the version number (unique violation), or PostgreSQL refused to serialize the two. */
function isLostRace(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
}
