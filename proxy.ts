import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";

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
  const staticPath = staticPagePath(request, pathname, search);
  const response = staticPath
    ? NextResponse.rewrite(new URL(staticPath, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  if (isPublicRead(request, pathname)) {
    // Public pages render the published release only and the same HTML for every visitor of one
    // language (the account links load in the browser), so a shared cache may keep them briefly:
    // a publish is visible within seconds. Signed-in requests and drafts are never shared. Next
    // rewrites Vary on pages, so the shipped nginx keys its cache on the language cookie itself.
    response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  } else if (staticPath) {
    // The same cached page, but a signed-in visitor's responses are never kept by shared caches.
    response.headers.set("Cache-Control", "private, no-cache");
  }
  return response;
}

/**
 * The plain program and the session pages are the same for every visitor of one language, so
 * they are rendered once per language and release (app/p/[locale]) and served from Next's cache:
 * the visitor's address stays /program. A query string (filters, search) renders per request.
 */
const STATIC_PAGES = /^\/program(?:\/(?!changes$)[a-z0-9][a-z0-9-]{0,159})?$/;

function staticPagePath(request: NextRequest, pathname: string, search: string): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (search || !STATIC_PAGES.test(pathname)) return null;
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  return `/p/${locale}${pathname}`;
}

export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";
const PUBLIC_PAGES = /^\/(?:program(?:\/.*)?|speakers(?:\/.*)?)?$/;

function isPublicRead(request: NextRequest, pathname: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (SESSION_COOKIES.some((c) => request.cookies.has(c))) return false;
  // Server-action posts and RSC navigations carry their own headers; only plain documents here.
  if (request.headers.has("next-action") || request.headers.has("rsc")) return false;
  return PUBLIC_PAGES.test(pathname) && !/\.(json|xml|ics|atom)$/.test(pathname);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth).*)"],
};
