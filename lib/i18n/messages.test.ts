import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

const dir = path.join(__dirname, "messages", "en");

function strings(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === "string") out.push(tree);
  else if (tree && typeof tree === "object") for (const value of Object.values(tree)) strings(value, out);
  return out;
}

describe("the English catalogs", () => {
  it("choose plurals by exact number (=1), never by the 'one' category: other languages fall back to them", () => {
    // Under Russian rules 21 is "one" and under Chinese 1 is "other": an English `one {…}` branch
    // would print "21 agreement" or "1 agreements" on a page whose language has no catalog yet.
    for (const file of readdirSync(dir)) {
      const offending = strings(JSON.parse(readFileSync(path.join(dir, file), "utf8"))).filter((s) => /plural,[^]*?(?<=[ ,}])one \{/.test(s));
      expect(offending, file).toEqual([]);
    }
  });

  it("read right through the fallback in every language", () => {
    const cases = [
      ["ru", 21, "21 agreements"],
      ["zh", 1, "1 agreement"],
      ["fr", 0, "No agreements"],
      ["en", 1, "1 agreement"],
    ] as const;
    for (const [locale, count, expected] of cases) {
      const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "signings.headline" });
      expect(t("agreements", { count })).toBe(expected);
    }
  });
});
