import { describe, expect, it } from "vitest";
import { newBadgeCode } from "@/lib/participants/codes";
import { badgeCodeSchema, badgeInputSchema, checkInSchema, parseBadgeText } from "./schemas";

const CODE = "MFRGGZDFMZTWQ2LK";

describe("reading a badge code from what was scanned or typed", () => {
  it("reads the bare code a badge's QR code holds, and every code the app makes", () => {
    expect(parseBadgeText(CODE)).toBe(CODE);
    const fresh = newBadgeCode();
    expect(parseBadgeText(fresh)).toBe(fresh);
  });

  it("forgives case, spaces, hyphens and a trailing newline from a handheld scanner", () => {
    expect(parseBadgeText("mfrggzdfmztwq2lk")).toBe(CODE);
    expect(parseBadgeText("  MFRG GZDF MZTW Q2LK ")).toBe(CODE);
    expect(parseBadgeText("mfrg-gzdf-mztw-q2lk")).toBe(CODE);
    expect(parseBadgeText(`${CODE}\r\n`)).toBe(CODE);
  });

  it("reads text ending in the code", () => {
    expect(parseBadgeText(`CONCORD:${CODE}`)).toBe(CODE);
    expect(parseBadgeText(`Badge: ${CODE}`)).toBe(CODE);
    expect(parseBadgeText(`Badge ${CODE}`)).toBe(CODE);
    expect(parseBadgeText(`id=${CODE}`)).toBe(CODE);
  });

  it("reads a URL carrying the code in its path or its query", () => {
    expect(parseBadgeText(`https://concord.example/me/badge/${CODE}`)).toBe(CODE);
    expect(parseBadgeText(`https://concord.example/checkin/${CODE.toLowerCase()}/`)).toBe(CODE);
    expect(parseBadgeText(`https://concord.example/checkin?code=${CODE}&lang=en`)).toBe(CODE);
    expect(parseBadgeText(`http://concord.example/b?badge=${CODE}`)).toBe(CODE);
  });

  it("finds no code in a poster's QR code, an empty read or a short word", () => {
    expect(parseBadgeText("https://www.example.com/")).toBeNull();
    expect(parseBadgeText("https://example.com/a/b?x=1")).toBeNull();
    expect(parseBadgeText("WIFI:S:venue;T:WPA;P:pw;;")).toBeNull();
    expect(parseBadgeText("")).toBeNull();
    expect(parseBadgeText("   ")).toBeNull();
    expect(parseBadgeText("hello")).toBeNull();
    expect(parseBadgeText("Hello, world!")).toBeNull();
    expect(parseBadgeText("x".repeat(5000))).toBeNull();
  });
});

describe("badge code schemas", () => {
  it("normalises a typed code to its printed form", () => {
    expect(badgeCodeSchema.parse(" mfrg gzdf-mztw q2lk ")).toBe(CODE);
  });

  it("says what is wrong with a code that is too short or not a code", () => {
    const short = badgeInputSchema.safeParse("ab");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Type the code printed on the badge");
    const junk = badgeInputSchema.safeParse("<script>alert(1)</script>");
    expect(junk.error?.issues[0]?.message).toBe("That is not a badge code");
    expect(badgeInputSchema.safeParse("A".repeat(65)).success).toBe(false);
  });

  it("accepts a scanned text in the check-in form and refuses extra fields", () => {
    expect(checkInSchema.parse({ code: `CONCORD:${CODE}` })).toEqual({ code: CODE });
    expect(checkInSchema.safeParse({ code: CODE, participantId: "someone-else" }).success).toBe(false);
    expect(checkInSchema.safeParse({ code: 42 }).success).toBe(false);
    expect(checkInSchema.safeParse({}).success).toBe(false);
  });
});
