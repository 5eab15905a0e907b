// Every audit entry is written through lib/audit/record.ts, so each has the same shape (entity,
// before → after) and the audit page can read them all. This scan keeps other writers out.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const HELPER = path.join("lib", "audit", "record.ts");
// Production code only: tests may arrange audit rows directly.
const SOURCE_DIRS = ["app", "lib", "components", "prisma", "scripts", "bench"];
const SKIP = new Set(["node_modules", ".next", path.join("lib", "generated")]);
const CODE = /\.(c|m)?(j|t)sx?$/;
const TEST = /\.(test|spec)\.(c|m)?(j|t)sx?$/;
// A Prisma write on the model (also split over lines: `tx.auditEntry\n  .create(`), or raw SQL into its table.
const DIRECT_WRITE = [/auditEntry\s*\.\s*(create|createMany|createManyAndReturn|upsert|update|updateMany|delete|deleteMany)\s*\(/g, /INSERT\s+INTO\s+"?AuditEntry"?/gi];

function* sourceFiles(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (SKIP.has(entry.name) || SKIP.has(path.relative(root, full))) continue;
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.isFile() && CODE.test(entry.name) && !TEST.test(entry.name)) yield full;
  }
}

function directAuditWrites(text: string): string[] {
  return DIRECT_WRITE.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `line ${text.slice(0, m.index).split("\n").length}: ${m[0].replace(/\s+/g, " ")}`));
}

describe("the audit trail", () => {
  it("is written only by lib/audit/record.ts", () => {
    const hits = SOURCE_DIRS.flatMap((dir) => [...sourceFiles(path.join(root, dir))])
      .filter((file) => path.relative(root, file) !== HELPER)
      .flatMap((file) => directAuditWrites(fs.readFileSync(file, "utf8")).map((hit) => `${path.relative(root, file)} ${hit}`));
    expect(hits).toEqual([]);
  });

  it("finds a direct write when there is one, also split over lines", () => {
    const sample = ["await recordAudit(tx, entry);", "await tx.auditEntry", "  .create({ data });", "await db.auditEntry.findMany();", 'await tx.$executeRaw`INSERT INTO "AuditEntry" VALUES (1)`;'].join("\n");
    expect(directAuditWrites(sample)).toEqual(["line 2: auditEntry .create(", 'line 5: INSERT INTO "AuditEntry"']);
  });

  it("finds the helper's own writes, so the scan is looking at real files", () => {
    expect(directAuditWrites(fs.readFileSync(path.join(root, HELPER), "utf8")).length).toBeGreaterThan(0);
  });
});
