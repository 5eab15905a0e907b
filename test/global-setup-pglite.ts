// Vitest global setup of the `pglite` project: runs the migrations once on an in-memory PGlite and
// saves its data directory, so each test file starts from a copy (≈ 1 s) instead of running
// PGlite's initdb again (≈ 3 s per file on these machines).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrationScripts } from "@/lib/db/migrate";
import { openPGlite } from "@/lib/db/pglite";

declare module "vitest" {
  interface ProvidedContext {
    /** A tar of a migrated PGlite data directory (pglite project only). */
    pgliteSnapshot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "concord-pglite-"));
  const snapshot = path.join(dir, "migrated.tar");
  const pglite = openPGlite(null);
  try {
    for (const sql of migrationScripts()) await pglite.exec(sql);
    const dump = await pglite.dumpDataDir("none");
    fs.writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  project.provide("pgliteSnapshot", snapshot);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
