import { afterEach, describe, expect, it, vi } from "vitest";
import { calendarFeedToken, calendarKeyOfToken, newCalendarKey } from "./codes";

describe("calendar feed tokens", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("carry the key and its signature, and give the key back", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "codes-test-secret-0123456789abcdef0123");
    const key = newCalendarKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const token = calendarFeedToken(key);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(token.startsWith(key)).toBe(true);
    expect(calendarFeedToken(key)).toBe(token);
    expect(calendarKeyOfToken(token)).toBe(key);
  });

  it("refuse a token signed under another secret, a bare key and anything malformed", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "codes-test-secret-0123456789abcdef0123");
    const key = newCalendarKey();
    const token = calendarFeedToken(key);
    vi.stubEnv("NEXTAUTH_SECRET", "another-secret-0123456789abcdef012345");
    expect(calendarKeyOfToken(token)).toBeNull();
    expect(calendarKeyOfToken(calendarFeedToken(key))).toBe(key);
    for (const bad of [key, `${key}!`.repeat(2), "", `${token}A`, token.slice(0, 63), `${key}${"A".repeat(32)}`]) expect(calendarKeyOfToken(bad)).toBeNull();
  });

  it("give an address that opens nothing for a key not made by newCalendarKey, rather than an error", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "codes-test-secret-0123456789abcdef0123");
    expect(calendarKeyOfToken(calendarFeedToken("short"))).toBeNull();
  });

  it("refuse to sign in production without a secret", () => {
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    vi.stubEnv("AUTH_SECRET", undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect(() => calendarFeedToken(newCalendarKey())).toThrow(/NEXTAUTH_SECRET/);
  });
});
