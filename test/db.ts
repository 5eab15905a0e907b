// What tests need to know about their database. Each test file gets its own fresh, fully migrated
// database (test/setup-db.ts): in-memory PGlite in the `pglite` project, a copy of a migrated
// template on a PostgreSQL server in the `postgres` project. Code under test reaches it through
// `db`/`getDb()` from lib/db/client.ts as usual.
import { getDb } from "@/lib/db/client";

export type TestDbKind = "pglite" | "postgres";

function readKind(): TestDbKind {
  const kind = process.env.CONCORD_TEST_DB;
  if (kind === "pglite" || kind === "postgres") return kind;
  throw new Error(`CONCORD_TEST_DB must be "pglite" or "postgres" (set by vitest.config.ts), got ${JSON.stringify(kind)}`);
}

/** Which database this run uses. Races are only real on PostgreSQL: `it.runIf(dbKind === "postgres")`. */
export const dbKind: TestDbKind = readKind();

/** The Prisma client of this test file's database. */
export const testDb = () => getDb();

const state: { url: string | null } = { url: null };

/**
 * The connection URL of this test file's database on the PostgreSQL server (null on PGlite), for
 * tests that open extra clients, e.g. to race two connections.
 */
export function testDatabaseUrl(): string | null {
  return state.url;
}

/** Used by test/setup-db.ts only. */
export function setTestDatabaseUrl(url: string | null): void {
  state.url = url;
}
