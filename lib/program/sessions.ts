import { checkAddress, freeAddress } from "@/lib/addresses/addresses";
import { addressErrorMessage } from "@/lib/addresses/schemas";
import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fillFromWaitlist } from "@/lib/seats/seats";
import { fromLocal } from "@/lib/time/zone";
import { canEditSubForumSessions, type ProgramActor } from "./authorize";
import type { SessionValues } from "./schemas";

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

async function audit(tx: Tx, forumId: string, actor: ProgramActor, action: string, sessionId: string, data: Prisma.InputJsonValue) {
  await tx.auditEntry.create({ data: { forumId, actorId: actor.id, action, entityType: "ProgramSession", entityId: sessionId, data } });
}

/** Adds a session to the working copy (the public sees it after the next publish). */
export async function createSession(actor: ProgramActor, forumId: string, v: SessionValues): Promise<ProgramWriteResult<SessionRef>> {
  if (!canEditSubForumSessions(actor, v.subForumId)) return forbidden;
  // The slug is picked by reading what is free: a concurrent create may take it first.
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { timeZone: true } });
    if (!forum) return notFound;
    const fieldErrors = await checkReferences(tx, forumId, v);
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
    await audit(tx, forumId, actor, "session.created", created.id, { titleEn: v.titleEn, startsAt: v.startsAt, roomId: v.roomId });
    return { ok: true, value: created } as const;
  }));
}

/**
 * Changes a session. A chair must chair both the sub-forum it is in and the one it goes to, so a
 * chair can neither edit another sub-forum's session nor move one of theirs out of reach.
 */
export async function updateSession(actor: ProgramActor, id: string, v: SessionValues): Promise<ProgramWriteResult<SessionRef>> {
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    // Locked first: seats are taken against this row's capacity (lib/seats), so a capacity check
    // made here holds until the transaction ends.
    await tx.$queryRaw`SELECT id FROM "ProgramSession" WHERE id = ${id} FOR UPDATE`;
    const current = await tx.programSession.findUnique({
      where: { id },
      select: { id: true, forumId: true, subForumId: true, slug: true, seatsTaken: true, forum: { select: { timeZone: true } } },
    });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId) || !canEditSubForumSessions(actor, v.subForumId)) return forbidden;
    const fieldErrors = await checkReferences(tx, current.forumId, v);
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
    await audit(tx, current.forumId, actor, "session.updated", id, { titleEn: v.titleEn, startsAt: v.startsAt, roomId: v.roomId });
    // More places, or booking switched on: the waitlist moves up at once, in this transaction.
    if (v.seatBooking) await fillFromWaitlist(tx, id, { actorId: actor.id, origin: process.env.NEXTAUTH_URL ?? null });
    return { ok: true, value: updated } as const;
  }));
}

/** Moves a session to another start and room, keeping its length (the grid's drag and drop). */
export async function moveSession(actor: ProgramActor, id: string, to: { startsAt: string; roomId: string | null }): Promise<ProgramWriteResult<SessionRef>> {
  return db.$transaction(async (tx) => {
    const current = await tx.programSession.findUnique({
      where: { id },
      select: { id: true, forumId: true, subForumId: true, startsAt: true, endsAt: true, roomId: true },
    });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId)) return forbidden;
    if (to.roomId && !(await tx.room.findFirst({ where: { id: to.roomId, forumId: current.forumId }, select: { id: true } }))) {
      return { ok: false, error: "INVALID", fieldErrors: { roomId: "Choose one of this forum's rooms" } } as const;
    }
    const startsAt = new Date(to.startsAt);
    const endsAt = new Date(startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
    const moved = await tx.programSession.update({ where: { id }, data: { startsAt, endsAt, roomId: to.roomId }, select: { id: true, forumId: true, slug: true } });
    await audit(tx, current.forumId, actor, "session.moved", id, {
      from: { startsAt: current.startsAt.toISOString(), roomId: current.roomId },
      to: { startsAt: startsAt.toISOString(), roomId: to.roomId },
    });
    return { ok: true, value: moved } as const;
  });
}

/** Removes a session from the working copy; the next release lists it as removed. */
export async function deleteSession(actor: ProgramActor, id: string): Promise<ProgramWriteResult<SessionRef>> {
  return db.$transaction(async (tx) => {
    const current = await tx.programSession.findUnique({ where: { id }, select: { id: true, forumId: true, slug: true, subForumId: true, titleEn: true } });
    if (!current) return notFound;
    if (!canEditSubForumSessions(actor, current.subForumId)) return forbidden;
    await tx.programSession.delete({ where: { id } });
    await audit(tx, current.forumId, actor, "session.deleted", id, { titleEn: current.titleEn, slug: current.slug });
    return { ok: true, value: { id: current.id, forumId: current.forumId, slug: current.slug } } as const;
  });
}
