import { beforeEach, describe, expect, it, vi } from "vitest";
import { createForum, createParticipant, createProgramSession, createUser, publishForTests } from "@/prisma/factories";
import { testDb } from "@/test/db";

// The route is a public endpoint: these tests send it requests as a browser or a crafted client
// would. Only the session cookie's decoding is replaced: the signed-in user is whoever `claims` names,
// checked against the database by the real guard.
const claims: { current: { uid: string; av: number } | null } = { current: null };
vi.mock("@/app/_lib/session-claims", () => ({ requestSessionClaims: async () => claims.current }));

const { GET, POST } = await import("./route");

const ORIGIN = "http://concord.test";
const url = (sessionId: string) => `${ORIGIN}/api/me/sessions/${sessionId}`;
const context = (sessionId: string) => ({ params: Promise.resolve({ sessionId }) });
const post = (sessionId: string, body: unknown, headers: Record<string, string> = { "sec-fetch-site": "same-origin" }) =>
  POST(new Request(url(sessionId), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }), context(sessionId));

let sessionId: string;
let forumId: string;

async function signedInDelegate(status: "APPROVED" | "PENDING" = "APPROVED") {
  const user = await createUser(testDb());
  const participant = await createParticipant(testDb(), { forumId, userId: user.id, status });
  claims.current = { uid: user.id, av: user.authVersion };
  return { user, participant };
}

beforeEach(async () => {
  const forum = await createForum(testDb());
  vi.stubEnv("FORUM_SLUG", forum.slug);
  forumId = forum.id;
  sessionId = (await createProgramSession(testDb(), { forumId, seatBooking: true, capacity: 1 })).id;
  await publishForTests(testDb(), forumId);
  claims.current = null;
});

describe("GET /api/me/sessions/[sessionId]", () => {
  it("answers a visitor with the seats left, never to be cached", async () => {
    const response = await GET(new Request(url(sessionId)), context(sessionId));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toMatchObject({ signedIn: false, seatBooking: true, capacity: 1, seatsLeft: 1, mine: null, starred: false });
  });

  it("answers 404 for a session of another forum or a malformed id", async () => {
    const elsewhere = await createProgramSession(testDb(), { seatBooking: true, capacity: 3 });
    expect((await GET(new Request(url(elsewhere.id)), context(elsewhere.id))).status).toBe(404);
    expect((await GET(new Request(url("..%2Fadmin")), context("../admin"))).status).toBe(404);
  });

  it("answers 404 for a session that exists only in the working copy, and for its seats and stars", async () => {
    const draft = await createProgramSession(testDb(), { forumId, seatBooking: true, capacity: 5, publishedSeatBooking: false, publishedCapacity: null });
    expect((await GET(new Request(url(draft.id)), context(draft.id))).status).toBe(404);
    await signedInDelegate();
    expect((await GET(new Request(url(draft.id)), context(draft.id))).status).toBe(404);
    for (const action of ["take", "cancel", "star", "unstar"]) {
      const response = await post(draft.id, { action });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ ok: false, reason: "NO_SUCH_SESSION", state: null });
    }
    expect(await testDb().seat.count({ where: { sessionId: draft.id } })).toBe(0);
    expect(await testDb().starredSession.count({ where: { sessionId: draft.id } })).toBe(0);
  });
});

describe("POST /api/me/sessions/[sessionId]", () => {
  it("takes the seat for the signed-in delegate, and waitlists the next", async () => {
    const first = await signedInDelegate();
    const taken = await post(sessionId, { action: "take" });
    expect(taken.status).toBe(200);
    expect(taken.headers.get("cache-control")).toBe("private, no-store");
    expect(await taken.json()).toMatchObject({ ok: true, outcome: "CONFIRMED", state: { signedIn: true, approved: true, seatsLeft: 0, mine: { status: "CONFIRMED" } } });

    await signedInDelegate();
    expect(await (await post(sessionId, { action: "take" })).json()).toMatchObject({ ok: true, outcome: "WAITLISTED", state: { mine: { status: "WAITLISTED", position: 1 } } });
    expect(await testDb().seat.findFirst({ where: { sessionId, participantId: first.participant.id }, select: { status: true } })).toEqual({ status: "CONFIRMED" });
  });

  it("refuses a delegate who is not approved with 409 and a reason", async () => {
    await signedInDelegate("PENDING");
    const response = await post(sessionId, { action: "take" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ ok: false, reason: "NOT_APPROVED", state: { status: "PENDING" } });
  });

  it("refuses anonymous and cross-site requests", async () => {
    expect((await post(sessionId, { action: "take" })).status).toBe(401);
    await signedInDelegate();
    expect((await post(sessionId, { action: "take" }, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(sessionId, { action: "take" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(sessionId, { action: "take" }, {})).status).toBe(403);
    // Same origin by the Origin header, as a script outside a browser sends it.
    expect((await post(sessionId, { action: "take" }, { origin: ORIGIN })).status).toBe(200);
  });

  it("answers bad input with 400 and a message, never a 500", async () => {
    await signedInDelegate();
    const unknown = await post(sessionId, { action: "steal" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ ok: false, fieldErrors: { action: expect.any(String) } });
    expect((await post(sessionId, { action: "take", participantId: "someone-else" })).status).toBe(400);
    expect((await post(sessionId, "{not json")).status).toBe(400);
    expect((await post(sessionId, { action: "take", padding: "x".repeat(5_000) })).status).toBe(413);
    expect(await testDb().seat.count({ where: { sessionId } })).toBe(0);
  });
});
