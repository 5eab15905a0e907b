import { checkAddress, freeAddress } from "@/lib/addresses/addresses";
import { addressErrorMessage } from "@/lib/addresses/schemas";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromLocal, startOfLocalDay, nextDay } from "@/lib/time/zone";
import { canEditSubForumSessions, type ProgramActor } from "./authorize";
import { outsideForumDaysMessage, timesOutsideForumDays, type ForumDays, type SessionValues } from "./schemas";

export type ProgramWriteResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: "NOT_FOUND" | "FORBIDDEN" }
  | { ok: false; error: "INVALID"; fieldErrors: Record<string, string> };

type SessionRef = { id: string; forumId: string; slug: string };

const notFound = { ok: false, error: "NOT_FOUND" } as const;
const forbidden = { ok: false, error: "FORBIDDEN" } as const;

/** The room, sub-forum and people must exist (rooms and sub-forums in this forum). */
async function checkReferences(tx: Tx, forumId: string, v: Pick<SessionValues, "roomId" | "subForumId" | "people">): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const personIds = [...new Set(v.people.map((p) => p.personId))];
  const [room, subForum, people] = await Promise.all([
    v.roomId ? tx.room.findFirst({ where: { id: v.roomId, forumId }, select: { id: true } }) : null,
    v.subForumId ? tx.subForum.findFirst({ where: { id: v.subForumId, forumId }, select: { id: true } }) : null,
    personIds.length ? tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } }) : [],
  ]);
  if (v.roomId && !room) errors.roomId = "Choose one of this forum's rooms";
  if (v.subForumId && !subForum) errors.subForumId = "Choose one of this forum's sub-forums";
  const known = new Set(people.map((p) => p.id));
  v.people.forEach((p, i) => {
    if (!known.has(p.personId)) errors[`people.${i}.personId`] = "Choose a person from the list";
  });
  return errors;
}

/**
 * The session's address: the one the organizer typed (checked), else, for a new session, one made
 * from the English title. A title change never changes it (addresses are forever: lib/addresses).
 */
async function sessionAddress(tx: Tx, forumId: string, entityId: string | null, v: Pick<SessionValues, "slug" | "titleEn">): Promise<{ slug: string } | { error: string }> {
  const owner = { kind: "SESSION", forumId, entityId } as const;
  if (!v.slug) return { slug: await freeAddress(tx, owner, v.titleEn, "session") };
  const error = await checkAddress(tx, owner, v.slug);
  return error ? { error: addressErrorMessage(error) } : { slug: v.slug };
}

function sessionData(v: SessionValues, timeZone: string) {
  return {
    type: v.type,
    titleEn: v.titleEn,
    titleZh: v.titleZh ?? null,
    titleRu: v.titleRu ?? null,
    titleFr: v.titleFr ?? null,
    abstractEn: v.abstractEn,
    abstractZh: v.abstractZh ?? null,
    abstractRu: v.abstractRu ?? null,
    abstractFr: v.abstractFr ?? null,
    subForumId: v.subForumId,
    roomId: v.roomId,
    startsAt: fromLocal(v.startsAt, timeZone),
    endsAt: fromLocal(v.endsAt, timeZone),
    capacity: v.capacity,
    seatBooking: v.seatBooking,
  } satisfies Prisma.ProgramSessionUncheckedUpdateInput;
}

// What the audit trail compares on an edit: every field of the form (lib/audit/record.ts keeps the changed ones).
const AUDITED_FIELDS = {
  type: true, titleEn: true, titleZh: true, titleRu: true, titleFr: true, abstractEn: true, abstractZh: true, abstractRu: true, abstractFr: true,
  subForumId: true, roomId: true, startsAt: true, endsAt: true, capacity: true, seatBooking: true,
} satisfies Prisma.ProgramSessionSelect;

/** The people as one comparable line each, in stage order ("MODERATOR person-id"). */
function peopleOf(v: { people: { personId: string; role: string; position: number }[] }): string[] {
  return [...v.people].sort((a, b) => a.position - b.position).map((p) => `${p.role} ${p.personId}`);
}

