// Prisma Migrate over Prisma's schema engine compiled to WebAssembly, driven through the same
// driver adapters the app uses. The Prisma CLI's native engine cannot be downloaded here; this
// keeps Prisma Migrate's layout (prisma/migrations/<timestamp>_<name>/migration.sql,
// migration_lock.toml, the _prisma_migrations table), so `prisma migrate deploy` works on the
// same history wherever the native engine exists.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const root = process.cwd();
export const SCHEMA_PATH = path.join(root, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(root, "prisma", "migrations");
const LOCK_FILE = "migration_lock.toml";
const FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = { SchemaEngine: typeof SchemaEngine; __wbg_set_wasm: (exports: unknown) => void };

let enginePromise: Promise<EngineModule> | undefined;

/** Loads the WebAssembly engine by hand: the package's main entry needs Node's wasm modules flag. */
async function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(path.join(root, "package.json"));
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(pathToFileURL(bgPath).href)) as EngineModule;
    const wasm = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return enginePromise;
}

export type Engine = {
  engine: SchemaEngine;
  /** Replaces "External error id#N" with the adapter's own message. */
  explain: (error: unknown) => Error;
};

export async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory, log: (line: string) => void = () => {}): Promise<Engine> {
  const bg = await loadEngineModule();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, readSchema()]] },
    (line: string) => log(line),
    bound,
  );
  const explain = (error: unknown): Error => {
    const message = error instanceof Error ? error.message : String(error);
    const match = /External error id#(\d+)/.exec(message);
    if (match) {
      const registered = bound.errorRegistry.consumeError(Number(match[1]));
      if (registered) return new Error(`${message}: ${JSON.stringify(registered.error)}`);
    }
    return error instanceof Error ? error : new Error(message);
  };
  return { engine, explain };
}

export function readSchema(): string {
  return fs.readFileSync(SCHEMA_PATH, "utf8");
}

/** Migration folders in order, as Prisma Migrate reads them. */
export function listMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const lockPath = path.join(dir, LOCK_FILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCK_FILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      const content = fs.existsSync(file)
        ? ({ tag: "ok", value: fs.readFileSync(file, "utf8") } as const)
        : ({ tag: "error", value: `missing ${file}` } as const);
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

/** The SQL of every migration, in order (tests load a fresh database from it directly). */
export function migrationScripts(dir = MIGRATIONS_DIR): string[] {
  return listMigrations(dir).migrationDirectories.map((m) => (m.migrationFile.content.tag === "ok" ? m.migrationFile.content.value : ""));
}

export async function deploy(e: Engine): Promise<string[]> {
  try {
    const out = await e.engine.applyMigrations({ migrationsList: listMigrations(), filters: FILTERS });
    return out.appliedMigrationNames;
  } catch (error) {
    throw e.explain(error);
  }
}

export type MigrationStatus = {
  applied: boolean;
  pending: string[];
  edited: string[];
  failed: string[];
  unknownToFolder: string[];
};

export async function status(e: Engine): Promise<MigrationStatus> {
  try {
    const out = await e.engine.diagnoseMigrationHistory({ migrationsList: listMigrations(), optInToShadowDatabase: false, filters: FILTERS });
    const h = out.history;
    return {
      applied: out.hasMigrationsTable,
      pending: h?.diagnostic === "databaseIsBehind" || h?.diagnostic === "historiesDiverge" ? h.unappliedMigrationNames : [],
      unknownToFolder: h?.diagnostic === "migrationsDirectoryIsBehind" || h?.diagnostic === "historiesDiverge" ? h.unpersistedMigrationNames : [],
      edited: out.editedMigrationNames,
      failed: out.failedMigrationNames,
    };
  } catch (error) {
    throw e.explain(error);
  }
}

/** Creates a migration from the difference between the history and schema.prisma. */
export async function create(e: Engine, name: string): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration names are snake_case: letters, digits and _");
  try {
    await e.engine.applyMigrations({ migrationsList: listMigrations(), filters: FILTERS });
    await e.engine.devDiagnostic({ migrationsList: listMigrations(), filters: FILTERS });
    const out = await e.engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: listMigrations(),
      schema: { files: [{ path: SCHEMA_PATH, content: readSchema() }] },
      filters: FILTERS,
    });
    if (!out.migrationScript) return null;
    const folder = path.join(MIGRATIONS_DIR, out.generatedMigrationName);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), out.migrationScript);
    const lock = path.join(MIGRATIONS_DIR, LOCK_FILE);
    if (!fs.existsSync(lock)) {
      fs.writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
    }
    await e.engine.applyMigrations({ migrationsList: listMigrations(), filters: FILTERS });
    return out.generatedMigrationName;
  } catch (error) {
    throw e.explain(error);
  }
}

/**
 * SQL that would take the migrated history to schema.prisma: empty when they agree. `schema`
 * replaces the file's text (the test proves the check can fail).
 */
export async function driftFromSchema(e: Engine, schema: string = readSchema()): Promise<string> {
  try {
    const out = await e.engine.diff({
      from: { tag: "migrations", ...listMigrations() },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } catch (error) {
    throw e.explain(error);
  }
}
