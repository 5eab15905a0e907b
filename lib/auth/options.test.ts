import { describe, expect, it } from "vitest";
import { clientAddress } from "./options";

describe("clientAddress", () => {
  it("takes the address our own proxy appended, not what the client claimed", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("gives nothing without the header", () => {
    expect(clientAddress(null)).toBeNull();
    expect(clientAddress(" ")).toBeNull();
  });
});