/** Adds a session to the working copy (the public sees it after the next publish). */
export async function createSession(actor: ProgramActor, forumId: string, v: SessionValues): Promise<ProgramWriteResult<SessionRef>> {
  if (!canEditSubForumSessions(actor, v.subForumId)) return forbidden;
  // The slug is picked by reading what is free: a concurrent create may take it first.
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { timeZone: true, startDate: true, endDate: true } });
    if (!forum) return notFound;
    const fieldErrors: Record<string, string> = { ...(await checkReferences(tx, forumId, v)), ...timesOutsideForumDays(v, forumDays(forum)) };
    const address = await sessionAddress(tx, forumId, null, v);
    if ("error" in address) fieldErrors.slug = address.error;
    if (Object.keys(fieldErrors).length || "error" in address) return { ok: false, error: "INVALID", fieldErrors } as const;
    const created = await tx.programSession.create({
      data: {
        ...sessionData(v, forum.timeZone),
        forumId,
        slug: address.slug,
        people: { create: v.people.map((p) => ({ personId: p.personId, role: p.role, position: p.position })) },
      },
      select: { id: true, forumId: true, slug: true },
    });
    await recordAudit(tx, {
      forumId,
      actorId: actor.id,
      action: "session.created",
      entity: { type: "ProgramSession", id: created.id },
      data: { titleEn: v.titleEn, startsAt: v.startsAt, roomId: v.roomId },
      after: { ...sessionData(v, forum.timeZone), people: peopleOf(v) },
    });
    return { ok: true, value: created } as const;
  }));
}

/**
 * Changes a session. A chair must chair both the sub-forum it is in and the one it goes to, so a
 * chair can neither edit another sub-forum's session nor move one of theirs out of reach.
 */
export async function updateSession(actor: ProgramActor, id: string, v: SessionValues): Promise<ProgramWriteResult<SessionRef>> {
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    // Locked first: seats are counted on this row (lib/seats), so the check of seatsTaken made
    // here holds until the transaction ends.
    await tx.$queryRaw`SELECT id FROM "ProgramSession" WHERE id = ${id} FOR UPDATE`;
    const current = await tx.programSession.findFirst({
      where: { id, deletedAt: null },
      select: {
        ...AUDITED_FIELDS,
        id: true,
        slug: true,
        forumId: true,
        seatsTaken: true,
        forum: { select: { timeZone: true, startDate: true, endDate: true } },
        people: { select: { personId: true, role: true, position: true }, orderBy: { position: "asc" } },
      },
    });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId) || !canEditSubForumSessions(actor, v.subForumId)) return forbidden;
    const fieldErrors: Record<string, string> = { ...(await checkReferences(tx, current.forumId, v)), ...timesOutsideForumDays(v, forumDays(current.forum)) };
    if (current.seatsTaken > 0 && v.seatBooking && (v.capacity ?? 0) < current.seatsTaken) {
      fieldErrors.capacity = `${current.seatsTaken} seats are taken: the capacity cannot be lower`;
    }
    // Blank keeps the address; only a typed one that differs changes it.
    const address = v.slug && v.slug !== current.slug ? await sessionAddress(tx, current.forumId, id, v) : { slug: current.slug };
    if ("error" in address) fieldErrors.slug = address.error;
    if (Object.keys(fieldErrors).length || "error" in address) return { ok: false, error: "INVALID", fieldErrors } as const;
    // Updating the row first locks it, so two concurrent edits replace the people one after the other.
    const updated = await tx.programSession.update({
      where: { id },
      data: { ...sessionData(v, current.forum.timeZone), slug: address.slug },
      select: { id: true, forumId: true, slug: true },
    });
    await tx.sessionRole.deleteMany({ where: { sessionId: id } });
    await tx.sessionRole.createMany({ data: v.people.map((p) => ({ sessionId: id, personId: p.personId, role: p.role, position: p.position })) });
    await recordAudit(tx, {
      forumId: current.forumId,
      actorId: actor.id,
      action: "session.updated",
      entity: { type: "ProgramSession", id },
      data: { titleEn: v.titleEn, startsAt: v.startsAt, roomId: v.roomId },
      before: { ...current, people: peopleOf(current) },
      after: { ...sessionData(v, current.forum.timeZone), slug: address.slug, people: peopleOf(v) },
    });
    // Seat settings are a draft too: more places move the waitlist up when published (lib/seats/release.ts).
    return { ok: true, value: updated } as const;
  }));
}

