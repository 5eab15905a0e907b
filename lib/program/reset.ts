import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { canManageProgram, type ProgramActor } from "./authorize";
import { changelogCounts, diffSnapshots, sameContent } from "./changelog";
import { conflictInputFromSnapshot, findConflicts } from "./conflicts";
import { isLostRace, latestRelease, previewDigest, readRelease, type ProgramPreview } from "./publish";
import { buildProgramSnapshot, type ProgramChangelog, type ProgramSnapshot } from "./snapshot";

// Resetting the working copy to a past release: the rooms, sub-forums, sessions (with their ids,
// guids, numbers and slugs), the people on stage and their texts, and the forum's texts become what
// that release holds. Nothing public changes until the next publish.

/** What a reset would do to the working copy: `changelog` reads from the working copy to the release. */
export type ResetPreview = ProgramPreview & {
  /** The release the working copy would become. */
  target: { id: string; version: number };
  /** Sessions the reset removes that hold delegates' seats (confirmed or waitlisted): those seats go with them. */
  seatsLost: number;
};

export type ResetWorkingCopyResult =
  | { ok: true; version: number; changelog: ProgramChangelog }
  | { ok: false; reason: "NOT_FOUND" }
  /** Only organizers reset the working copy: it rewrites every sub-forum's sessions. */
  | { ok: false; reason: "FORBIDDEN" }
  /** The release was written in an older snapshot format: its content cannot be restored. */
  | { ok: false; reason: "UNSUPPORTED_SNAPSHOT"; version: number }
  /** The working copy is already what the release holds. */
  | { ok: false; reason: "NOTHING_CHANGED"; version: number }
  /** The working copy changed since the preview was shown: nothing was written; `preview` is the new one. */
  | { ok: false; reason: "PREVIEW_OUTDATED"; preview: ResetPreview }
  /** Concurrent edits kept conflicting with the reset: rare; try again. */
  | { ok: false; reason: "CONCURRENT_EDIT" };

const TRANSACTION = {
  // Concurrent edits of rows the reset rewrites make PostgreSQL refuse one side (P2034): the reset
  // then runs again, sees the edit, and refuses with the new preview.
  isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  maxWait: 20_000,
  timeout: 60_000,
} as const;

const ATTEMPTS = 3;

async function previewResetIn(tx: Tx, forumId: string, version: number): Promise<ResetPreview | { reason: "NOT_FOUND" | "UNSUPPORTED_SNAPSHOT" }> {
  const target = await readRelease(tx, forumId, version);
  if (!target.ok) return { reason: target.reason };
  const working = await buildProgramSnapshot(tx, forumId);
  const kept = new Set(target.content.sessions.map((s) => s.id));
  const removed = working.sessions.filter((s) => !kept.has(s.id)).map((s) => s.id);
  const seatsLost = removed.length ? await tx.seat.count({ where: { sessionId: { in: removed }, status: { in: ["CONFIRMED", "WAITLISTED"] } } }) : 0;
  return {
    base: null,
    target: { id: target.id, version },
    content: target.content,
    changelog: diffSnapshots(working, target.content),
    conflicts: findConflicts(conflictInputFromSnapshot(target.content)),
    unchanged: sameContent(working, target.content),
    digest: previewDigest({ kind: "reset", target: target.id, working }),
    seatsLost,
  };
}

/** What resetting the working copy to release `version` would change in it (read in one consistent transaction). */
export async function previewReset(forumId: string, version: number): Promise<ResetPreview | { reason: "NOT_FOUND" | "UNSUPPORTED_SNAPSHOT" }> {
  return db.$transaction((tx) => previewResetIn(tx, forumId, version), TRANSACTION);
}

/**
 * Makes the working copy what release `version` holds, in one transaction, if it is still what the
 * preview (`expectedDigest`) showed. Rooms and sub-forums the release does not have are removed, as
 * are sessions created since; sessions deleted since come back with their old ids, guids and numbers;
 * people the release has on stage get their texts back (and come back if they were deleted).
 * Organizers only (chairs edit their own sub-forums' sessions, never the whole program); the actor is
 * recorded in the audit entry.
 */
