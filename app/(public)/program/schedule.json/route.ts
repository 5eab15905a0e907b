// Public: a GET of the published program (the latest release), no sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { buildScheduleJson } from "@/lib/program/exports/schedule-json";
import { exportNotFound, exportResponse, publicBaseUrl } from "@/lib/program/exports/response";
import { getPublishedProgram } from "@/lib/program/published";

/** The c3voc schedule JSON that conference apps read. */
export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  const published = forum ? await getPublishedProgram(forum.id) : null;
  if (!published) return exportNotFound("The program is not published yet.");
  const body = buildScheduleJson(published.snapshot, { baseUrl: publicBaseUrl(request), version: published.version });
  return exportResponse(request, body, "json");
}
