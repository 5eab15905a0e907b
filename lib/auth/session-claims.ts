import { decode } from "next-auth/jwt";

// The claims of a request's session token, read the way NextAuth's getServerSession reads them
// (same cookie name, chunked cookies joined, same secret, same decryption and expiry check), but
// without what getServerSession does next for a server component: call the callbacks, mint a CSRF
// token and encrypt a renewed token that a server component cannot send back anyway. That was
// close to a fifth of the server's time in a burst of seat requests (bench/seats.sh).

export type SessionClaims = { uid?: unknown; av?: unknown };

type Env = Partial<Record<"NEXTAUTH_URL" | "NEXTAUTH_SECRET" | "AUTH_SECRET" | "AUTH_TRUST_HOST" | "VERCEL", string>>;

/** The secret NextAuth encrypts session tokens with, or null when it would derive one itself (development without a secret). */
export function sessionSecret(env: Env = process.env): string | null {
  // As next-auth: NEXTAUTH_SECRET ?? AUTH_SECRET (an empty one is left to NextAuth, which refuses it).
  return (env.NEXTAUTH_SECRET ?? env.AUTH_SECRET) || null;
}

/**
 * The session cookie's name as NextAuth chooses it for this request: the __Secure- prefixed one
 * when the site's address is https (NEXTAUTH_URL, or with AUTH_TRUST_HOST the forwarded host and
 * protocol), as in next-auth's detectOrigin, parseUrl and defaultCookies.
 */
export function sessionCookieName(headers: Headers, env: Env = process.env): string | null {
  // detectOrigin
  let origin = env.NEXTAUTH_URL;
  if (!origin && (env.VERCEL ?? env.AUTH_TRUST_HOST)) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    origin = `${headers.get("x-forwarded-proto") === "http" ? "http" : "https"}://${host}`;
  }
  // parseUrl: no address is http://localhost:3000, one without a protocol is taken as https.
  let secure = false;
  if (origin !== undefined) {
    try {
      secure = new URL(origin.startsWith("http") ? origin : `https://${origin}`).origin.startsWith("https://");
    } catch {
      // NextAuth fails on such an address (a malformed forwarded host): no session, rather than its error.
      return null;
    }
  }
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** The token from its cookie, or from its chunks (name.0, name.1, …) when it was too long for one. */
export function sessionTokenFrom(cookies: readonly { name: string; value: string }[], name: string): string | null {
  const parts = cookies.filter((c) => c.name.startsWith(name));
  if (parts.length === 0) return null;
  const suffix = (n: string) => Number.parseInt(n.split(".").pop() ?? "0") || 0;
  return parts
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((c) => c.value)
    .join("");
}

/**
 * The claims of the session token among these cookies: null without a token, or when it does not
 * decrypt with the secret or has expired. Undefined when no secret is configured (NextAuth then
 * derives one itself: the caller asks NextAuth).
 */
export async function readSessionClaims(
  cookies: readonly { name: string; value: string }[],
  headers: Headers,
  env: Env = process.env,
): Promise<SessionClaims | null | undefined> {
  const secret = sessionSecret(env);
  if (!secret) return undefined;
  const name = sessionCookieName(headers, env);
  const token = name && sessionTokenFrom(cookies, name);
  if (!token) return null;
  try {
    return (await decode({ token, secret })) as SessionClaims | null;
  } catch {
    // Not ours, tampered with or expired: no session, as getServerSession answers.
    return null;
  }
}
