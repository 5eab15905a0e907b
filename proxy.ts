import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { currentAddress } from "@/lib/addresses/redirects";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { currentPublicRelease } from "@/lib/program/published-release";

// A convenience only: it sends visitors without a session cookie to sign in before a private page
// renders, and tells pages which path was asked for. Authorization happens in app/_lib/guard.ts.
const PRIVATE = ["/organizer", "/me", "/checkin"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate = PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPrivate && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // The pages rendered once per release are reached through the public addresses only: a direct
  // request would let anyone fill the page cache with made-up releases and slugs.
  if (pathname === "/p" || pathname.startsWith("/p/")) return new NextResponse("Not found\n", { status: 404 });
  const moved = await movedAddress(request, pathname, search);
  if (moved) {
    const redirect = NextResponse.redirect(new URL(moved, request.url), 308);
    // Briefly: the address may be changed back, and a browser holding the old answer would loop.
    redirect.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
    return redirect;
  }
  const headers = new Headers(request.headers);
  headers.set("x-concord-path", `${pathname}${search}`);
  // Only this proxy names the cached page to serve (next.config.js rewrites on these headers).
  headers.delete(STATIC_LOCALE_HEADER);
  headers.delete(STATIC_RELEASE_HEADER);
  const staticPage = await staticPageFor(request, pathname, search);
  if (staticPage) {
    headers.set(STATIC_LOCALE_HEADER, staticPage.locale);
    headers.set(STATIC_RELEASE_HEADER, staticPage.release);
  }
  // The cached pages' validator: the same build, release, language and address give the same
  // bytes. Answered here, a revalidation costs no page at all (and Next need not hash 200 kB per
  // response to make one: next.config.js turns that off).
  const etag = staticPage ? `"${buildId()}-${staticPage.release}-${staticPage.locale}-${Buffer.from(pathname).toString("base64url")}"` : null;
  if (etag && request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) {
    const notModified = new NextResponse(null, { status: 304, headers: { ETag: etag } });
    notModified.headers.set("Cache-Control", isPublicRead(request, pathname) ? PUBLIC_CACHE_CONTROL : "private, no-cache");
    return notModified;
  }
  const response = NextResponse.next({ request: { headers } });
  if (etag) response.headers.set("ETag", etag);
  if (isPublicRead(request, pathname)) {
    // Public pages render the published release only and the same HTML for every visitor of one
    // language (the account links load in the browser), so a shared cache may keep them briefly:
    // a publish is visible within seconds. Signed-in requests and drafts are never shared. Next
    // rewrites Vary on pages, so the shipped nginx keys its cache on the language cookie itself.
    response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  } else if (staticPage) {
    // The same cached page, but a signed-in visitor's responses are never kept by shared caches.
    response.headers.set("Cache-Control", "private, no-cache");
  }
  return response;
}

/**
 * The plain program and the session pages are the same for every visitor of one language, so
 * they are rendered once per language and release (app/p/[locale]/[release]) and served from
 * Next's cache: the visitor's address stays /program. A query string (filters, search) renders
 * per request.
 */
const STATIC_PAGES = /^\/program(?:\/([a-z0-9][a-z0-9-]{0,159}))?$/;

// Set on the request for next.config.js, whose rewrites (internal by construction, whatever
// host or protocol the server is reached on) serve app/p/[locale]/[release] at the public address.
const STATIC_LOCALE_HEADER = "x-concord-static-locale";
const STATIC_RELEASE_HEADER = "x-concord-static-release";

async function staticPageFor(request: NextRequest, pathname: string, search: string): Promise<{ locale: string; release: string } | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = search ? null : STATIC_PAGES.exec(pathname);
  if (!match) return null;
  const release = await currentPublicRelease();
  // The database could not be read: the pages rendered per request will say what is wrong.
  if (release === undefined) return null;
  const slug = match[1];
  // Only the published sessions' pages: anything else is the per-request 404 (or /program/changes).
  if (slug && !release?.sessionSlugs.has(slug)) return null;
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  // The release's id in the path: each release has its own cached pages, on every app instance.
  return { locale, release: release?.id ?? "unpublished" };
}

/**
 * Where an address that a published release gave out now leads (lib/addresses/redirects.ts): a
 * session's page or calendar, a speaker's page, a sub-forum's calendar or filter. The same for
 * every language, since the language is the visitor's cookie, not the address.
 */
async function movedAddress(request: NextRequest, pathname: string, search: string): Promise<string | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!pathname.startsWith("/program") && !pathname.startsWith("/speakers/")) return null;
  const release = await currentPublicRelease();
  return release ? currentAddress(pathname, search, release.redirects) : null;
}

let cachedBuildId: string | null = null;
/** This build's id (pages from another build carry other script addresses). */
function buildId(): string {
  if (cachedBuildId === null) {
    try {
      cachedBuildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      cachedBuildId = "dev";
    }
  }
  return cachedBuildId;
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

// Not for /api: route handlers check the caller themselves and need nothing from here, and a
// proxy in front of every seat request cost a tenth of the server's time in a burst (bench/seats.sh).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
