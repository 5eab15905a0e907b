import { PGlite, type PGliteOptions, type QueryOptions, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The PostgreSQL extensions the migrations use (pg_trgm: trigram indexes for participant search).
 * A PostgreSQL server ships them in its contrib package; PGlite loads them when it opens.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * PGlite's pages are in the process's memory or the file cache, never on a spinning disk: reading
 * one out of order costs about what reading the next one does. With PostgreSQL's default (4, for
 * disks) the planner scanned all 100,000 participants for a two-character Chinese name instead of
 * using the trigram index (170 ms instead of 30: bench/participants.sh). 1.1 is the usual value
 * for SSDs and cached data. A PostgreSQL server keeps its administrator's setting.
 */
export const PGLITE_SETTINGS = ["-c", "random_page_cost=1.1"];

/** Every embedded database the project opens: the app's, the tests', the scripts' scratch ones. */
export function openPGlite(dataDir: string | null, options: Omit<PGliteOptions, "extensions" | "startParams"> = {}): PGlite {
  return new PGlite(dataDir ?? "memory://", { ...options, extensions: PGLITE_EXTENSIONS, startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
}

/**
 * The Prisma adapter for PGlite, whose shadow database (used to compute migrations) has the
 * extensions too. It takes over how the instance parses results: give it an instance that only
 * Prisma queries (the instance's own `query` then answers as Prisma's adapter parses: see
 * sharingAdapterParsers).
 */
export class ConcordPGlite extends PrismaPGlite {
  constructor(pglite: PGlite) {
    super(sharingAdapterParsers(pglite));
  }

  override connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(openPGlite(null)).connect();
  }
}

type Parsers = NonNullable<QueryOptions["parsers"]>;

/**
 * The instance as the Prisma adapter sees it, the adapter's result parsers installed in it once.
 * The adapter passes its parsers with every query, and PGlite then copies its whole table (~320
 * types) to merge them in, on every query: a fifth of a millisecond each, a tenth of the server's
 * time under a burst of seat takes. Installed in the instance's own table, they are the same
 * parsers for the same types, without the copy. (One difference: an array of a type whose element
 * parser the adapter replaces and whose array parser it does not, timetz[], now parses its
 * elements as the adapter does. The schema has no such column.)
 */
function sharingAdapterParsers(pglite: PGlite): PGlite {
  let installed: Parsers | null = null;
  async function lean(options: QueryOptions | undefined): Promise<QueryOptions | undefined> {
    const parsers = options?.parsers;
    if (!parsers) return options;
    if (!installed) {
      // After start-up, which fills the table with the database's array types.
      await pglite.waitReady;
      if (!installed) {
        Object.assign(pglite.parsers, parsers);
        installed = parsers;
      }
    }
    // Other parsers than the installed ones (a newer adapter?) are merged by PGlite as before.
    return parsers === installed ? { ...options, parsers: undefined } : options;
  }
  const leanTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "query") return async (sql: string, params?: unknown[], options?: QueryOptions) => target.query(sql, params, await lean(options));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop === "query") return async (sql: string, params?: unknown[], options?: QueryOptions) => target.query(sql, params, await lean(options));
      if (prop === "transaction") return <T>(callback: (tx: Transaction) => Promise<T>) => target.transaction((tx) => callback(leanTransaction(tx)));
      // Everything else on the instance itself: PGlite's private fields are not reachable through a proxy.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
