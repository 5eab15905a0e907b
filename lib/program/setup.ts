import { checkAddress, freeAddress, type AddressOwner } from "@/lib/addresses/addresses";
import { addressErrorMessage } from "@/lib/addresses/schemas";
import { type AuditFields, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/text/slug";
import { canManageProgram, type ProgramActor } from "./authorize";
import type { forumSettingsSchema, personSchema, roomSchema, subForumSchema } from "./schemas";
import type { z } from "zod";
import type { ProgramWriteResult } from "./sessions";

// The forum's frame, organizers only: settings, rooms, sub-forums (with their chairs) and the
// people who appear on stage. Every write is audited and runs in one transaction.

type Ref = { id: string };
const forbidden = { ok: false, error: "FORBIDDEN" } as const;
const notFound = { ok: false, error: "NOT_FOUND" } as const;

async function uniqueSlug(taken: (slug: string) => Promise<boolean>, text: string, fallback: string): Promise<string> {
  const base = slugify(text, 60) || fallback;
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}

/**
 * A sub-forum's or person's address: the one typed when it differs from the current one (checked),
 * the current one when left blank or unchanged, else (a new record) one made from its English text.
 * A title or name change never changes it (lib/addresses).
 */
async function recordAddress(tx: Tx, owner: AddressOwner, current: string | null, typed: string | null, text: string, fallback: string): Promise<{ slug: string } | { fieldErrors: { slug: string } }> {
  if (!typed || typed === current) return { slug: current ?? (await freeAddress(tx, owner, text, fallback)) };
  const error = await checkAddress(tx, owner, typed);
  return error ? { fieldErrors: { slug: addressErrorMessage(error) } } : { slug: typed };
}

const nullIfBlank = <T extends Record<string, unknown>>(values: T) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v])) as { [K in keyof T]: Exclude<T[K], undefined> | null };

export async function saveRoom(actor: ProgramActor, forumId: string, id: string | null, input: z.output<typeof roomSchema>): Promise<ProgramWriteResult<Ref>> {
  if (!canManageProgram(actor)) return forbidden;
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    const data = nullIfBlank(input) as Omit<Prisma.RoomUncheckedCreateInput, "forumId" | "slug">;
    if (id) {
      const found = await tx.room.findFirst({ where: { id, forumId } });
      if (!found) return notFound;
      await tx.room.update({ where: { id }, data });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "room.updated", entity: { type: "Room", id }, data: { nameEn: input.nameEn, capacity: input.capacity }, before: found, after: data });
      return { ok: true, value: { id } } as const;
    }
    const slug = await uniqueSlug(async (s) => !!(await tx.room.findFirst({ where: { forumId, slug: s }, select: { id: true } })), input.nameEn, "room");
    const room = await tx.room.create({ data: { ...data, forumId, slug }, select: { id: true } });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "room.created", entity: { type: "Room", id: room.id }, data: { nameEn: input.nameEn, capacity: input.capacity }, after: data });
    return { ok: true, value: room } as const;
  }));
}

