import { authorizeRequest } from "@/app/_lib/guard";
import { agreementsCsv, agreementsExportFilename, recordAgreementsExport } from "@/lib/agreements/csv";
import { agreementListQuerySchema } from "@/lib/agreements/schemas";
import { getWorkingForum } from "@/lib/forum/queries";
import { dayKey } from "@/lib/time/format";

// GET /organizer/agreements/export?<the list's filters>: the agreements as filtered, confidential
// ones included, as a CSV file (UTF-8 with BOM, RFC 4180, formulas neutralised), for organizers
// and admins only.

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRequest(request, ["ADMIN", "ORGANIZER"]);
  if (auth.response) return auth.response;
  const forum = await getWorkingForum();
  if (!forum) return new Response("There is no forum yet.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { searchParams } = new URL(request.url);
  const query = agreementListQuerySchema.parse(Object.fromEntries(searchParams));
  const filters = { status: query.status, visibility: query.visibility, sector: query.sector };
  await recordAgreementsExport(auth.user.id, forum.id, filters);
  return new Response(await agreementsCsv(forum.id, filters), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${agreementsExportFilename(forum.acronym, dayKey(new Date(), forum.timeZone))}"`,
      // Confidential agreements: never kept by a shared cache, nor by the browser's.
      "Cache-Control": "private, no-store",
    },
  });
}
