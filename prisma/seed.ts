// `npm run db:seed`: loads the demo forum (2025 SCO Digital Economy Forum) into the database named by
// DATABASE_URL (PGlite in .data/pglite by default). Safe to run again: a second run changes nothing.
//   --if-empty   do nothing unless the database has no forum and no real (non-demo) user yet
//                (`npm run demo` passes it, so it never mixes the demo into a database in use)
import { closeDb, getDb } from "@/lib/db/client";
import { describeDbTarget, resolveDbTarget } from "@/lib/db/target";
import { fillMissingOrganizationSearchText } from "@/lib/organizations/backfill";
import { formatSeedSummary, isEmptyForDemo, seedDemo } from "./seed/seed-demo";

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--if-empty");
  if (unknown.length) {
    console.error(`Unknown argument(s): ${unknown.join(" ")}\nUsage: tsx prisma/seed.ts [--if-empty]`);
    return 2;
  }
  const where = describeDbTarget(resolveDbTarget());
  try {
    const db = getDb();
    if (args.includes("--if-empty") && !(await isEmptyForDemo(db))) {
      console.log(`${where} already holds data: the demo forum is not loaded.`);
      // Derived columns added by later migrations, for rows written before them.
      const filled = await fillMissingOrganizationSearchText(db);
      if (filled) console.log(`Filled the search text of ${filled} organization(s).`);
      // PGlite runs no autovacuum: every start of the demo gives its planner fresh statistics and
      // visibility maps (a second or so at 100,000 participants). A server's autovacuum does this.
      if (resolveDbTarget().kind === "pglite") await db.$executeRaw`VACUUM ANALYZE`;
      return 0;
    }
    console.log(`Seeding ${where}`);
    const summary = await seedDemo(db, { log: (line) => console.log(line) });
    console.log(formatSeedSummary(summary));
    // Fresh statistics and visibility maps for the planner (PGlite runs no autovacuum).
    await db.$executeRaw`VACUUM ANALYZE`;
    return 0;
  } finally {
    // Close PGlite cleanly so everything is on disk before the process exits.
    await closeDb();
  }
}

// PGlite keeps Node alive: exit explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
