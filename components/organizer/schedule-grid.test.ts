import { describe, expect, it } from "vitest";
import { nextMark } from "./schedule-grid";

const FIVE = 5 * 60_000;
const at = (hhmm: string) => new Date(`2025-07-10T${hhmm}:00Z`).getTime();

describe("the grid's arrow keys", () => {
  it("reach 15:20 from 15:00 in four presses of five minutes", () => {
    let t = at("15:00");
    for (let i = 0; i < 4; i++) t = nextMark(t, FIVE, 1);
    expect(t).toBe(at("15:20"));
  });

  it("move a session off the marks onto the nearest mark in the direction pressed", () => {
    expect(nextMark(at("15:22"), FIVE, 1)).toBe(at("15:25"));
    expect(nextMark(at("15:22"), FIVE, -1)).toBe(at("15:20"));
    expect(nextMark(at("15:20"), FIVE, -1)).toBe(at("15:15"));
  });
});
