import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInSchema } from "./schemas";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeCallbackPath("/organizer/participants?q=li")).toBe("/organizer/participants?q=li");
    expect(safeCallbackPath("/program#day-2025-07-10")).toBe("/program#day-2025-07-10");
  });

  it.each([
    ["another origin", "https://evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a relative path", "organizer"],
    ["the sign-in page itself", "/login?callbackUrl=/me"],
    ["an API route", "/api/auth/signout"],
    ["nothing", undefined],
  ])("falls back on %s", (_label, value) => {
    expect(safeCallbackPath(value, "/me")).toBe("/me");
  });
});

describe("signInSchema", () => {
  it("normalises the e-mail and refuses extra fields", () => {
    expect(signInSchema.parse({ email: " Ana@Example.ORG ", password: "x" })).toEqual({ email: "ana@example.org", password: "x" });
    expect(signInSchema.safeParse({ email: "ana@example.org", password: "x", role: "ADMIN" }).success).toBe(false);
  });
});
