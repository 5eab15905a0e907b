import { describe, expect, it } from "vitest";
import { localized, localizedLang } from "./localized";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("prefers the visitor's saved choice", () => {
    expect(negotiateLocale("ru", "zh-CN,zh;q=0.9")).toBe("ru");
  });

  it("follows the browser's languages by weight, ignoring unsupported ones", () => {
    expect(negotiateLocale(undefined, "de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
    expect(negotiateLocale(undefined, "en;q=0.5,zh-Hans-CN;q=0.9")).toBe("zh");
  });

  it("falls back to English", () => {
    expect(negotiateLocale("xx", null)).toBe("en");
    expect(negotiateLocale(undefined, "de,ja")).toBe("en");
  });
});

describe("localized", () => {
  const session = { titleEn: "Opening Ceremony", titleZh: "开幕式", titleRu: "  ", titleFr: null };

  it("reads the text in the visitor's language", () => {
    expect(localized(session, "title", "zh")).toBe("开幕式");
    expect(localizedLang(session, "title", "zh")).toBe("zh");
  });

  it("falls back to English when a translation is missing or blank", () => {
    expect(localized(session, "title", "fr")).toBe("Opening Ceremony");
    expect(localized(session, "title", "ru")).toBe("Opening Ceremony");
    expect(localizedLang(session, "title", "ru")).toBe("en");
  });
});
