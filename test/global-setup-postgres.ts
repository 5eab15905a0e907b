// Vitest global setup of the `postgres` project: migrates one template database with the real
// migrate code (the same path `npm run db -- deploy` takes), so each test file can copy it with
// CREATE DATABASE … TEMPLATE in a few milliseconds instead of migrating again.
import type { TestProject } from "vitest/node";
import { openAdapter } from "@/lib/db/adapter";
import { deploy, openEngine } from "@/lib/db/migrate";
import { admin, createDatabase, disconnectAll, dropDatabase, uniqueDatabaseName } from "./postgres";

declare module "vitest" {
  interface ProvidedContext {
    /** The migrated database each test file copies (postgres project only). */
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = uniqueDatabaseName("concord_template");
  const url = await createDatabase(template);
  try {
    const opened = openAdapter({ kind: "postgres", url });
    const engine = await openEngine(opened.factory);
    await deploy(engine);
    engine.engine.free();
    await opened.close();
    // The engine's pool may still hold connections; copying a template needs it to itself.
    await disconnectAll(template);
    await admin(`ALTER DATABASE "${template}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } catch (error) {
    await dropDatabase(template).catch(() => {});
    throw error;
  }
  project.provide("templateDatabase", template);
  return async () => {
    await admin(`ALTER DATABASE "${template}" WITH IS_TEMPLATE false`);
    await dropDatabase(template);
  };
}
