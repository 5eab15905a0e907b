import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "./options";
import { readSessionClaims, sessionCookieName } from "./session-claims";

const SECRET = "session-claims-test-secret-0123456789abcdef";
const CLAIMS = { uid: "user-1", av: 3, role: "DELEGATE" };

type Cookie = { name: string; value: string };

/** What NextAuth itself answers for these cookies and headers (getServerSession's own path). */
async function nextAuthClaims(cookies: Cookie[], headers: Record<string, string>): Promise<{ uid?: unknown; av?: unknown } | null> {
  // getServerSession's (req, res, options) form: the same handler as in a server component.
  const req = { headers, cookies: Object.fromEntries(cookies.map((c) => [c.name, c.value])) };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  const session = (await getServerSession(req as never, res as never, { ...authOptions })) as { uid?: unknown; av?: unknown } | null;
  return session ? { uid: session.uid, av: session.av } : null;
}

async function ours(cookies: Cookie[], headers: Record<string, string>) {
  const claims = await readSessionClaims(cookies, new Headers(headers));
  return claims ? { uid: claims.uid, av: claims.av } : claims;
}

function split(name: string, token: string, parts: number): Cookie[] {
  const size = Math.ceil(token.length / parts);
  // Out of order on purpose: the chunks are joined by their number, as NextAuth joins them.
  return Array.from({ length: parts }, (_, i) => ({ name: `${name}.${i}`, value: token.slice(i * size, (i + 1) * size) })).reverse();
}

describe("readSessionClaims", () => {
  afterEach(() => vi.unstubAllEnvs());

  const cases: { title: string; env: Record<string, string | undefined>; headers: Record<string, string>; cookies: () => Promise<Cookie[]>; expected: "claims" | null }[] = [
    {
      title: "a token in the plain cookie over http",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: "claims",
    },
    {
      title: "a token in chunks",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => split("next-auth.session-token", await encode({ token: CLAIMS, secret: SECRET }), 3),
      expected: "claims",
    },
    {
      title: "the __Secure- cookie when the site is https",
      env: { NEXTAUTH_URL: "https://forum.example.org" },
      headers: { host: "forum.example.org" },
      cookies: async () => [{ name: "__Secure-next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: "claims",
    },
    {
      title: "not the plain cookie when the site is https",
      env: { NEXTAUTH_URL: "https://forum.example.org" },
      headers: { host: "forum.example.org" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: null,
    },
    {
      title: "the __Secure- cookie behind a proxy saying https (AUTH_TRUST_HOST)",
      env: { NEXTAUTH_URL: undefined, AUTH_TRUST_HOST: "true" },
      headers: { host: "10.0.0.5:3000", "x-forwarded-host": "forum.example.org", "x-forwarded-proto": "https" },
      cookies: async () => [{ name: "__Secure-next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: "claims",
    },
    {
      title: "the plain cookie behind a proxy saying http (AUTH_TRUST_HOST)",
      env: { NEXTAUTH_URL: undefined, AUTH_TRUST_HOST: "true" },
      headers: { host: "127.0.0.1:3100", "x-forwarded-proto": "http" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: "claims",
    },
    {
      title: "AUTH_SECRET when NEXTAUTH_SECRET is not set",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000", NEXTAUTH_SECRET: undefined, AUTH_SECRET: SECRET },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET }) }],
      expected: "claims",
    },
    {
      title: "nothing from a token encrypted with another secret",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: `${SECRET}-other` }) }],
      expected: null,
    },
    {
      title: "nothing from an expired token",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => [{ name: "next-auth.session-token", value: await encode({ token: CLAIMS, secret: SECRET, maxAge: -60 }) }],
      expected: null,
    },
    {
      title: "nothing from a tampered token",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => {
        const token = await encode({ token: CLAIMS, secret: SECRET });
        const parts = token.split(".");
        const ciphertext = parts[3] ?? "";
        parts[3] = `${ciphertext.startsWith("A") ? "B" : "A"}${ciphertext.slice(1)}`;
        return [{ name: "next-auth.session-token", value: parts.join(".") }];
      },
      expected: null,
    },
    {
      title: "nothing without a cookie",
      env: { NEXTAUTH_URL: "http://127.0.0.1:3000" },
      headers: { host: "127.0.0.1:3000" },
      cookies: async () => [{ name: "NEXT_LOCALE", value: "ru" }],
      expected: null,
    },
  ];

  for (const c of cases) {
    it(`reads what NextAuth reads: ${c.title}`, async () => {
      vi.stubEnv("NEXTAUTH_SECRET", SECRET);
      for (const [key, value] of Object.entries(c.env)) vi.stubEnv(key, value);
      const cookies = await c.cookies();
      const expected = c.expected === "claims" ? { uid: CLAIMS.uid, av: CLAIMS.av } : null;
      expect(await ours(cookies, c.headers)).toEqual(expected);
      expect(await nextAuthClaims(cookies, c.headers)).toEqual(expected);
    });
  }

  it("relies on NextAuth's default cookies and token format, which lib/auth/options.ts keeps", () => {
    // A custom cookie name, secure-cookie setting, token codec or secret there would need the same here.
    expect(authOptions.cookies).toBeUndefined();
    expect(authOptions.useSecureCookies).toBeUndefined();
    expect(authOptions.jwt).toBeUndefined();
    expect(authOptions.secret).toBeUndefined();
    expect(authOptions.session?.strategy).toBe("jwt");
  });

  it("leaves the request to NextAuth when no secret is configured", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    vi.stubEnv("AUTH_SECRET", undefined);
    expect(await readSessionClaims([{ name: "next-auth.session-token", value: "x" }], new Headers())).toBeUndefined();
  });

  it("takes an address without a protocol as https, as NextAuth does", () => {
    expect(sessionCookieName(new Headers(), { NEXTAUTH_URL: "forum.example.org" })).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(new Headers(), {})).toBe("next-auth.session-token");
    expect(sessionCookieName(new Headers(), { NEXTAUTH_URL: "https:/forum.example.org" })).toBe("__Secure-next-auth.session-token");
    // VERCEL set but empty still counts as set, as in next-auth's detectOrigin (`??`).
    expect(sessionCookieName(new Headers({ host: "a.example.org", "x-forwarded-proto": "https" }), { VERCEL: "", AUTH_TRUST_HOST: "true" })).toBe("next-auth.session-token");
  });

  it("gives no session for an address NextAuth cannot parse (a malformed forwarded host), rather than an error", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    vi.stubEnv("AUTH_TRUST_HOST", "true");
    const token = await encode({ token: CLAIMS, secret: SECRET });
    const headers = new Headers({ host: "127.0.0.1:3100", "x-forwarded-host": "a b", "x-forwarded-proto": "https" });
    expect(sessionCookieName(headers)).toBeNull();
    expect(await readSessionClaims([{ name: "__Secure-next-auth.session-token", value: token }], headers)).toBeNull();
  });
});
