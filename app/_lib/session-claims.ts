import "server-only";
import { cookies, headers } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { readSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";

/** The claims of this request's session cookie (lib/auth/session-claims.ts), for the guard only. */
export async function requestSessionClaims(): Promise<SessionClaims | null> {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const claims = await readSessionClaims(cookieStore.getAll(), requestHeaders);
  // Without a configured secret (development), NextAuth derives its own: ask it.
  return claims === undefined ? ((await getServerSession(authOptions)) as SessionClaims | null) : claims;
}
