// Public: a GET of the published program (the latest release), no sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { loadPublishedHistory } from "@/lib/program/exports/history";
import { buildProgramCalendar } from "@/lib/program/exports/ical";
import { exportNotFound, exportResponse, publicBaseUrl } from "@/lib/program/exports/response";
import { perRelease } from "@/lib/program/release-cache";

/** The whole program as iCalendar, sessions dropped since an earlier release marked cancelled. */
export async function GET(request: Request): Promise<Response> {
  const forum = await getCurrentForum();
  const published = forum ? await loadPublishedHistory(forum.id) : null;
  if (!published) return exportNotFound("The program is not published yet.");
  const { latest, history } = published;
  const baseUrl = publicBaseUrl(request);
  const body = await perRelease(published.release, `calendar.ics ${baseUrl}`, () => buildProgramCalendar(latest.snapshot, { baseUrl, publishedAt: latest.publishedAt, history }));
  return exportResponse(request, body, "ics", `${latest.snapshot.forum.acronym}.ics`);
}
