// A delegate's private calendar feed: no sign-in (calendar apps cannot), the secret token in the
// URL is the key. Never stored by any cache; an unknown or renewed-away token is a plain 404.
import { buildPersonalCalendar } from "@/lib/delegates/calendar";
import { CONTENT_TYPES, publicBaseUrl } from "@/lib/program/exports/response";

const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  // The URL is a secret: keep it out of search engines.
  "X-Robots-Tag": "noindex, nofollow",
} as const;

function notFound(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const calendar = await buildPersonalCalendar(token, publicBaseUrl(request));
  if (!calendar.found) return notFound("Not found: this calendar link is unknown or was renewed.");
  if (!calendar.published) return notFound("The program is not published yet.");
  return new Response(calendar.body, {
    status: 200,
    headers: { ...PRIVATE_HEADERS, "Content-Type": CONTENT_TYPES.ics, "Content-Disposition": `inline; filename="${calendar.filename.replace(/[^A-Za-z0-9._-]+/g, "-")}"` },
  });
}
