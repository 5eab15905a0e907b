import { describe, expect, it } from "vitest";
import { dayKey, formatDate, formatDateRange, formatDateTime, formatTimeRange, startOfTodayIn, UNREADABLE_TIME, zoneLabel } from "./format";

describe("time formatting", () => {
  it("groups an instant by its day in the forum's zone", () => {
    // 23:30 UTC on 9 July is already 10 July in Tianjin.
    expect(dayKey(new Date("2025-07-09T23:30:00Z"), "Asia/Shanghai")).toBe("2025-07-10");
    expect(dayKey(new Date("2025-07-09T23:30:00Z"), "UTC")).toBe("2025-07-09");
  });

  it("shows times in the forum's zone", () => {
    expect(formatTimeRange(new Date("2025-07-10T01:00:00Z"), new Date("2025-07-10T01:40:00Z"), "Asia/Shanghai", "en-GB")).toBe("09:00–09:40");
  });

  it("writes the forum's dates as one range", () => {
    expect(formatDateRange(new Date("2025-07-10"), new Date("2025-07-11"), "en-GB")).toMatch(/^10\s?–\s?11 July 2025$/);
  });

  it("finds local midnight, also on a day when the clocks change", () => {
    expect(startOfTodayIn("Asia/Shanghai", new Date("2025-07-10T05:00:00Z")).toISOString()).toBe("2025-07-09T16:00:00.000Z");
    // Paris moves to summer time at 02:00 on 30 March 2025: midnight is still UTC+1.
    expect(startOfTodayIn("Europe/Paris", new Date("2025-03-30T12:00:00Z")).toISOString()).toBe("2025-03-29T23:00:00.000Z");
  });

  it("shows a time the database holds but JavaScript cannot read as a mark, instead of failing the page", () => {
    const invalid = new Date(Number.NaN);
    const ok = new Date("2025-07-10T01:00:00Z");
    expect(formatDate(invalid, "Asia/Shanghai", "en-GB")).toBe(UNREADABLE_TIME);
    expect(formatTimeRange(ok, invalid, "Asia/Shanghai", "en-GB")).toBe(UNREADABLE_TIME);
    expect(formatDateTime(invalid, "Asia/Shanghai", "en-GB")).toBe(UNREADABLE_TIME);
    expect(zoneLabel(invalid, "Asia/Shanghai", "en-GB")).toBe("Asia/Shanghai");
  });
});
