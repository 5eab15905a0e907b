// Public: a GET of the published program (the latest release), no sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { buildScheduleXml } from "@/lib/program/exports/schedule-xml";
import { exportNotFound, exportResponse, publicBaseUrl } from "@/lib/program/exports/response";
import { getPublishedProgram } from "@/lib/program/published";
import { perRelease } from "@/lib/program/release-cache";

/** The frab/c3voc schedule XML that conference apps read. */
export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return exportNotFound("The program is not published yet.");
  const baseUrl = publicBaseUrl(request);
  const body = await perRelease(published.release, `schedule.xml ${baseUrl}`, () => buildScheduleXml(published.snapshot, { baseUrl, version: published.version }));
  return exportResponse(request, body, "xml");
}
