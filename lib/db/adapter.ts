import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { ConcordPGlite, openPGlite } from "./pglite";
import { splitSqlScript } from "./sql-script";
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
    const factory = new ConcordPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { factory, pglite: null, close: async () => {} };
  }
  if (target.dataDir) fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
  const pglite = openPGlite(target.dataDir);
  return { factory: new ConcordPGlite(pglite), pglite, close: () => pglite.close() };
}

/**
 * The Prisma adapter for PostgreSQL, running migration scripts statement by statement with a
 * splitter that leaves function bodies ($$ … ; … $$), strings and comments whole (PrismaPg's own
 * splits on every ";"). Everything else is PrismaPg's.
 */
export class ConcordPg extends PrismaPg {
  override async connect() {
    return withScriptSplitter(await super.connect());
  }

  override async connectToShadowDb() {
    return withScriptSplitter(await super.connectToShadowDb());
  }
}

function withScriptSplitter<A extends SqlDriverAdapter>(adapter: A): A {
  adapter.executeScript = async (script: string) => {
    for (const sql of splitSqlScript(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  };
  return adapter;
}
