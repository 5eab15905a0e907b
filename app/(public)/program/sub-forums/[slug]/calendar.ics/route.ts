// Public: a GET of the published program (the latest release), no sign-in needed.
import { getCurrentForum } from "@/lib/forum/queries";
import { loadPublishedHistory } from "@/lib/program/exports/history";
import { buildSubForumCalendar } from "@/lib/program/exports/ical";
import { exportNotFound, exportResponse, publicBaseUrl } from "@/lib/program/exports/response";
import { perRelease } from "@/lib/program/release-cache";

/** One sub-forum's sessions as iCalendar, its dropped sessions marked cancelled. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const forum = await getCurrentForum();
  const published = forum ? await loadPublishedHistory(forum.id) : null;
  if (!published) return exportNotFound("The program is not published yet.");
  const { latest, history } = published;
  const baseUrl = publicBaseUrl(request);
  const body = await perRelease(published.release, `sub-forum.ics ${slug} ${baseUrl}`, () => buildSubForumCalendar(latest.snapshot, { baseUrl, publishedAt: latest.publishedAt, history, subForumSlug: slug }));
  if (body === null) return exportNotFound("The published program has no such sub-forum.");
  return exportResponse(request, body, "ics", `${latest.snapshot.forum.acronym}-${slug}.ics`);
}