function forumDays(forum: { startDate: Date; endDate: Date }): ForumDays {
  return { startDate: forum.startDate.toISOString().slice(0, 10), endDate: forum.endDate.toISOString().slice(0, 10) };
}

/** The instants the forum's days cover, in its zone. */
function forumWindow(days: ForumDays, timeZone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(days.startDate, timeZone), end: startOfLocalDay(nextDay(days.endDate), timeZone) };
}

/** Minutes a moved session keeps: its own length, or an hour when the stored times are unreadable or reversed. */
const FALLBACK_LENGTH_MS = 60 * 60_000;
function sessionLength(s: { startsAt: Date; endsAt: Date }): number {
  const length = s.endsAt.getTime() - s.startsAt.getTime();
  return Number.isFinite(length) && length > 0 ? length : FALLBACK_LENGTH_MS;
}

/** Moves a session to another start and room, keeping its length (the grid's drag and drop). */
export async function moveSession(actor: ProgramActor, id: string, to: { startsAt: string; roomId: string | null }): Promise<ProgramWriteResult<SessionRef>> {
  return db.$transaction(async (tx) => {
    const current = await tx.programSession.findFirst({
      where: { id, deletedAt: null },
      select: { id: true, forumId: true, subForumId: true, startsAt: true, endsAt: true, roomId: true, forum: { select: { timeZone: true, startDate: true, endDate: true } } },
    });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId)) return forbidden;
    const startsAt = new Date(to.startsAt);
    const endsAt = new Date(startsAt.getTime() + sessionLength(current));
    const days = forumDays(current.forum);
    const { start, end } = forumWindow(days, current.forum.timeZone);
    if (!(startsAt >= start && endsAt <= end)) {
      const fieldErrors: Record<string, string> = { startsAt: outsideForumDaysMessage(days) };
      return { ok: false, error: "INVALID", fieldErrors } as const;
    }
    if (to.roomId && !(await tx.room.findFirst({ where: { id: to.roomId, forumId: current.forumId }, select: { id: true } }))) {
      return { ok: false, error: "INVALID", fieldErrors: { roomId: "Choose one of this forum's rooms" } } as const;
    }
    const moved = await tx.programSession.update({ where: { id }, data: { startsAt, endsAt, roomId: to.roomId }, select: { id: true, forumId: true, slug: true } });
    await recordAudit(tx, {
      forumId: current.forumId,
      actorId: actor.id,
      action: "session.moved",
      entity: { type: "ProgramSession", id },
      data: {
        // A stored time may be unreadable (an Invalid Date): the move that repairs it is recorded all the same.
        from: { startsAt: Number.isNaN(current.startsAt.getTime()) ? null : current.startsAt.toISOString(), roomId: current.roomId },
        to: { startsAt: startsAt.toISOString(), roomId: to.roomId },
      },
      before: current,
      after: { startsAt, endsAt, roomId: to.roomId },
    });
    return { ok: true, value: moved } as const;
  });
}

/**
 * Removes a session from the working copy; the next release lists it as removed. The row stays,
 * marked deleted, until that publish removes it (lib/seats/release.ts): the public, and the
 * delegates holding seats in it, see no change before then.
 */
export async function deleteSession(actor: ProgramActor, id: string): Promise<ProgramWriteResult<SessionRef>> {
  return db.$transaction(async (tx) => {
    const current = await tx.programSession.findFirst({ where: { id, deletedAt: null }, select: { id: true, forumId: true, slug: true, subForumId: true, titleEn: true } });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId)) return forbidden;
    const before = await tx.programSession.findUniqueOrThrow({ where: { id }, select: { ...AUDITED_FIELDS, slug: true } });
    // Marked deleted, not removed: the public reads it (and its seats hold) until the next publish leaves it out.
    await tx.programSession.update({ where: { id }, data: { deletedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, { forumId: current.forumId, actorId: actor.id, action: "session.deleted", entity: { type: "ProgramSession", id }, data: { titleEn: current.titleEn, slug: current.slug }, before });
    return { ok: true, value: { id: current.id, forumId: current.forumId, slug: current.slug } } as const;
  });
}
