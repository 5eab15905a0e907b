import { describe, expect, it } from "vitest";
import { foldForSearch, participantSearchPattern, participantSearchText, spaceIdeographs } from "./search-text";

describe("participant search text", () => {
  it("folds case, accents, full-width forms and letters NFKD keeps whole", () => {
    expect(foldForSearch("  ÁLIYA  Núñez ")).toBe("aliya nunez");
    expect(foldForSearch("Ｆｕｌｌ")).toBe("full");
    expect(foldForSearch("Yılmaz Straße")).toBe("yilmaz strasse");
    expect(foldForSearch("Ёлкин")).toBe(foldForSearch("елкин"));
  });

  it("finds an e-mail address as typed, whole or in part", () => {
    const text = participantSearchText({ fullName: "Li", email: "Li_Wei-2@Example.CN" });
    for (const q of ["Li_Wei-2@Example.CN", "li_wei", "wei-2@", "@example.cn"]) expect(text).toContain(participantSearchPattern(q));
    expect(text).not.toContain(participantSearchPattern("li_wei-3"));
  });

  it("makes every Chinese character a word of its own, in the text and in the query alike", () => {
    const text = participantSearchText({ fullName: "王建华", latinName: "Wang Jianhua", email: "wang@example.cn", organizationName: "天津港集团" });
    expect(text).toBe(" 王 建 华 wang jianhua wang@example.cn 天 津 港 集 团 ");
    for (const q of ["王", "建华", "王建华", "港集团", "华 wang", "jianhua"]) expect(text).toContain(participantSearchPattern(q));
    expect(text).not.toContain(participantSearchPattern("王华"));
    expect(spaceIdeographs("abc王")).toBe("abc 王 ");
    expect(participantSearchPattern("   ")).toBe("");
  });
});
