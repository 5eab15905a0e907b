import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The PostgreSQL extensions the migrations use (pg_trgm: trigram indexes for participant search).
 * A PostgreSQL server ships them in its contrib package; PGlite loads them when it opens.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/** Every embedded database the project opens: the app's, the tests', the scripts' scratch ones. */
export function openPGlite(dataDir: string | null, options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  return new PGlite(dataDir ?? "memory://", { ...options, extensions: PGLITE_EXTENSIONS });
}

/** The Prisma adapter for PGlite, whose shadow database (used to compute migrations) has the extensions too. */
export class ConcordPGlite extends PrismaPGlite {
  override connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(openPGlite(null)).connect();
  }
}