export async function resetWorkingCopy(input: { forumId: string; actor: ProgramActor; version: number; expectedDigest: string }): Promise<ResetWorkingCopyResult> {
  if (!canManageProgram(input.actor)) return { ok: false, reason: "FORBIDDEN" };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx): Promise<ResetWorkingCopyResult> => {
        const preview = await previewResetIn(tx, input.forumId, input.version);
        if ("reason" in preview) return preview.reason === "NOT_FOUND" ? { ok: false, reason: "NOT_FOUND" } : { ok: false, reason: "UNSUPPORTED_SNAPSHOT", version: input.version };
        if (preview.digest !== input.expectedDigest) return { ok: false, reason: "PREVIEW_OUTDATED", preview };
        if (preview.unchanged) return { ok: false, reason: "NOTHING_CHANGED", version: input.version };
        await restore(tx, input.forumId, preview.content);
        await recordAudit(tx, {
          forumId: input.forumId,
          actorId: input.actor.id,
          action: "program.reset",
          entity: { type: "ProgramRelease", id: preview.target.id },
          data: { version: input.version, counts: { ...changelogCounts(preview.changelog), seatsLost: preview.seatsLost } },
        });
        return { ok: true, version: input.version, changelog: preview.changelog };
      }, TRANSACTION);
    } catch (error) {
      if (!isLostRace(error)) throw error;
      if (attempt >= ATTEMPTS) return { ok: false, reason: "CONCURRENT_EDIT" };
    }
  }
}

/** A slug no real room, sub-forum or session has, to park a row on while slugs are swapped around. */
const parked = (id: string) => `~reset-${id}`;

