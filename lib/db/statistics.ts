import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** Tables a bulk write may change enough to mislead the planner (the participant CSV import). */
export type AnalyzedTable = "Participant";

const ANALYZE: Record<AnalyzedTable, Prisma.Sql> = { Participant: Prisma.sql`ANALYZE "Participant"` };

/**
 * Fresh planner statistics for a table after a bulk write (a CSV import of thousands of rows).
 * PGlite runs no autovacuum, so without this its planner keeps the statistics of the table as it
 * was (the demo's 1,500 participants) and may pick a whole-table scan for a search the trigram
 * index answers in milliseconds; a server's autovacuum would get there, minutes later. Best
 * effort: a role that may not ANALYZE, or any other failure, is logged, never the caller's error.
 */
export async function refreshStatistics(db: Pick<PrismaClient, "$executeRaw">, table: AnalyzedTable): Promise<boolean> {
  try {
    await db.$executeRaw(ANALYZE[table]);
    return true;
  } catch (error) {
    console.warn(`Could not refresh the statistics of ${table}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
