// Public: the Atom feed of the program's releases, for feed readers. No sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { EXPORT_CACHE_CONTROL, entityTag, matchesIfNoneMatch, publicBaseUrl } from "@/lib/program/exports/response";
import { getPublishedProgram } from "@/lib/program/published";
import { buildChangesFeed, listReleases, liveSessions } from "@/lib/program/releases";

export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  if (!forum) {
    return new Response("No forum is set up yet.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=5" } });
  }
  const [releases, published] = await Promise.all([listReleases(forum.id), getPublishedProgram(forum.id)]);
  const body = buildChangesFeed(published?.snapshot.forum ?? forum, releases, publicBaseUrl(request), { live: liveSessions(published?.snapshot ?? null) });
  const etag = entityTag(body);
  const headers = new Headers({
    "Content-Type": "application/atom+xml; charset=utf-8",
    // Before the first release the feed's <updated> is the current time: keep it out of shared caches' long memory.
    "Cache-Control": releases.length ? EXPORT_CACHE_CONTROL : "public, max-age=0, s-maxage=5",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
  });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}
