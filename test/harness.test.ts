// The harness itself: every test file starts on its own fully migrated, empty database.
import { describe, expect, it } from "vitest";
import { readSchema } from "@/lib/db/migrate";
import { dbKind, testDatabaseUrl, testDb } from "./db";

describe(`the ${dbKind} test database`, () => {
  it("has a table for every model in schema.prisma", async () => {
    const models = [...readSchema().matchAll(/^model (\w+) \{$/gm)].map((m) => m[1]);
    const rows = await testDb().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const tables = rows.map((r) => r.table_name);
    expect(models.length).toBeGreaterThan(0);
    expect(tables).toEqual(expect.arrayContaining(models));
  });

  it("starts empty", async () => {
    expect(await testDb().user.count()).toBe(0);
    expect(await testDb().forum.count()).toBe(0);
  });

  it.runIf(dbKind === "postgres")("is a database of its own on the server", async () => {
    const [row] = await testDb().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(row?.name).toMatch(/^test_[0-9a-f]{12}$/);
    expect(testDatabaseUrl()).toContain(`/${row?.name}`);
  });

  it.runIf(dbKind === "pglite")("lives in memory", () => {
    expect(testDatabaseUrl()).toBeNull();
  });
});
