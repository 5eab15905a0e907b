// The project's database command (the Prisma CLI cannot migrate on these machines):
//   npm run db -- deploy | status | create <name> | drift
// It uses DATABASE_URL like the app: a PostgreSQL server, or PGlite in a folder. `create` and
// `drift` compute on a scratch in-memory PGlite, so they work the same for both targets.
// Never run it while the app has the same PGlite folder open.
import { openAdapter } from "@/lib/db/adapter";
import { create, deploy, driftFromSchema, openEngine, status } from "@/lib/db/migrate";
import { describeDbTarget, resolveDbTarget } from "@/lib/db/target";

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const target = resolveDbTarget();
  const opened = openAdapter(target);
  const engine = await openEngine(opened.factory, process.env.DEBUG_MIGRATE ? (l) => console.error(l) : undefined);
  const where = describeDbTarget(target);
  try {
    switch (command) {
      case "deploy": {
        const applied = await deploy(engine);
        console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `${where} is up to date.`);
        return 0;
      }
      case "status": {
        const s = await status(engine);
        console.log(`${where}: ${s.pending.length} pending, ${s.failed.length} failed, ${s.edited.length} edited since applied.`);
        for (const n of s.pending) console.log(`  pending  ${n}`);
        for (const n of s.failed) console.log(`  failed   ${n}`);
        for (const n of s.edited) console.log(`  edited   ${n}`);
        for (const n of s.unknownToFolder) console.log(`  only in the database  ${n}`);
        return s.pending.length || s.failed.length || s.edited.length ? 1 : 0;
      }
      case "create": {
        if (!name) {
          console.error("Usage: npm run db -- create <snake_case_name>");
          return 2;
        }
        // A migration is computed from the files alone, so it is always made on PGlite (the pg
        // adapter mishandles shadow databases), then applied to the target like any other.
        const scratch = target.kind === "pglite" ? null : openAdapter({ kind: "pglite", dataDir: null });
        const created = await create(scratch ? await openEngine(scratch.factory) : engine, name);
        await scratch?.close();
        console.log(created ? `Created prisma/migrations/${created}` : "schema.prisma matches the migrations: nothing to create.");
        if (created && scratch) {
          const applied = await deploy(engine);
          console.log(`Applied ${applied.length} migration(s) to ${where}.`);
        }
        return 0;
      }
      case "drift": {
        // Drift is a property of the files: replay them on a scratch PGlite, whatever the target.
        const scratch = openAdapter({ kind: "pglite", dataDir: null });
        const sql = await driftFromSchema(await openEngine(scratch.factory));
        await scratch.close();
        if (sql) console.log(sql);
        else console.log("The migrations produce exactly schema.prisma.");
        return sql ? 1 : 0;
      }
      default:
        console.error("Usage: npm run db -- deploy | status | create <name> | drift");
        return 2;
    }
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
