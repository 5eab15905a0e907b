import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/text/slug";
import type { AgreementActor, AgreementWriteResult } from "./agreements";
import type { SectorValues } from "./schemas";

// The sectors agreements are filed under (computing-power infrastructure, low-altitude economy …),
// per forum. Organizers add and rename them; a sector still in use cannot be deleted.

/** A foreign key refused the write (Prisma P2003): a row still points at what was deleted. */
function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

export type DeleteSectorResult = { ok: true } | { ok: false; error: "NOT_FOUND" } | { ok: false; error: "IN_USE"; count: number };

function names(v: SectorValues) {
  return { nameEn: v.nameEn, nameZh: v.nameZh ?? null, nameRu: v.nameRu ?? null, nameFr: v.nameFr ?? null, color: v.color.toLowerCase(), position: v.position };
}

/** A slug from the English name, unique in the forum ("smart-energy", "smart-energy-2" …). */
async function uniqueSlug(forumId: string, name: string): Promise<string> {
  const base = slugify(name, 60) || "sector";
  const taken = new Set((await db.agreementSector.findMany({ where: { forumId, slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createSector(actor: AgreementActor, forumId: string, v: SectorValues): Promise<AgreementWriteResult<{ id: string }>> {
  const duplicate = await db.agreementSector.findFirst({ where: { forumId, nameEn: { equals: v.nameEn, mode: "insensitive" } }, select: { id: true } });
  if (duplicate) return { ok: false, error: "INVALID", fieldErrors: { nameEn: "A sector of this name exists already" } };
  // Two organizers adding sectors of the same name at once: the later one gets the next free slug.
  const created = await retryOnUniqueViolation(async () => {
    const slug = await uniqueSlug(forumId, v.nameEn);
    return db.$transaction(async (tx) => {
      const sector = await tx.agreementSector.create({ data: { forumId, slug, ...names(v) }, select: { id: true, slug: true } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement-sector.created", entity: { type: "AgreementSector", id: sector.id }, data: { slug, ...names(v) } });
      return sector;
    });
  });
  return { ok: true, value: { id: created.id } };
}

/** Renames or recolours a sector; its slug (used in links and CSV files) stays. */
export async function updateSector(actor: AgreementActor, forumId: string, id: string, v: SectorValues): Promise<AgreementWriteResult<{ id: string }>> {
  const duplicate = await db.agreementSector.findFirst({ where: { forumId, id: { not: id }, nameEn: { equals: v.nameEn, mode: "insensitive" } }, select: { id: true } });
  if (duplicate) return { ok: false, error: "INVALID", fieldErrors: { nameEn: "A sector of this name exists already" } };
  return db.$transaction(async (tx) => {
    const before = await tx.agreementSector.findFirst({ where: { id, forumId } });
    const updated = await tx.agreementSector.updateMany({ where: { id, forumId }, data: names(v) });
    if (!before || updated.count === 0) return { ok: false, error: "NOT_FOUND" } as const;
    await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement-sector.updated", entity: { type: "AgreementSector", id }, data: names(v), before, after: names(v) });
    return { ok: true, value: { id } } as const;
  });
}

/** Deletes a sector no agreement uses. The database refuses it too, should one be filed meanwhile. */
export async function deleteSector(actor: AgreementActor, forumId: string, id: string): Promise<DeleteSectorResult> {
  try {
    return await db.$transaction(async (tx) => {
      const sector = await tx.agreementSector.findFirst({ where: { id, forumId }, select: { slug: true, nameEn: true, _count: { select: { agreements: true } } } });
      if (!sector) return { ok: false, error: "NOT_FOUND" } as const;
      if (sector._count.agreements > 0) return { ok: false, error: "IN_USE", count: sector._count.agreements } as const;
      await tx.agreementSector.delete({ where: { id } });
      await recordAudit(tx, { forumId, actorId: actor.id, action: "agreement-sector.deleted", entity: { type: "AgreementSector", id }, data: { slug: sector.slug, nameEn: sector.nameEn } });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) return { ok: false, error: "IN_USE", count: await db.agreement.count({ where: { sectorId: id } }) };
    throw error;
  }
}