export async function saveSubForum(actor: ProgramActor, forumId: string, id: string | null, input: z.output<typeof subForumSchema>): Promise<ProgramWriteResult<Ref>> {
  if (!canManageProgram(actor)) return forbidden;
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    const { chairIds, slug: typedSlug, ...rest } = input;
    const chairs = chairIds.length ? await tx.user.findMany({ where: { id: { in: chairIds }, role: "CHAIR", disabled: false }, select: { id: true } }) : [];
    if (chairs.length !== new Set(chairIds).size) return { ok: false, error: "INVALID", fieldErrors: { chairIds: "Choose chairs from the list of sub-forum chairs" } } as const;
    const data = nullIfBlank(rest) as Omit<Prisma.SubForumUncheckedCreateInput, "forumId" | "slug">;
    let subForumId = id;
    let before: AuditFields | undefined;
    const found = id ? await tx.subForum.findFirst({ where: { id, forumId }, include: { chairs: { select: { userId: true }, orderBy: { userId: "asc" } } } }) : null;
    if (id && !found) return notFound;
    if (found) {
      const { chairs: previousChairs, ...fields } = found;
      before = { ...fields, chairIds: previousChairs.map((c) => c.userId) };
    }
    const address = await recordAddress(tx, { kind: "SUB_FORUM", forumId, entityId: id }, found?.slug ?? null, typedSlug, input.titleEn, "sub-forum");
    if ("fieldErrors" in address) return { ok: false, error: "INVALID", fieldErrors: address.fieldErrors } as const;
    if (id) {
      await tx.subForum.update({ where: { id }, data: { ...data, slug: address.slug } });
      await tx.subForumChair.deleteMany({ where: { subForumId: id } });
    } else {
      subForumId = (await tx.subForum.create({ data: { ...data, forumId, slug: address.slug }, select: { id: true } })).id;
    }
    if (!subForumId) return notFound;
    if (chairs.length) await tx.subForumChair.createMany({ data: chairs.map((c) => ({ subForumId: subForumId as string, userId: c.id })) });
    await recordAudit(tx, {
      forumId,
      actorId: actor.id,
      action: id ? "sub-forum.updated" : "sub-forum.created",
      entity: { type: "SubForum", id: subForumId },
      data: { titleEn: input.titleEn, chairIds },
      before,
      after: { ...data, slug: address.slug, chairIds: chairs.map((c) => c.id).sort() },
    });
    return { ok: true, value: { id: subForumId } } as const;
  }));
}

export async function savePerson(actor: ProgramActor, id: string | null, input: z.output<typeof personSchema>): Promise<ProgramWriteResult<Ref>> {
  if (!canManageProgram(actor)) return forbidden;
  return retryOnUniqueViolation(() => db.$transaction(async (tx) => {
    if (input.organizationId && !(await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } }))) {
      return { ok: false, error: "INVALID", fieldErrors: { organizationId: "Choose an organization from the list" } } as const;
    }
    const { slug: typedSlug, ...fields } = input;
    const data = nullIfBlank(fields) as Omit<Prisma.PersonUncheckedCreateInput, "slug">;
    const found = id ? await tx.person.findUnique({ where: { id }, select: { id: true, slug: true } }) : null;
    if (id && !found) return notFound;
    // People are shared by every forum: their addresses are checked across all of them.
    const address = await recordAddress(tx, { kind: "PERSON", forumId: "", entityId: id }, found?.slug ?? null, typedSlug, input.nameEn, "person");
    if ("fieldErrors" in address) return { ok: false, error: "INVALID", fieldErrors: address.fieldErrors } as const;
    if (id) {
      const previous = await tx.person.findUniqueOrThrow({ where: { id } });
      await tx.person.update({ where: { id }, data: { ...data, slug: address.slug } });
      await recordAudit(tx, { forumId: null, actorId: actor.id, action: "person.updated", entity: { type: "Person", id }, data: { nameEn: input.nameEn }, before: previous, after: { ...data, slug: address.slug } });
      return { ok: true, value: { id } } as const;
    }
    const person = await tx.person.create({ data: { ...data, slug: address.slug }, select: { id: true } });
    await recordAudit(tx, { forumId: null, actorId: actor.id, action: "person.created", entity: { type: "Person", id: person.id }, data: { nameEn: input.nameEn }, after: { ...data, slug: address.slug } });
    return { ok: true, value: person } as const;
  }));
}

export async function saveForumSettings(actor: ProgramActor, forumId: string, input: z.output<typeof forumSettingsSchema>): Promise<ProgramWriteResult<Ref>> {
  if (!canManageProgram(actor)) return forbidden;
  return db.$transaction(async (tx) => {
    const found = await tx.forum.findUnique({ where: { id: forumId } });
    if (!found) return notFound;
    const { startDate, endDate, ...rest } = input;
    const data = { ...(nullIfBlank(rest) as Prisma.ForumUpdateInput), startDate: new Date(startDate), endDate: new Date(endDate) };
    await tx.forum.update({ where: { id: forumId }, data });
    await recordAudit(tx, { forumId, actorId: actor.id, action: "forum.updated", entity: { type: "Forum", id: forumId }, data: { nameEn: input.nameEn, startDate, endDate, timeZone: input.timeZone }, before: found, after: data });
    return { ok: true, value: { id: forumId } } as const;
  });
}
