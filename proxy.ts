import { type NextRequest, NextResponse } from "next/server";

// A convenience only: it sends visitors without a session cookie to sign in before a private page
// renders, and tells pages which path was asked for. Authorization happens in app/_lib/guard.ts.
const PRIVATE = ["/organizer", "/me", "/checkin"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate = PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPrivate && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set("x-concord-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth).*)"],
};
