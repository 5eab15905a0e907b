import { describe, expect, it } from "vitest";
import { splitSqlScript } from "./sql-script";

describe("splitSqlScript", () => {
  it("splits statements on semicolons and drops empty ones", () => {
    expect(splitSqlScript(`CREATE TABLE "A" ("id" TEXT);\n\n-- AddIndex\nCREATE INDEX "a" ON "A"("id");\n;`)).toEqual([
      `CREATE TABLE "A" ("id" TEXT)`,
      `-- AddIndex\nCREATE INDEX "a" ON "A"("id")`,
    ]);
  });

  it("keeps a dollar-quoted function body with semicolons in one statement", () => {
    const fn = `CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN 2;\nEND\n$$`;
    const tagged = `CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $body$ BEGIN RETURN '$$;'; END $body$`;
    expect(splitSqlScript(`${fn};\n${tagged};\nSELECT 1;`)).toEqual([fn, tagged, "SELECT 1"]);
  });

  it("ignores semicolons in strings, quoted identifiers and comments", () => {
    const statement = `INSERT INTO "a;b" VALUES ('x;''y', E'\\';z') -- no; split\n/* nor /* here; */ ; */`;
    expect(splitSqlScript(`${statement};SELECT 2`)).toEqual([statement, "SELECT 2"]);
  });

  it("does not read a positional parameter or an identifier with a dollar as a quote", () => {
    expect(splitSqlScript(`SELECT $1, a$b$ FROM t; SELECT 3`)).toEqual(["SELECT $1, a$b$ FROM t", "SELECT 3"]);
  });

  it("drops a trailing comment-only chunk", () => {
    expect(splitSqlScript(`SELECT 1;\n-- the end\n`)).toEqual(["SELECT 1"]);
  });
});
