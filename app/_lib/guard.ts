import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { type CurrentUser, resolveCurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/roles";
import { requestSessionClaims } from "./session-claims";

// The one place that decides who is calling. Every page, server action and route handler goes
// through it; the proxy only redirects early and is never relied on.

/** The signed-in user, checked against the database (once per request), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  return resolveCurrentUser(await requestSessionClaims());
});

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-concord-path") ?? "/";
}

/** For pages and server actions: sends anonymous visitors to sign in, others without the role to a 403. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(await currentPath())}`);
  if (roles.length > 0 && !roles.includes(user.role)) forbidden();
  return user;
}

/** For route handlers: the user, or the response to send instead (401/403, never a redirect). */
export async function authorizeRequest(
  request: Request,
  roles: readonly Role[],
): Promise<{ user: CurrentUser; response: null } | { user: null; response: Response }> {
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method) && !isSameOrigin(request)) {
    return { user: null, response: Response.json({ error: "Cross-site request refused" }, { status: 403 }) };
  }
  const user = await getCurrentUser();
  if (!user) return { user: null, response: Response.json({ error: "Sign in first" }, { status: 401 }) };
  if (roles.length > 0 && !roles.includes(user.role)) {
    return { user: null, response: Response.json({ error: "Not allowed" }, { status: 403 }) };
  }
  return { user, response: null };
}

/** Route handlers get no CSRF check from Next: state changes must come from this site. */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && origin === new URL(request.url).origin;
}
