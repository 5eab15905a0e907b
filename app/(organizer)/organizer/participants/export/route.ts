import { authorizeRequest } from "@/app/_lib/guard";
import { getWorkingForum } from "@/lib/forum/queries";
import { exportFilename, participantsCsvStream, recordExport } from "@/lib/participants/export";
import { participantListQuerySchema } from "@/lib/participants/schemas";
import { dayKey } from "@/lib/time/format";

// GET /organizer/participants/export?<the list's query string>: the list as filtered, every page,
// as a CSV file (UTF-8 with BOM, RFC 4180, formulas neutralised), for organizers and admins only.

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRequest(request, ["ADMIN", "ORGANIZER"]);
  if (auth.response) return auth.response;
  const forum = await getWorkingForum();
  if (!forum) return new Response("There is no forum yet.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { searchParams } = new URL(request.url);
  // The same query string as the list; its page cursor is irrelevant: the file has every page.
  const query = participantListQuerySchema.parse(Object.fromEntries(searchParams));
  const filters = { q: query.q, status: query.status, category: query.category, country: query.country, delegation: query.delegation, sort: query.sort };
  await recordExport(auth.user.id, forum.id, filters);
  return new Response(participantsCsvStream(forum.id, filters), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(forum.acronym, dayKey(new Date(), forum.timeZone))}"`,
      // Personal data: never kept by a shared cache, nor by the browser's.
      "Cache-Control": "private, no-store",
    },
  });
}
