// Creates or drops the seat benchmark's database on a PostgreSQL server:
//   BENCH_PG_SERVER=postgresql://user@host:port/postgres tsx bench/seats/pg-admin.ts create|drop <name>
// `create` prints the new database's URL. The user must be allowed to create databases.
import pg from "pg";

async function admin(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main([command, name]: string[]): Promise<number> {
  const server = process.env.BENCH_PG_SERVER;
  if (!server || !name || !/^[a-z0-9_]+$/.test(name) || (command !== "create" && command !== "drop")) {
    console.error("Usage: BENCH_PG_SERVER=postgresql://… tsx bench/seats/pg-admin.ts create|drop <lower_case_name>");
    return 2;
  }
  if (command === "create") {
    await admin(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    console.log(url.toString());
  } else {
    await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
