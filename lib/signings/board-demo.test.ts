import { beforeAll, describe, expect, it } from "vitest";
import { AGREEMENT_TOTAL_MINOR } from "@/prisma/seed/agreements";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { testDb } from "@/test/db";
import { getSigningsBoard, type SigningsBoard } from "./board";

describe("the demo forum's signings board", () => {
  let board: SigningsBoard;

  beforeAll(async () => {
    const { forumId } = await seedDemo(testDb());
    board = await getSigningsBoard(forumId);
  }, 120_000);

  it("shows the published 21 agreements worth exactly ¥1,350,000,000", () => {
    expect(board.agreements).toBe(21);
    expect(board.totals).toEqual([{ currency: "CNY", valueMinor: 135_000_000_000n }]);
    expect(AGREEMENT_TOTAL_MINOR).toBe(135_000_000_000n);
    // The demo's one confidential agreement is left out, and only counted.
    expect(board.confidential).toBe(1);
    expect(JSON.stringify(board, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(/Strategic Data Reserve|Jinhai|8800000000/);
    expect(board.organizations).toBeGreaterThan(100);
  });

  it("breaks the total down into the four sectors and into regions, both adding up to the yuan", () => {
    expect(board.bySector.map((s) => s.sector.slug)).toEqual(["computing-power-infrastructure", "low-altitude-economy", "smart-health", "smart-energy"]);
    expect(board.bySector.map((s) => s.totals[0]?.valueMinor)).toEqual([58_000_000_000n, 30_000_000_000n, 22_000_000_000n, 25_000_000_000n]);
    const regions = board.byRegion.reduce((sum, r) => sum + (r.totals.find((m) => m.currency === "CNY")?.valueMinor ?? 0n), 0n);
    expect(regions).toBe(135_000_000_000n);
    expect(board.byRegion[0]?.key).toBe("CN-Tianjin");
    expect(board.byRegion.map((r) => r.key)).toEqual(expect.arrayContaining(["CN-Beijing", "CN-Zhejiang", "CN-Henan", "KZ", "RU"]));
  });
});
