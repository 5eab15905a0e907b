import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyCompact, isCurrency, minorToDecimal, parseMoney } from "./money";

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

describe("parseMoney", () => {
  const minor = (input: string, currency = "CNY") => {
    const parsed = parseMoney(input, currency);
    return parsed.ok ? parsed.minor : parsed.error;
  };

  it("reads plain, comma-grouped and space-grouped amounts exactly", () => {
    expect(minor("1350000000")).toBe(135_000_000_000n);
    expect(minor("1,350,000,000.00")).toBe(135_000_000_000n);
    expect(minor("1 350 000 000.5")).toBe(135_000_000_050n);
    expect(minor("1\u00a0350\u202f000.05")).toBe(135_000_005n);
    expect(minor("  0.01 ")).toBe(1n);
    expect(minor("0")).toBe(0n);
    expect(minor("007")).toBe(700n);
  });

  it("keeps every digit of amounts beyond a float's precision", () => {
    expect(minor("999,999,999,999,999.99")).toBe(99_999_999_999_999_999n);
    expect(minor("123456789012345.67")).toBe(12_345_678_901_234_567n);
  });

  it("uses each currency's ISO minor unit", () => {
    expect(minor("12345", "JPY")).toBe(12345n);
    expect(minor("12.345", "KWD")).toBe(12345n);
    expect(minor("100.00", "JPY")).toBe(100n);
    expect(minor("1.50", "JPY")).toBe("TOO_MANY_DECIMALS");
    expect(minor("1.005")).toBe("TOO_MANY_DECIMALS");
    expect(minor("1.0050")).toBe("TOO_MANY_DECIMALS");
    expect(minor("1.500")).toBe(150n);
  });

  it("refuses a decimal comma rather than misreading it as thousands", () => {
    expect(minor("1 350 000,50")).toBe("DECIMAL_COMMA");
    expect(minor("1,35")).toBe("DECIMAL_COMMA");
    expect(minor("1.350.000,50")).toBe("DECIMAL_COMMA");
    expect(parseMoney("12,5", "CNY")).toMatchObject({ ok: false, message: expect.stringContaining("point") });
  });

  it("refuses negative, malformed and absurd amounts with a reason", () => {
    expect(minor("-5")).toBe("NEGATIVE");
    expect(minor("\u22125")).toBe("NEGATIVE");
    expect(minor("")).toBe("EMPTY");
    expect(minor("   ")).toBe("EMPTY");
    for (const bad of ["abc", "1e9", "+5", "¥100", "5.", ".5", "1..2", "1,35,000", "13,50,000.00", "1, 350", "1 350,000", "0x10", "NaN", "Infinity"]) {
      expect(minor(bad), bad).toBe("MALFORMED");
    }
    expect(minor("1000000000000000")).toBe("TOO_LARGE");
    expect(minor("99999999999999999999999")).toBe("TOO_LARGE");
    expect(minor("999999999999999", "CLF")).toBe("TOO_LARGE"); // 4 decimals: beyond a bigint
  });

  it("refuses unknown currencies", () => {
    expect(minor("100", "XYZ")).toBe("UNKNOWN_CURRENCY");
    expect(minor("100", "cny")).toBe("UNKNOWN_CURRENCY");
  });

  it("reads back every amount it formats", () => {
    for (let i = 0; i < 300; i++) {
      const value = BigInt(Math.floor(Math.random() * 1e12)) * 1000n + BigInt(Math.floor(Math.random() * 1000));
      expect(minor(minorToDecimal(value, "CNY"))).toBe(value);
      expect(minor(formatMoney(value, "CNY", "en-GB").replace("¥", ""))).toBe(value);
    }
  });
});
