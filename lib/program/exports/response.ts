// HTTP for the program exports: one response shape for every format. The body is a pure function
// of the published release, so its hash is a strong ETag and shared caches may keep it.
import { createHash } from "node:crypto";

/** Browsers revalidate after a minute; shared caches (nginx, a CDN) keep it five, serving stale while they refetch. */
// Shared caches keep exports a few seconds, so a publish is visible within seconds; browsers a minute.
export const EXPORT_CACHE_CONTROL = "public, max-age=60, s-maxage=5, stale-while-revalidate=30";

export const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
} as const;

/** `"<sha256 of the body, base64url>"`. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a proxy that compresses may add W/. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => strip(tag) === strip(etag));
}

/**
 * The origin that absolute URLs in an export use: NEXTAUTH_URL when set (the canonical public
 * address, so a forged Host header can never end up in a cached body), else the request's origin.
 */
export function publicBaseUrl(request: Request, env: Partial<Record<string, string>> = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting falls back to the request, as below.
    }
  }
  return new URL(request.url).origin;
}

/** Safe in a quoted Content-Disposition filename: ASCII letters, digits, ".", "-" and "_". */
function safeFilename(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** 200 with the body, or 304 when the client already holds these bytes. */
export function exportResponse(request: Request, body: string, format: keyof typeof CONTENT_TYPES, filename?: string): Response {
  const etag = entityTag(body);
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[format],
    "Cache-Control": EXPORT_CACHE_CONTROL,
    ETag: etag,
    // Published data for any reader: web-based schedule viewers fetch it from other origins.
    "Access-Control-Allow-Origin": "*",
  });
  if (filename) headers.set("Content-Disposition", `inline; filename="${safeFilename(filename)}"`);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

/** No published program, or no such session or sub-forum in it. */
export function exportNotFound(what = "Not found: the program has no such published item."): Response {
  // Shared caches may absorb a flood for a few seconds; a first publish still shows at once in browsers.
  return new Response(`${what}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=5" } });
}
