import { describe, expect, it } from "vitest";
import { daysBetween, fromLocal, startOfLocalDay, toLocal } from "./zone";

describe("forum-zone conversions", () => {
  it("reads a wall-clock time in the forum's zone", () => {
    expect(fromLocal("2025-07-10T09:00", "Asia/Shanghai").toISOString()).toBe("2025-07-10T01:00:00.000Z");
    expect(toLocal(new Date("2025-07-10T01:00:00Z"), "Asia/Shanghai")).toBe("2025-07-10T09:00");
  });

  it("round-trips across a DST change", () => {
    // Paris: 02:00 → 03:00 on 30 March 2025; 03:00 → 02:00 on 26 October 2025.
    expect(fromLocal("2025-03-30T01:30", "Europe/Paris").toISOString()).toBe("2025-03-30T00:30:00.000Z");
    expect(fromLocal("2025-03-30T03:30", "Europe/Paris").toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(toLocal(fromLocal("2025-10-26T12:00", "Europe/Paris"), "Europe/Paris")).toBe("2025-10-26T12:00");
    // The day the clocks go back has 25 hours.
    const day = startOfLocalDay("2025-10-26", "Europe/Paris").getTime();
    expect(startOfLocalDay("2025-10-27", "Europe/Paris").getTime() - day).toBe(25 * 3600_000);
  });

  it("lists the forum's days", () => {
    expect(daysBetween("2025-07-10", "2025-07-11")).toEqual(["2025-07-10", "2025-07-11"]);
    expect(daysBetween("2024-12-31", "2025-01-01")).toEqual(["2024-12-31", "2025-01-01"]);
  });
});
