// The 2025–26 advisories set a floor under the framework packages (see /work/shared/STACK.md):
// every copy in the lock file, nested ones included, must be at or above it.
import fs from "node:fs";
import path from "node:path";
import { gte, valid } from "semver";
import { describe, expect, it } from "vitest";

type LockFile = { packages?: Record<string, { version?: string; link?: boolean }> };

const FLOOR: Record<string, { rule: string; ok: (version: string) => boolean }> = {
  next: { rule: ">= 16.4.5", ok: (v) => gte(v, "16.4.5") },
  react: { rule: ">= 19.2.8", ok: (v) => gte(v, "19.2.8") },
  "react-dom": { rule: ">= 19.2.8", ok: (v) => gte(v, "19.2.8") },
  "next-auth": { rule: "4.24.15 or >= 5.0.0-beta.32", ok: (v) => v === "4.24.15" || gte(v, "5.0.0-beta.32") },
};

/** The packages an entry of `packages` installs: "node_modules/a/node_modules/next" → "next". */
function packageName(lockPath: string): string | null {
  const at = lockPath.lastIndexOf("node_modules/");
  return at === -1 ? null : lockPath.slice(at + "node_modules/".length);
}

/** Every copy of a floored package below its floor, as "path@version (needs …)". */
function floorViolations(lock: LockFile): { found: Record<string, number>; violations: string[] } {
  const found: Record<string, number> = {};
  const violations: string[] = [];
  for (const [lockPath, entry] of Object.entries(lock.packages ?? {})) {
    const name = packageName(lockPath);
    const floor = name ? FLOOR[name] : undefined;
    if (!name || !floor || entry.link) continue;
    found[name] = (found[name] ?? 0) + 1;
    const version = entry.version ?? "";
    if (!valid(version) || !floor.ok(version)) violations.push(`${lockPath}@${version || "?"} (needs ${floor.rule})`);
  }
  return { found, violations };
}

describe("the security floor", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as LockFile;

  it("holds for every copy of next, react, react-dom and next-auth in package-lock.json", () => {
    const { found, violations } = floorViolations(lock);
    expect(violations).toEqual([]);
    expect(found.next).toBeGreaterThan(0);
    expect(found.react).toBeGreaterThan(0);
    expect(found["react-dom"]).toBeGreaterThan(0);
  });

  it("catches a vulnerable copy, nested ones included", () => {
    const { violations } = floorViolations({
      packages: {
        "": { version: "0.1.0" },
        "node_modules/next": { version: "16.4.6" },
        "node_modules/some-lib/node_modules/next": { version: "16.4.4" },
        "node_modules/react": { version: "19.2.7" },
        "node_modules/react-dom": { version: "19.3.1" },
        "node_modules/next-auth": { version: "4.24.14" },
        "node_modules/other/node_modules/next-auth": { version: "5.0.0-beta.31" },
        "node_modules/third/node_modules/next-auth": { version: "5.0.0-beta.32" },
        "node_modules/next-auth-helpers": { version: "0.0.1" },
      },
    });
    expect(violations).toEqual([
      "node_modules/some-lib/node_modules/next@16.4.4 (needs >= 16.4.5)",
      "node_modules/react@19.2.7 (needs >= 19.2.8)",
      "node_modules/next-auth@4.24.14 (needs 4.24.15 or >= 5.0.0-beta.32)",
      "node_modules/other/node_modules/next-auth@5.0.0-beta.31 (needs 4.24.15 or >= 5.0.0-beta.32)",
    ]);
  });
});
