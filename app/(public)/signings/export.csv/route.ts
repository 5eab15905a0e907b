// Public: the signed public agreements as CSV, the same rows as /signings (optionally filtered by
// the board's ?sector= and ?region=). Confidential agreements are never loaded, so never written.
import { getCurrentForum } from "@/lib/forum/queries";
import { entityTag, matchesIfNoneMatch } from "@/lib/program/exports/response";
import { getCachedSigningsBoard } from "@/lib/signings/cache";
import { signingsCsv } from "@/lib/signings/export";

/** Safe in a quoted Content-Disposition filename. */
const filename = (acronym: string) => `${acronym.replace(/[^A-Za-z0-9._-]+/g, "-")}-signings.csv`;

const one = (value: string | null) => (value && value.length <= 120 ? value : null);

export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  if (!forum) return new Response("There is no forum yet.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { searchParams } = new URL(request.url);
  const board = await getCachedSigningsBoard(forum.id, { sector: one(searchParams.get("sector")), region: one(searchParams.get("region")) });
  const body = signingsCsv(board);
  const etag = entityTag(body);
  const headers = new Headers({
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename(forum.acronym)}"`,
    // Public data: shared caches may keep it a few seconds, so a signing shows within seconds.
    "Cache-Control": "public, max-age=0, s-maxage=5",
    ETag: etag,
  });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
