// No "server-only": prisma/seed.ts runs it (tsx) on databases that hold data already.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { organizationSearchText } from "./search-text";

/**
 * Fills Organization.searchText where it is still empty (rows written before the column existed,
 * or by code that does not set it), in batches. Returns how many rows it filled. Idempotent.
 */
export async function fillMissingOrganizationSearchText(db: Pick<PrismaClient, "organization">, batch = 500): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.organization.findMany({
      where: { searchText: "" },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true, nameFr: true, region: true, website: true },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (rows.length === 0) return filled;
    for (const row of rows) {
      // The fold of a name is never empty (nameEn is required), so a filled row is not read again.
      await db.organization.updateMany({ where: { id: row.id, searchText: "" }, data: { searchText: organizationSearchText(row) || " " } });
    }
    filled += rows.length;
  }
}
