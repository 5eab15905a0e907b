// Runs before every test file (vitest.config.mts `setupFiles`): gives the file a fresh, fully
// migrated database and points lib/db/client.ts at it.
import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openAdapter } from "@/lib/db/adapter";
import { ConcordPGlite, openPGlite } from "@/lib/db/pglite";
import { closeDb, setDb } from "@/lib/db/client";
import { dbKind, setTestDatabaseUrl } from "./db";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres";

let database: string | null = null;

beforeAll(async () => {
  if (dbKind === "pglite") {
    // In memory, from the migrated snapshot made by test/global-setup-pglite.ts.
    const pglite = openPGlite(null, { loadDataDir: new Blob([fs.readFileSync(inject("pgliteSnapshot"))]) });
    const factory = new ConcordPGlite(pglite);
    setDb(new PrismaClient({ adapter: factory }), { factory, pglite, close: () => pglite.close() });
    setTestDatabaseUrl(null);
    return;
  }
  // A copy of the template migrated by test/global-setup-postgres.ts.
  database = uniqueDatabaseName("test");
  const url = await createDatabase(database, inject("templateDatabase"));
  const opened = openAdapter({ kind: "postgres", url });
  setDb(new PrismaClient({ adapter: opened.factory }), opened);
  setTestDatabaseUrl(url);
});

afterAll(async () => {
  await closeDb();
  if (database) await dropDatabase(database);
  database = null;
});
