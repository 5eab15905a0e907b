import { describe, expect, it } from "vitest";
import { isHomeRegion, parseRegionKey, regionKey, regionLabel, UNSPECIFIED_REGION } from "./regions";

describe("regions of signing parties", () => {
  it("keys a Chinese party by its province and a foreign one by its country", () => {
    expect(regionKey("CN", "Tianjin")).toBe("CN-Tianjin");
    expect(regionKey("cn", " Henan ")).toBe("CN-Henan");
    expect(regionKey("CN", null)).toBe("CN");
    expect(regionKey("KZ", "Almaty")).toBe("KZ");
  });

  it("reads keys back, refusing anything else", () => {
    expect(parseRegionKey("CN-Inner Mongolia")).toEqual({ countryCode: "CN", region: "Inner Mongolia" });
    expect(parseRegionKey("RU")).toEqual({ countryCode: "RU", region: null });
    for (const bad of [UNSPECIFIED_REGION, "", "CN-", "kz", "<script>", "KAZ"]) expect(parseRegionKey(bad)).toBeNull();
    expect(isHomeRegion("CN")).toBe(true);
    expect(isHomeRegion("CN-Beijing")).toBe(true);
    expect(isHomeRegion("KZ")).toBe(false);
  });

  it("names regions in the visitor's language: provinces in characters for Chinese readers", () => {
    expect(regionLabel("CN-Tianjin", "en", "en-GB", "?")).toBe("Tianjin");
    expect(regionLabel("CN-Tianjin", "zh", "zh-CN", "?")).toBe("天津");
    expect(regionLabel("KZ", "ru", "ru-RU", "?")).toBe("Казахстан");
    expect(regionLabel("CN", "fr", "fr-FR", "?")).toBe("Chine");
    expect(regionLabel(UNSPECIFIED_REGION, "en", "en-GB", "Parties not recorded")).toBe("Parties not recorded");
  });
});
