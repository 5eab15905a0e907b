// Database administration on the PostgreSQL server the tests run against (TEST_DATABASE_URL,
// usually the throwaway cluster started by scripts/pg-cluster.sh). Test-only code.
import crypto from "node:crypto";
import pg from "pg";

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set. Run `npm run test:unit:pg` (it starts a throwaway PostgreSQL cluster), " +
        "or set TEST_DATABASE_URL=postgresql://user@host:port/db to a server where the user may create databases.",
    );
  }
  return url;
}

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A name nobody else uses, so parallel runs against one server never collide. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
}

const quote = (name: string): string => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name: ${name}`);
  return `"${name}"`;
};

/** Runs statements on the server's own database, one at a time (CREATE DATABASE refuses transactions). */
export async function admin(...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string, template = "template0"): Promise<string> {
  await admin(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`);
  return databaseUrl(name);
}

/** Drops a database even while a forgotten pool still holds connections to it. */
export async function dropDatabase(name: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
}

/** Closes every other session on a database (a template cannot be copied while one is open). */
export async function disconnectAll(name: string): Promise<void> {
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name.replace(/'/g, "''")}' AND pid <> pg_backend_pid()`);
}
