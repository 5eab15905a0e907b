import { describe, expect, it, vi } from "vitest";
import { createForum } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { refreshStatistics } from "./statistics";

const reltuples = async () =>
  Number((await testDb().$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'Participant'`)[0]?.n ?? -1);

describe("refreshStatistics", () => {
  it("gives the planner the table as it is after a bulk write", async () => {
    const forum = await createForum(testDb());
    await testDb().participant.createMany({
      data: Array.from({ length: 800 }, (_, i) => ({
        forumId: forum.id,
        fullName: `Bulk ${i}`,
        email: `bulk-${i}@stats.test`,
        category: "OTHER" as const,
        countryCode: "KZ",
        badgeCode: `STAT${i}${forum.id}`,
        calendarKey: `STAT${i}${forum.id}`,
        consentDataAt: new Date(),
      })),
    });
    expect(await refreshStatistics(testDb(), "Participant")).toBe(true);
    // ANALYZE counts the rows: the planner's estimate now includes the 800 just written.
    expect(await reltuples()).toBeGreaterThanOrEqual(800);
  });

  it("logs a failure instead of passing it on", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // As on a server where the app's role may not ANALYZE the table.
    const refusing = { $executeRaw: () => Promise.reject(new Error("permission denied for table Participant")) } as never;
    expect(await refreshStatistics(refusing, "Participant")).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("permission denied"));
    warn.mockRestore();
  });
});
