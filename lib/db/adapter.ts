import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { ConcordPGlite, openPGlite } from "./pglite";
import type { DbTarget } from "./target";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database, when there is one (tests and scripts run SQL on it directly). */
  pglite: PGlite | null;
  close: () => Promise<void>;
};

/** Opens the driver adapter for a target. PGlite is single-process: never open a folder twice. */
export function openAdapter(target: DbTarget): OpenedAdapter {
  if (target.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { factory, pglite: null, close: async () => {} };
  }
  if (target.dataDir) fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
  const pglite = openPGlite(target.dataDir);
  return { factory: new ConcordPGlite(pglite), pglite, close: () => pglite.close() };
}