async function restore(tx: Tx, forumId: string, target: ProgramSnapshot): Promise<void> {
  const f = target.forum;
  await tx.forum.update({
    where: { id: forumId },
    data: {
      nameEn: f.nameEn, nameZh: f.nameZh, nameRu: f.nameRu, nameFr: f.nameFr,
      themeEn: f.themeEn, themeZh: f.themeZh, themeRu: f.themeRu, themeFr: f.themeFr,
      descriptionEn: f.descriptionEn, descriptionZh: f.descriptionZh, descriptionRu: f.descriptionRu, descriptionFr: f.descriptionFr,
      venueEn: f.venueEn, venueZh: f.venueZh, venueRu: f.venueRu, venueFr: f.venueFr,
      cityEn: f.cityEn, cityZh: f.cityZh, cityRu: f.cityRu, cityFr: f.cityFr,
      organizersEn: f.organizersEn, organizersZh: f.organizersZh, organizersRu: f.organizersRu, organizersFr: f.organizersFr,
    },
  });

  // Sessions first: those created since go (with their people and seats), so rooms and sub-forums
  // removed next leave nothing dangling.
  const targetSessions = new Set(target.sessions.map((s) => s.id));
  const currentSessions = await tx.programSession.findMany({ where: { forumId }, select: { id: true, slug: true } });
  // One the public still reads (in the latest release) is only marked deleted: it keeps its seats
  // until the next publish leaves it out (lib/seats/release.ts removes it then).
  const published = (await latestRelease(tx, forumId))?.snapshot?.sessions.map((s) => s.id) ?? [];
  await tx.programSession.updateMany({ where: { forumId, id: { notIn: [...targetSessions], in: published }, deletedAt: null }, data: { deletedAt: new Date() } });
  await tx.programSession.deleteMany({ where: { forumId, id: { notIn: [...targetSessions, ...published] } } });

  // Rooms and sub-forums: remove the ones created since; the rest get their old slugs back, parked
  // first, so two rows that swapped slugs never hold the same one at once.
  const targetRooms = new Map(target.rooms.map((r) => [r.id, r]));
  const currentRooms = await tx.room.findMany({ where: { forumId }, select: { id: true, slug: true } });
  await tx.room.deleteMany({ where: { forumId, id: { notIn: [...targetRooms.keys()] } } });
  for (const room of currentRooms) {
    const wanted = targetRooms.get(room.id);
    if (wanted && wanted.slug !== room.slug) await tx.room.update({ where: { id: room.id }, data: { slug: parked(room.id) } });
  }
  for (const r of target.rooms) {
    const data = { slug: r.slug, nameEn: r.nameEn, nameZh: r.nameZh, nameRu: r.nameRu, nameFr: r.nameFr, capacity: r.capacity, sortOrder: r.sortOrder };
    await tx.room.upsert({ where: { id: r.id }, update: data, create: { id: r.id, forumId, ...data } });
  }

  const targetSubForums = new Map(target.subForums.map((s) => [s.id, s]));
  const currentSubForums = await tx.subForum.findMany({ where: { forumId }, select: { id: true, slug: true } });
  await tx.subForum.deleteMany({ where: { forumId, id: { notIn: [...targetSubForums.keys()] } } });
  for (const subForum of currentSubForums) {
    const wanted = targetSubForums.get(subForum.id);
    if (wanted && wanted.slug !== subForum.slug) await tx.subForum.update({ where: { id: subForum.id }, data: { slug: parked(subForum.id) } });
  }
  for (const s of target.subForums) {
    const data = {
      slug: s.slug,
      position: s.position,
      color: s.color,
      titleEn: s.titleEn, titleZh: s.titleZh, titleRu: s.titleRu, titleFr: s.titleFr,
      descriptionEn: s.descriptionEn, descriptionZh: s.descriptionZh, descriptionRu: s.descriptionRu, descriptionFr: s.descriptionFr,
    };
    await tx.subForum.upsert({ where: { id: s.id }, update: data, create: { id: s.id, forumId, ...data } });
  }

  // People on stage: their texts as published; someone deleted since comes back as they were.
  const existingPeople = new Set(
    (await tx.person.findMany({ where: { id: { in: target.people.map((p) => p.id) } }, select: { id: true } })).map((p) => p.id),
  );
  for (const p of target.people) {
    const texts = {
      nameEn: p.nameEn, nameZh: p.nameZh, nameRu: p.nameRu, nameFr: p.nameFr,
      titleEn: p.titleEn, titleZh: p.titleZh, titleRu: p.titleRu, titleFr: p.titleFr,
      bioEn: p.bioEn, bioZh: p.bioZh, bioRu: p.bioRu, bioFr: p.bioFr,
    };
    if (existingPeople.has(p.id)) {
      await tx.person.update({ where: { id: p.id }, data: texts });
      continue;
    }
    const organization = p.organization ? await tx.organization.findUnique({ where: { id: p.organization.id }, select: { id: true } }) : null;
    // Someone else may have the slug by now: the person comes back under a variant of it.
    const slugTaken = await tx.person.findUnique({ where: { slug: p.slug }, select: { id: true } });
    await tx.person.create({
      data: {
        id: p.id,
        slug: slugTaken ? `${p.slug}-${p.id.slice(-6)}` : p.slug,
        ...texts,
        countryCode: p.countryCode,
        protocolRank: p.protocolRank,
        isSample: p.isSample,
        organizationId: organization?.id ?? null,
      },
    });
  }

  // Sessions: the ones kept are parked if their slug changes, then every one is written as published.
  const wantedSlug = new Map(target.sessions.map((s) => [s.id, s.slug]));
  for (const session of currentSessions) {
    const slug = wantedSlug.get(session.id);
    if (slug !== undefined && slug !== session.slug) await tx.programSession.update({ where: { id: session.id }, data: { slug: parked(session.id) } });
  }
  for (const s of target.sessions) {
    const data = {
      slug: s.slug,
      type: s.type,
      titleEn: s.titleEn, titleZh: s.titleZh, titleRu: s.titleRu, titleFr: s.titleFr,
      abstractEn: s.abstractEn, abstractZh: s.abstractZh, abstractRu: s.abstractRu, abstractFr: s.abstractFr,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      subForumId: s.subForumId,
      roomId: s.roomId,
      capacity: s.capacity,
      seatBooking: s.seatBooking,
      isSample: s.isSample,
      // A session deleted in the working copy since, but not yet published away, comes back.
      deletedAt: null,
    };
    await tx.programSession.upsert({ where: { id: s.id }, update: data, create: { id: s.id, guid: s.guid, number: s.number, forumId, ...data } });
  }
  await tx.sessionRole.deleteMany({ where: { sessionId: { in: [...targetSessions] } } });
  await tx.sessionRole.createMany({
    data: target.sessions.flatMap((s) => s.people.map((p) => ({ sessionId: s.id, personId: p.personId, role: p.role, position: p.position }))),
  });
}
