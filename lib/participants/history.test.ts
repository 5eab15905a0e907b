import { describe, expect, it } from "vitest";
import { historyFacts } from "./history";

describe("historyFacts", () => {
  it("reads what the decisions, seats, imports and own edits write", () => {
    expect(historyFacts({ from: "PENDING", to: "REJECTED", reason: "Duplicate", removedAsHeadOf: "Delegation of Kazakhstan" })).toEqual([
      { kind: "reason", reason: "Duplicate" },
      { kind: "removedAsHeadOf", delegation: "Delegation of Kazakhstan" },
    ]);
    expect(historyFacts({ sessionId: "x", session: "Opening Ceremony", position: 3 })).toEqual([
      { kind: "session", session: "Opening Ceremony" },
      { kind: "position", position: 3 },
    ]);
    expect(historyFacts({ line: 7, changes: [{ field: "fullName", from: "李娜", to: "李娜娜" }] })).toEqual([
      { kind: "change", field: "fullName", from: "李娜", to: "李娜娜" },
      { kind: "line", line: 7 },
    ]);
    expect(historyFacts({ fields: ["jobTitle"], changes: { jobTitle: { from: "", to: "Director" } } })).toEqual([{ kind: "change", field: "jobTitle", from: "", to: "Director" }]);
    expect(historyFacts({ session: "Workshop", reason: "registration" })).toEqual([{ kind: "registration" }, { kind: "session", session: "Workshop" }]);
  });

  it("leaves out what it does not know instead of failing", () => {
    expect(historyFacts(null)).toEqual([]);
    expect(historyFacts(["a"])).toEqual([]);
    expect(historyFacts({ changes: [1, { field: 2 }], position: "3", seatsReleased: 0 })).toEqual([]);
  });
});
