import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_PGLITE_DIR, resolveDbTarget } from "./target";

describe("resolveDbTarget", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("picks the PostgreSQL server for postgres:// and postgresql:// URLs", () => {
    expect(resolveDbTarget("postgres://u:p@db.example:5432/concord")).toEqual({ kind: "postgres", url: "postgres://u:p@db.example:5432/concord" });
    expect(resolveDbTarget("postgresql://u@localhost/concord?sslmode=require")).toEqual({
      kind: "postgres",
      url: "postgresql://u@localhost/concord?sslmode=require",
    });
    expect(resolveDbTarget("  POSTGRESQL://u@localhost/concord ")).toMatchObject({ kind: "postgres" });
  });

  it("picks PGlite in memory for memory://", () => {
    expect(resolveDbTarget("memory://")).toEqual({ kind: "pglite", dataDir: null });
  });

  it("reads DATABASE_URL when called without an argument", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@localhost/concord");
    expect(resolveDbTarget()).toEqual({ kind: "postgres", url: "postgresql://u@localhost/concord" });
  });

  it("picks PGlite in the given folder for file:", () => {
    expect(resolveDbTarget("file:.data/e2e")).toEqual({ kind: "pglite", dataDir: path.resolve(process.cwd(), ".data/e2e") });
    expect(resolveDbTarget("file:/var/lib/concord")).toEqual({ kind: "pglite", dataDir: "/var/lib/concord" });
  });

  it("picks PGlite in the default folder when DATABASE_URL is unset or not a server URL", () => {
    const fallback = { kind: "pglite", dataDir: path.resolve(process.cwd(), DEFAULT_PGLITE_DIR) };
    vi.stubEnv("DATABASE_URL", undefined);
    expect(resolveDbTarget()).toEqual(fallback);
    expect(resolveDbTarget("")).toEqual(fallback);
    expect(resolveDbTarget("mysql://u@localhost/concord")).toEqual(fallback);
  });
});
