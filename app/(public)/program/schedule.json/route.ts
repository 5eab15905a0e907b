// Public: a GET of the published program (the latest release), no sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { buildScheduleJson } from "@/lib/program/exports/schedule-json";
import { exportNotFound, exportResponse, publicBaseUrl } from "@/lib/program/exports/response";
import { getPublishedProgram } from "@/lib/program/published";
import { perRelease } from "@/lib/program/release-cache";

/** The c3voc schedule JSON that conference apps read. */
export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return exportNotFound("The program is not published yet.");
  const baseUrl = publicBaseUrl(request);
  const body = await perRelease(published.release, `schedule.json ${baseUrl}`, () => buildScheduleJson(published.snapshot, { baseUrl, version: published.version }));
  return exportResponse(request, body, "json");
}
