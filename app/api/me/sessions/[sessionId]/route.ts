// The seat panel's endpoint for one session (the session page itself is static, so everything
// about the visitor loads from here). GET: seats left, and the signed-in user's seat, waitlist
// place and star. POST {action: "take" | "cancel" | "star" | "unstar"}: does it for the signed-in
// user's own registration in the current forum (never a participant named by the client) and
// answers with the new state. Refusals are 409 with a reason, never a 500.
import { authorizeRequest, getCurrentUser } from "@/app/_lib/guard";
import { fieldErrors } from "@/lib/forms/action-result";
import { getCurrentForum } from "@/lib/forum/queries";
import { publicBaseUrl } from "@/lib/program/exports/response";
import { currentPublicRelease } from "@/lib/program/published-release";
import { applySeatAction, getSeatPanelState } from "@/lib/seats/panel";
import { seatActionSchema, sessionIdSchema } from "@/lib/seats/schemas";

type Context = { params: Promise<{ sessionId: string }> };

// Per user and changing by the second: no cache may keep it.
const NO_STORE = { "Cache-Control": "private, no-store" };
// The body is `{"action":"unstar"}`: anything much longer is not from the panel.
const MAX_BODY = 1_000;

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });
const notFound = () => json({ ok: false, reason: "NO_SUCH_SESSION" }, 404);

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { sessionId } = await params;
  if (!sessionIdSchema.safeParse(sessionId).success) return notFound();
  // As POST: the forum and its published sessions as the proxy serves the pages. A session only in
  // the working copy is not found.
  const [release, user] = await Promise.all([currentPublicRelease(), getCurrentUser()]);
  const forumId = release ? release.forumId : (await getCurrentForum())?.id;
  if (!forumId) return notFound();
  const state = await getSeatPanelState({ forumId, userId: user?.id ?? null }, sessionId, { publishedSessionIds: release?.sessionIds });
  return state ? json(state) : notFound();
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const auth = await authorizeRequest(request, ["DELEGATE"]);
  if (auth.response) return auth.response;
  const { sessionId } = await params;
  if (!sessionIdSchema.safeParse(sessionId).success) return notFound();

  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return json({ ok: false, fieldErrors: {}, formError: "The request is too large." }, 413);
  const text = await request.text();
  if (text.length > MAX_BODY) return json({ ok: false, fieldErrors: {}, formError: "The request is too large." }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ ok: false, fieldErrors: {}, formError: "The request body is not JSON." }, 400);
  }
  const parsed = seatActionSchema.safeParse(body);
  if (!parsed.success) return json(fieldErrors(parsed.error), 400);

  // The forum and its published sessions as the proxy serves the pages (read at most once a second
  // per instance), so a burst of takes costs no query for them; before any publish, the forum itself.
  const release = await currentPublicRelease();
  const forumId = release ? release.forumId : (await getCurrentForum())?.id;
  if (!forumId) return notFound();
  const result = await applySeatAction({ forumId, userId: auth.user.id }, sessionId, parsed.data.action, {
    origin: publicBaseUrl(request),
    publishedSessionIds: release?.sessionIds,
  });
  if (result.ok) return json(result);
  return json(result, result.reason === "NO_SUCH_SESSION" ? 404 : 409);
}
