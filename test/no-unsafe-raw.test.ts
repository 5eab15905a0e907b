// Only tagged $queryRaw/$executeRaw: the *Unsafe variants take a string, so one interpolated
// value is an SQL injection. This scan keeps them out of the project's source.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const SOURCE_DIRS = ["app", "lib", "components", "prisma", "scripts", "e2e", "bench", "test"];
const SKIP = new Set(["node_modules", ".next", path.join("lib", "generated")]);
const CODE = /\.(c|m)?(j|t)sx?$/;
// Built from parts, so this file does not match itself.
const FORBIDDEN = ["query", "execute"].map((verb) => `$${verb}Raw${"Unsafe"}`);

function* sourceFiles(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (SKIP.has(entry.name) || SKIP.has(path.relative(root, full))) continue;
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.isFile() && CODE.test(entry.name)) yield full;
  }
}

function unsafeRawCalls(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => FORBIDDEN.filter((name) => line.includes(name)).map((name) => `line ${i + 1}: ${name}`));
}

describe("raw SQL", () => {
  it("never goes through the string-taking Unsafe variants of $queryRaw and $executeRaw", () => {
    const hits = SOURCE_DIRS.flatMap((dir) => [...sourceFiles(path.join(root, dir))]).flatMap((file) =>
      unsafeRawCalls(fs.readFileSync(file, "utf8")).map((hit) => `${path.relative(root, file)} ${hit}`),
    );
    expect(hits).toEqual([]);
  });

  it("finds an unsafe call when there is one", () => {
    const sample = ["const ok = await db.$queryRaw`SELECT 1`;", `await tx.${FORBIDDEN[1]}(sql);`].join("\n");
    expect(unsafeRawCalls(sample)).toEqual([`line 2: ${FORBIDDEN[1]}`]);
  });
});
