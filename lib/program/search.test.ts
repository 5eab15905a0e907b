import { describe, expect, it } from "vitest";
import { foldForSearch, matchesTerms, searchTerms } from "./search";

describe("foldForSearch", () => {
  it("ignores case and accents in Latin scripts", () => {
    expect(foldForSearch("Cérémonie d’Ouverture")).toBe("ceremonie d'ouverture");
    expect(foldForSearch("Straße ŒUVRE")).toBe("strasse oeuvre");
  });

  it("ignores case and diacritics in Cyrillic", () => {
    expect(foldForSearch("Церемония ОТКРЫТИЯ")).toBe("церемония открытия");
    expect(foldForSearch("Ёлкин")).toBe(foldForSearch("елкин"));
  });

  it("turns full-width letters into plain ones and keeps Chinese as it is", () => {
    expect(foldForSearch("ＳＣＯ 数据治理")).toBe("sco 数据治理");
  });

  it("treats dashes and punctuation as spaces", () => {
    expect(foldForSearch("Cross-border  Data—Flows: (rules)")).toBe("cross border data flows rules");
  });
});

describe("searchTerms", () => {
  it("splits a query into distinct folded words", () => {
    expect(searchTerms("  Data   data GOVERNANCE ")).toEqual(["data", "governance"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("matchesTerms", () => {
  const text = foldForSearch("Cross-border Data Flows: Rules that Travel\n数据跨境流动：可互认的规则");

  it("needs every word, each as a substring", () => {
    expect(matchesTerms(text, searchTerms("rules cross"))).toBe(true);
    expect(matchesTerms(text, searchTerms("rul trav"))).toBe(true);
    expect(matchesTerms(text, searchTerms("rules banana"))).toBe(false);
  });

  it("finds Chinese text by any substring", () => {
    expect(matchesTerms(text, searchTerms("跨境"))).toBe(true);
    expect(matchesTerms(text, searchTerms("跨境数据"))).toBe(false);
  });
});
