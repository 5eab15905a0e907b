import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { recordPublishedAddresses } from "@/lib/addresses/addresses";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { changelogCounts, diffSnapshots, sameContent } from "./changelog";
import { applyReleaseSeatSettings, checkReleaseSeatSettings } from "@/lib/seats/release";
import { canManageProgram, type ProgramActor } from "./authorize";
import { conflictInputFromSnapshot, findConflicts, isBlocking, type Conflict } from "./conflicts";
import { releaseCommentSchema } from "./publish-schema";
import { buildProgramSnapshot, parseProgramSnapshot, snapshotToJson, type ProgramChangelog, type ProgramSnapshot } from "./snapshot";

/** The release a preview is measured against. */
export type ReleaseBase = { id: string; version: number };

/**
 * What a write would do to the program, as the organizer sees it before confirming: the changelog,
 * the conflicts of the resulting program, and a digest that names exactly this preview.
 */
export type ProgramPreview = {
  /** The latest release (null before the first one). */
  base: ReleaseBase | null;
  /** The program the write would produce. */
  content: ProgramSnapshot;
  changelog: ProgramChangelog;
  /** Errors first; errors block. */
  conflicts: Conflict[];
  /** The content equals what it is compared with: the write would change nothing. */
  unchanged: boolean;
  /** Sent back with the confirmation: the write refuses if the preview it names is no longer true. */
  digest: string;
};

export type PublishProgramResult =
  | {
      ok: true;
      release: { id: string; version: number; publishedAt: Date; changelog: ProgramChangelog };
      /** Conflicts that do not block publishing (a person in two places, too many places for a room). */
      warnings: Conflict[];
    }
  /** Errors (room double-booked, outside the forum's days, ends before it starts) block; `conflicts` lists them all, errors first. */
  | { ok: false; reason: "BLOCKING_CONFLICTS"; conflicts: Conflict[] }
  /** The content is exactly the latest release: a comment alone makes no release. */
  | { ok: false; reason: "NOTHING_CHANGED"; version: number }
  /** Other publishes of the same forum kept winning the race: rare; try again. */
  | { ok: false; reason: "CONCURRENT_PUBLISH" }
  /** The program (or the latest release) changed since the preview was shown: nothing was written; `preview` is the new one. */
  | { ok: false; reason: "PREVIEW_OUTDATED"; preview: ProgramPreview };

export type RepublishReleaseResult =
  | PublishProgramResult
  /** No release with that version in this forum. */
  | { ok: false; reason: "NOT_FOUND" }
  /** Only organizers roll the program back; chairs may not. */
  | { ok: false; reason: "FORBIDDEN" }
  /** The release was written in an older snapshot format that this version cannot publish again. */
  | { ok: false; reason: "UNSUPPORTED_SNAPSHOT"; version: number };

/** Attempts before giving up when concurrent publishes take the same version number. */
const ATTEMPTS = 3;

const TRANSACTION = {
  isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  // A large program takes a while to read and write, and PGlite runs one transaction at a time.
  maxWait: 20_000,
  timeout: 60_000,
} as const;

/**
 * A fingerprint of what a preview shows: the parts (release ids, program content) that decide it.
 * JSON of a snapshot is deterministic: buildProgramSnapshot orders every list and every object's keys.
 */
