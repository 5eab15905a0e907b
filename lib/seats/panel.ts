// What the seat panel on a session page reads and does, for the signed-in user in the forum the site
// shows. The participant is always the user's own (forumId + userId), never an id from the client.
// One code path for the HTTP route (app/api/me/sessions/[sessionId]) and the server actions.
import "server-only";
import { db } from "@/lib/db/client";
import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { getPublishedSessionIds } from "@/lib/program/published";
import type { SeatAction } from "./schemas";
import { cancelSeat, seatStateFor, takeSeatFor, type MySeat, type SeatCounts, type SeatRefusal, type SeatState } from "./seats";
import { isStarred, setStar } from "./stars";

export type SeatPanelState = {
  signedIn: boolean;
  /** They have a registration for this forum. */
  registered: boolean;
  /** Their registration's status (null when not registered): explains why they cannot book. */
  status: ParticipantStatus | null;
  approved: boolean;
  /** Seat booking is on for the session and it has a capacity. */
  seatBooking: boolean;
  capacity: number | null;
  seatsLeft: number;
  waitlistLength: number;
  mine: MySeat | null;
  starred: boolean;
};

export type SeatActionOutcome =
  | "CONFIRMED"
  | "WAITLISTED"
  | "ALREADY_CONFIRMED"
  | "ALREADY_WAITLISTED"
  | "CANCELLED"
  | "LEFT_WAITLIST"
  | "NOTHING_HELD"
  | "STARRED"
  | "UNSTARRED";

export type SeatActionResult =
  | { ok: true; outcome: SeatActionOutcome; state: SeatPanelState }
  | { ok: false; reason: SeatRefusal; state: SeatPanelState | null };

type Viewer = { forumId: string; userId: string | null };
type Own = { id: string; status: ParticipantStatus } | null;

async function ownParticipant(v: Viewer): Promise<Own> {
  if (!v.userId) return null;
  return db.participant.findUnique({
    where: { forumId_userId: { forumId: v.forumId, userId: v.userId } },
    select: { id: true, status: true },
  });
}

/**
 * The panel's state; null when the forum's latest release has no such session (a session only in
 * the working copy has no seats to show: the public has never seen it).
 */
export async function getSeatPanelState(
  v: Viewer,
  sessionId: string,
  options: { /** As in applySeatAction. */ publishedSessionIds?: ReadonlySet<string> } = {},
): Promise<SeatPanelState | null> {
  if (!(await isPublished(v.forumId, sessionId, options.publishedSessionIds))) return null;
  return panelState(v, sessionId, await ownParticipant(v));
}

async function isPublished(forumId: string, sessionId: string, known: ReadonlySet<string> | undefined): Promise<boolean> {
  return (known ?? (await getPublishedSessionIds(forumId))).has(sessionId);
}

/** `known`: what the action just established, so it is not read again. */
async function panelState(
  v: Viewer,
  sessionId: string,
  participant: Own,
  known: { mine?: MySeat | null; starred?: boolean; counts?: SeatCounts | null } = {},
): Promise<SeatPanelState | null> {
  const [seats, starred] = await Promise.all([
    known.counts ? seatsFromCounts(known.counts) : seatStateFor(known.mine === undefined ? (participant?.id ?? null) : null, sessionId, v.forumId),
    known.starred ?? (participant ? isStarred(participant.id, sessionId) : false),
  ]);
  if (!seats) return null;
  if (known.mine !== undefined) seats.mine = known.mine;
  return {
    signedIn: v.userId !== null,
    registered: participant !== null,
    status: participant?.status ?? null,
    approved: participant?.status === "APPROVED",
    seatBooking: seats.seatBooking,
    capacity: seats.capacity,
    seatsLeft: seats.seatsLeft,
    waitlistLength: seats.waitlistLength,
    mine: seats.mine,
    starred,
  };
}

/** The same figures seatStateFor reads, from a take that already has them. */
function seatsFromCounts(c: SeatCounts): SeatState {
  return {
    seatBooking: c.seatBooking && c.capacity !== null,
    capacity: c.capacity,
    seatsTaken: c.seatsTaken,
    seatsLeft: c.capacity === null ? 0 : Math.max(0, c.capacity - c.seatsTaken),
    waitlistLength: c.waitlistTail,
    mine: null,
  };
}

/**
 * Does what the delegate asked with a session (take or cancel a seat, star or unstar) and answers
 * with the panel's new state. Refusals (not registered, not approved, no booking) are results.
 * Each lib/seats function checks that the session belongs to the participant's forum.
 */
export async function applySeatAction(
  v: { forumId: string; userId: string },
  sessionId: string,
  action: SeatAction,
  options: {
    origin?: string | null;
    /** The ids of the forum's published sessions when the caller has them (else read here, per release). */
    publishedSessionIds?: ReadonlySet<string>;
  } = {},
): Promise<SeatActionResult> {
  const refuse = async (reason: SeatRefusal, participant: Own): Promise<SeatActionResult> => {
    const state = await panelState(v, sessionId, participant);
    return state ? { ok: false, reason, state } : { ok: false, reason: "NO_SUCH_SESSION", state: null };
  };
  // Seats and stars are for the published program only: a draft session's id gets nothing, as
  // if it did not exist (it does not, for the public).
  if (!(await isPublished(v.forumId, sessionId, options.publishedSessionIds))) return { ok: false, reason: "NO_SUCH_SESSION", state: null };
  const seatOptions = { actorId: v.userId, origin: options.origin };
  // The take reads the registration itself, in its one statement, and answers with the session's figures.
  if (action === "take") {
    const { participant, result, counts, starred } = await takeSeatFor({ forumId: v.forumId, userId: v.userId }, sessionId, seatOptions);
    if (!result.ok || !participant) return refuse(result.ok ? "NOT_REGISTERED" : result.reason, participant);
    const outcome = result.already ? (result.seat.status === "CONFIRMED" ? "ALREADY_CONFIRMED" : "ALREADY_WAITLISTED") : result.seat.status;
    const state = await panelState(v, sessionId, participant, { mine: result.seat, counts, starred: starred ?? undefined });
    if (!state) return { ok: false, reason: "NO_SUCH_SESSION", state: null };
    return { ok: true, outcome, state };
  }
  const participant = await ownParticipant(v);
  if (!participant) return refuse("NOT_REGISTERED", null);
  let outcome: SeatActionOutcome;
  let known: { mine?: MySeat | null; starred?: boolean };
  switch (action) {
    case "cancel": {
      const result = await cancelSeat(participant.id, sessionId, seatOptions);
      if (!result.ok) return refuse(result.reason, participant);
      outcome = result.outcome;
      known = { mine: null };
      break;
    }
    case "star":
    case "unstar": {
      const result = await setStar(participant.id, sessionId, action === "star");
      if (!result.ok) return refuse(result.reason, participant);
      outcome = result.starred ? "STARRED" : "UNSTARRED";
      known = { starred: result.starred };
      break;
    }
  }
  const state = await panelState(v, sessionId, participant, known);
  if (!state) return { ok: false, reason: "NO_SUCH_SESSION", state: null };
  return { ok: true, outcome, state };
}
