import path from "node:path";

/** Where the data lives: an embedded PGlite folder (or memory) or a PostgreSQL server. */
export type DbTarget =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * Picks the database from DATABASE_URL at run time:
 * postgres:// or postgresql:// → a PostgreSQL server; `memory://` → PGlite in memory;
 * `file:<folder>` → PGlite in that folder; unset or anything else → PGlite in .data/pglite.
 */
export function resolveDbTarget(url: string | undefined = process.env.DATABASE_URL): DbTarget {
  const value = url?.trim() ?? "";
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (value === "memory://") return { kind: "pglite", dataDir: null };
  const folder = value.startsWith("file:") ? value.slice("file:".length) : DEFAULT_PGLITE_DIR;
  return { kind: "pglite", dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), folder) };
}

export function describeDbTarget(target: DbTarget): string {
  if (target.kind === "postgres") {
    const u = new URL(target.url);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return target.dataDir ? `PGlite ${target.dataDir}` : "PGlite (in memory)";
}