export function previewDigest(parts: Record<string, unknown>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/**
 * What stands between this content and the public: the program's own conflicts, and seat settings
 * that would take places from delegates who hold them (seats follow the release, lib/seats/release.ts).
 */
async function releaseConflicts(tx: Tx, forumId: string, content: ProgramSnapshot): Promise<Conflict[]> {
  return [...(await checkReleaseSeatSettings(tx, forumId, content)), ...findConflicts(conflictInputFromSnapshot(content))];
}

/** The latest release of a forum, with its content (null when its format is older than this code's). */
export async function latestRelease(tx: Tx, forumId: string): Promise<(ReleaseBase & { snapshot: ProgramSnapshot | null }) | null> {
  const latest = await tx.programRelease.findFirst({ where: { forumId }, orderBy: { version: "desc" }, select: { id: true, version: true, snapshot: true } });
  return latest ? { ...latest, snapshot: readSnapshot(latest.snapshot) } : null;
}

/** `content` against the latest release: the preview of releasing it. Pure. */
function compareWithLatest(
  latest: Awaited<ReturnType<typeof latestRelease>>,
  content: ProgramSnapshot,
  conflicts: Conflict[],
  digestParts: Record<string, unknown>,
): ProgramPreview {
  return {
    base: latest ? { id: latest.id, version: latest.version } : null,
    content,
    changelog: diffSnapshots(latest?.snapshot ?? null, content),
    conflicts,
    unchanged: latest?.snapshot ? sameContent(latest.snapshot, content) : false,
    digest: previewDigest({ base: latest?.id ?? null, ...digestParts }),
  };
}

async function previewPublishIn(tx: Tx, forumId: string): Promise<ProgramPreview> {
  const [content, latest] = await Promise.all([buildProgramSnapshot(tx, forumId), latestRelease(tx, forumId)]);
  return compareWithLatest(latest, content, await releaseConflicts(tx, forumId, content), { kind: "publish", content });
}

/**
 * What publishing the working copy now would make: release N+1's changelog against release N, the
 * conflicts (errors block), and the digest the publish form sends back. Read in one REPEATABLE READ
 * transaction, so a concurrent edit is either wholly in the preview or wholly out of it.
 */
export async function previewPublish(forumId: string): Promise<ProgramPreview> {
  return db.$transaction((tx) => previewPublishIn(tx, forumId), TRANSACTION);
}

/**
 * Publishes the forum's program as release N (the latest + 1), with its changelog against release
 * N−1. The caller checks who may publish; `userId` is recorded as the publisher. With
 * `expectedDigest` (the console always sends it), only the previewed program is published: if the
 * working copy or the latest release changed since, nothing is written and the new preview returned.
 *
 * One interactive transaction at REPEATABLE READ, so the snapshot, the digest, the conflict check
 * and the changelog all see one consistent program even while others edit it. Two publishes at once
 * both aim for version N: the unique (forumId, version) index lets one in, and the other runs again
 * on top of it (usually ending in NOTHING_CHANGED or PREVIEW_OUTDATED), never a duplicate version
 * nor an error page.
 */
export async function publishProgram(input: { forumId: string; userId: string; comment: string; expectedDigest?: string }): Promise<PublishProgramResult> {
  // The action validated the form; parsing again keeps the limits true for every caller.
  const comment = releaseCommentSchema.parse(input.comment);
  return withRetries(() =>
    db.$transaction(async (tx) => {
      const preview = await previewPublishIn(tx, input.forumId);
      if (input.expectedDigest !== undefined && input.expectedDigest !== preview.digest) return { ok: false, reason: "PREVIEW_OUTDATED", preview } as const;
      return releaseSnapshot(tx, { forumId: input.forumId, userId: input.userId, comment, content: preview.content, action: "program.published", audit: {} });
    }, TRANSACTION),
  );
}

/**
 * What publishing release `version` again would make: its content as release N+1, with the
 * changelog against the latest release. Null when the forum has no such release; `UNSUPPORTED_SNAPSHOT`
 * when it was written in an older format.
 */
export async function previewRepublish(forumId: string, version: number): Promise<ProgramPreview | { reason: "NOT_FOUND" | "UNSUPPORTED_SNAPSHOT" }> {
  return db.$transaction(async (tx) => {
    const source = await readRelease(tx, forumId, version);
    if (!source.ok) return { reason: source.reason };
    return compareWithLatest(await latestRelease(tx, forumId), source.content, await releaseConflicts(tx, forumId, source.content), { kind: "republish", source: source.id });
  }, TRANSACTION);
}

/**
 * Publishes a past release's content again as a new release (version N+1, changelog against the
 * current release N, the organizer's comment), after the same checks as any publish. The preview's
 * digest names the source and the latest release, so a publish in between refuses it.
 */
export async function republishRelease(input: { forumId: string; actor: ProgramActor; version: number; comment: string; expectedDigest: string }): Promise<RepublishReleaseResult> {
  if (!canManageProgram(input.actor)) return { ok: false, reason: "FORBIDDEN" };
  const comment = releaseCommentSchema.parse(input.comment);
  return withRetries<RepublishReleaseResult>(() =>
    db.$transaction(async (tx) => {
      const source = await readRelease(tx, input.forumId, input.version);
      if (!source.ok) return source.reason === "NOT_FOUND" ? { ok: false, reason: "NOT_FOUND" } : { ok: false, reason: "UNSUPPORTED_SNAPSHOT", version: input.version };
      const preview = compareWithLatest(await latestRelease(tx, input.forumId), source.content, await releaseConflicts(tx, input.forumId, source.content), {
        kind: "republish",
        source: source.id,
      });
      if (input.expectedDigest !== preview.digest) return { ok: false, reason: "PREVIEW_OUTDATED", preview };
      return releaseSnapshot(tx, {
        forumId: input.forumId,
        userId: input.actor.id,
        comment,
        content: source.content,
        action: "program.republished",
        audit: { fromVersion: input.version, fromReleaseId: source.id },
      });
    }, TRANSACTION),
  );
}

/** A release of the forum with its content, or why it cannot be used. */
export async function readRelease(
  tx: Tx,
  forumId: string,
  version: number,
): Promise<{ ok: true; id: string; version: number; content: ProgramSnapshot } | { ok: false; reason: "NOT_FOUND" | "UNSUPPORTED_SNAPSHOT" }> {
  const release = await tx.programRelease.findUnique({ where: { forumId_version: { forumId, version } }, select: { id: true, snapshot: true } });
  if (!release) return { ok: false, reason: "NOT_FOUND" };
  const content = readSnapshot(release.snapshot);
  if (!content) return { ok: false, reason: "UNSUPPORTED_SNAPSHOT" };
  return { ok: true, id: release.id, version, content };
}

/**
 * The one way a release is made, whatever its content came from (the working copy, a past release):
 * blocking conflicts refuse, content equal to the latest release refuses, else release N+1 is written
 * with its changelog and an audit entry. Everything that must happen when a program goes public
 * belongs here, so every kind of publish does it.
 */
async function releaseSnapshot(
  tx: Tx,
  input: { forumId: string; userId: string; comment: string; content: ProgramSnapshot; action: "program.published" | "program.republished"; audit: Record<string, string | number> },
): Promise<PublishProgramResult> {
  const { content } = input;
  const conflicts = await releaseConflicts(tx, input.forumId, content);
  if (conflicts.some(isBlocking)) return { ok: false, reason: "BLOCKING_CONFLICTS", conflicts };

  const latest = await latestRelease(tx, input.forumId);
  if (latest?.snapshot && sameContent(latest.snapshot, content)) return { ok: false, reason: "NOTHING_CHANGED", version: latest.version };

  const changelog = diffSnapshots(latest?.snapshot ?? null, content);
  const version = (latest?.version ?? 0) + 1;
  const release = await tx.programRelease.create({
    data: {
      forumId: input.forumId,
      version,
      comment: input.comment,
      changelog: changelog as unknown as Prisma.InputJsonValue,
      snapshot: snapshotToJson(content),
      publishedById: input.userId,
    },
    select: { id: true, version: true, publishedAt: true },
  });
  // Seats follow the release from now on: new places promote the waitlist in this transaction.
  await applyReleaseSeatSettings(tx, input.forumId, content, { actorId: input.userId });
  // The addresses this release gives out stay for good (lib/addresses).
  await recordPublishedAddresses(tx, input.forumId, content);
  const warnings = conflicts;
  await recordAudit(tx, {
    forumId: input.forumId,
    actorId: input.userId,
    action: input.action,
    entity: { type: "ProgramRelease", id: release.id },
    data: { version, comment: input.comment, ...input.audit, counts: { ...changelogCounts(changelog), sessions: content.sessions.length, warnings: warnings.length } },
  });
  return { ok: true, release: { ...release, changelog }, warnings };
}

/** Runs a publishing transaction again when a concurrent publish took the version number. */
async function withRetries<T>(run: () => Promise<T>): Promise<T | { ok: false; reason: "CONCURRENT_PUBLISH" }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isLostRace(error)) throw error;
      if (attempt >= ATTEMPTS) return { ok: false, reason: "CONCURRENT_PUBLISH" };
    }
  }
}

/** A release written by an older snapshot format reads as null (a first publish lists everything as added). */
function readSnapshot(json: unknown): ProgramSnapshot | null {
  try {
    return parseProgramSnapshot(json);
  } catch {
    return null;
  }
}

/** Another publish took the version number (unique violation), or PostgreSQL refused to serialize the two. */
export function isLostRace(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
}
