import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyCompact, isCurrency, minorToDecimal } from "./money";

describe("money", () => {
  it("turns minor units into an exact decimal string", () => {
    expect(minorToDecimal(135_000_000_000n, "CNY")).toBe("1350000000.00");
    expect(minorToDecimal(5n, "CNY")).toBe("0.05");
    expect(minorToDecimal(-1234n, "EUR")).toBe("-12.34");
    expect(minorToDecimal(12345n, "JPY")).toBe("12345");
  });

  it("formats large amounts without losing a fen", () => {
    // 2^63-1 fen: far beyond a float's 53 bits of precision.
    expect(formatMoney(9_223_372_036_854_775_807n, "CNY", "en-GB")).toBe("¥92,233,720,368,547,758.07");
    for (let i = 0; i < 200; i++) {
      const minor = BigInt(Math.floor(Math.random() * 1e9)) * 1_000_000n + BigInt(Math.floor(Math.random() * 1e6));
      const shown = formatMoney(minor, "CNY", "en-GB").replace(/[¥,]/g, "").replace(".", "");
      expect(BigInt(shown)).toBe(minor);
    }
  });

  it("writes the demo's headline total in each language", () => {
    expect(formatMoneyCompact(135_000_000_000n, "CNY", "en-GB")).toBe("¥1.35 billion");
    expect(formatMoneyCompact(135_000_000_000n, "CNY", "zh-CN")).toBe("¥13.5亿");
    expect(formatMoneyCompact(135_000_000_000n, "CNY", "fr-FR")).toMatch(/^1,35 milliard\s¥$/);
  });
});

describe("currencies", () => {
  it("uses ISO 4217 minor units, not display digits", () => {
    expect(minorToDecimal(12345n, "PKR")).toBe("123.45");
    expect(minorToDecimal(12345n, "KWD")).toBe("12.345");
    expect(formatMoney(12345n, "PKR", "en-GB")).toContain("123.45");
  });

  it("tells CNY and JPY apart when both appear", () => {
    expect(formatMoney(100n, "CNY", "en-GB")).toBe("¥1.00");
    expect(formatMoney(100n, "JPY", "en-GB")).toBe("JP¥100");
  });

  it("knows which codes are currencies", () => {
    expect(isCurrency("CNY")).toBe(true);
    expect(isCurrency("RUB")).toBe(true);
    expect(isCurrency("XYZ")).toBe(false);
    expect(isCurrency("cny")).toBe(false);
    expect(() => minorToDecimal(1n, "XYZ")).toThrow(RangeError);
  });
});
