import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind } from "@/test/db";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/test/postgres";
import { openAdapter, type OpenedAdapter } from "./adapter";
import { deploy, driftFromSchema, MIGRATIONS_DIR, openEngine, readSchema, status, type Engine } from "./migrate";

const migrationNames = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** An empty database of the kind this project runs on, with the schema engine attached to it. */
async function openEmptyDatabase(): Promise<{ engine: Engine; dispose: () => Promise<void> }> {
  if (dbKind === "pglite") {
    const opened = openAdapter({ kind: "pglite", dataDir: null });
    const engine = await openEngine(opened.factory);
    return { engine, dispose: () => dispose(engine, opened) };
  }
  const name = uniqueDatabaseName("test_empty");
  const opened = openAdapter({ kind: "postgres", url: await createDatabase(name) });
  const engine = await openEngine(opened.factory);
  return {
    engine,
    dispose: async () => {
      await dispose(engine, opened);
      await dropDatabase(name);
    },
  };
}

async function dispose(engine: Engine, opened: OpenedAdapter): Promise<void> {
  engine.engine.free();
  await opened.close();
}

let target: Awaited<ReturnType<typeof openEmptyDatabase>>;

beforeAll(async () => {
  target = await openEmptyDatabase();
});
afterAll(async () => {
  await target?.dispose();
});

describe(`deploy on an empty ${dbKind} database`, () => {
  it("reports every migration pending before the first deploy", async () => {
    const before = await status(target.engine);
    expect(before.applied).toBe(false);
    expect(before.pending).toEqual(migrationNames);
  });

  it("applies every migration folder in order", async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(await deploy(target.engine)).toEqual(migrationNames);
  });

  it("leaves nothing pending, failed or edited afterwards", async () => {
    expect(await status(target.engine)).toEqual({ applied: true, pending: [], edited: [], failed: [], unknownToFolder: [] });
  });

  it("applies nothing on a second deploy", async () => {
    expect(await deploy(target.engine)).toEqual([]);
  });
});

// The drift check replays the history on a shadow database of its own (a fresh PGlite), whatever
// the engine is attached to; once is enough.
describe.runIf(dbKind === "pglite")("the migrations and schema.prisma", () => {
  it("produce exactly the same database (run `npm run db -- create <name>` after editing the schema)", async () => {
    expect(await driftFromSchema(target.engine)).toBe("");
  });

  it("reports drift when schema.prisma has a model the migrations lack", async () => {
    const schema = `${readSchema()}\nmodel DriftProbe {\n  id   String @id\n  note String\n}\n`;
    const drift = await driftFromSchema(target.engine, schema);
    expect(drift).toContain('CREATE TABLE "DriftProbe"');
  });

  it("reports drift when schema.prisma has a field the migrations lack", async () => {
    const model = /^model (\w+) \{$/m.exec(readSchema())?.[1];
    if (!model) throw new Error("schema.prisma has no model");
    const schema = readSchema().replace(`model ${model} {\n`, `model ${model} {\n  driftProbe String?\n`);
    const drift = await driftFromSchema(target.engine, schema);
    expect(drift).toMatch(new RegExp(`ALTER TABLE "${model}" ADD COLUMN\\s+"driftProbe" TEXT`));
  });
});
