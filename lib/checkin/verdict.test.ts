import { describe, expect, it } from "vitest";
import type { DoorParticipant } from "./check-in";
import { doorVerdict, JUST_DONE_MS } from "./verdict";

const now = new Date("2025-07-10T01:30:00Z");
const person = (over: Partial<DoorParticipant> = {}): DoorParticipant => ({
  fullName: "Li Na",
  latinName: null,
  organization: "Tianjin Port Group",
  category: "BUSINESS",
  status: "APPROVED",
  checkedInAt: null,
  earlierDays: [],
  checkedInBy: null,
  ...over,
});
const found = (over: Partial<DoorParticipant> = {}, checkedInNow = false) => ({ found: true as const, participant: person(over), checkedInNow });

describe("what the door shows", () => {
  it("shows red for an unknown badge, and for someone not approved", () => {
    expect(doorVerdict({ found: false }, false, now)).toBe("unknown");
    for (const status of ["PENDING", "REJECTED", "CANCELLED"] as const) expect(doorVerdict(found({ status }), false, now)).toBe("refused");
  });

  it("says when lookups are refused after too many unknown codes", () => {
    expect(doorVerdict({ found: false, retryAfterSeconds: 90 }, false, now)).toBe("throttled");
  });

  it("offers to check in an approved guest who is not yet in", () => {
    expect(doorVerdict(found(), false, now)).toBe("ready");
  });

  it("shows green right after the check-in, and amber on a later scan or reload", () => {
    const justNow = new Date(now.getTime() - 5_000);
    expect(doorVerdict(found({ checkedInAt: justNow }, true), false, now)).toBe("checked-in");
    expect(doorVerdict(found({ checkedInAt: justNow }), true, now)).toBe("checked-in");
    expect(doorVerdict(found({ checkedInAt: justNow }), false, now)).toBe("already-checked-in");
    const earlier = new Date(now.getTime() - JUST_DONE_MS);
    expect(doorVerdict(found({ checkedInAt: earlier }), true, now)).toBe("already-checked-in");
  });
});
