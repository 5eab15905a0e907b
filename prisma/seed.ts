// `npm run db:seed`: loads the demo forum (2025 SCO Digital Economy Forum) into the database named by
// DATABASE_URL (PGlite in .data/pglite by default). Safe to run again: a second run changes nothing.
import { closeDb, getDb } from "@/lib/db/client";
import { describeDbTarget, resolveDbTarget } from "@/lib/db/target";
import { formatSeedSummary, seedDemo } from "./seed/seed-demo";

async function main(): Promise<number> {
  console.log(`Seeding ${describeDbTarget(resolveDbTarget())}`);
  try {
    const summary = await seedDemo(getDb(), { log: (line) => console.log(line) });
    console.log(formatSeedSummary(summary));
    return 0;
  } finally {
    // Close PGlite cleanly so everything is on disk before the process exits.
    await closeDb();
  }
}

// PGlite keeps Node alive: exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
