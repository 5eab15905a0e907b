import { describe, expect, it } from "vitest";
import { asciiSlug, hoursMinutes, personGuid, uuidV5, zoned } from "./shared";

describe("uuidV5", () => {
  it("matches RFC 4122's version-5 UUIDs (Python's uuid5(NAMESPACE_DNS, 'python.org'))", () => {
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("gives a person the same guid every time, and different people different guids", () => {
    expect(personGuid("cm123")).toBe(personGuid("cm123"));
    expect(personGuid("cm123")).not.toBe(personGuid("cm124"));
    expect(personGuid("cm123")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("asciiSlug", () => {
  it("keeps ASCII slugs, strips accents, and drops Chinese and Cyrillic", () => {
    expect(asciiSlug("main-forum")).toBe("main-forum");
    expect(asciiSlug("Café Société")).toBe("cafe-societe");
    expect(asciiSlug("数据-roundtable")).toBe("roundtable");
    expect(asciiSlug("Форум_")).toBe("");
  });
});

describe("zoned", () => {
  it("reads an instant in the forum's zone with that instant's offset", () => {
    expect(zoned(new Date("2025-07-10T01:00:00Z"), "Asia/Shanghai")).toEqual({ day: "2025-07-10", time: "09:00", iso: "2025-07-10T09:00:00+08:00" });
    // A session at 23:30 in Tianjin belongs to that day, although it is still afternoon in UTC.
    expect(zoned(new Date("2025-07-10T15:30:00Z"), "Asia/Shanghai").day).toBe("2025-07-10");
    expect(zoned(new Date("2025-10-26T00:30:00Z"), "Europe/Berlin").iso).toBe("2025-10-26T02:30:00+02:00");
    expect(zoned(new Date("2025-10-26T01:30:00Z"), "Europe/Berlin").iso).toBe("2025-10-26T02:30:00+01:00");
    expect(zoned(new Date("2025-07-10T01:00:00Z"), "America/St_Johns").iso).toBe("2025-07-09T22:30:00-02:30");
  });

  it("writes durations as HH:MM", () => {
    expect(hoursMinutes(90)).toBe("01:30");
    expect(hoursMinutes(5)).toBe("00:05");
    expect(hoursMinutes(600)).toBe("10:00");
  });
});
