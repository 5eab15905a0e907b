// What the seat panel on a session page reads and does, for the signed-in user in the forum the site
// shows. The participant is always the user's own (forumId + userId), never an id from the client.
// One code path for the HTTP route (app/api/me/sessions/[sessionId]) and the server actions.
import "server-only";
import { db } from "@/lib/db/client";
import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { getPublishedProgram } from "@/lib/program/published";
import type { SeatAction } from "./schemas";
import { cancelSeat, seatStateFor, takeSeat, type MySeat, type SeatRefusal } from "./seats";
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

/** The panel's state; null when the forum has no such session. */
export async function getSeatPanelState(v: Viewer, sessionId: string): Promise<SeatPanelState | null> {
  return panelState(v, sessionId, await ownParticipant(v));
}

/** `known`: what the action just established, so it is not read again. */
async function panelState(v: Viewer, sessionId: string, participant: Own, known: { mine?: MySeat | null; starred?: boolean } = {}): Promise<SeatPanelState | null> {
  const [seats, starred] = await Promise.all([
    seatStateFor(known.mine === undefined ? (participant?.id ?? null) : null, sessionId, v.forumId),
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

/**
 * Does what the delegate asked with a session (take or cancel a seat, star or unstar) and answers
 * with the panel's new state. Refusals (not registered, not approved, no booking) are results.
 * Each lib/seats function checks that the session belongs to the participant's forum.
 */
export async function applySeatAction(
  v: { forumId: string; userId: string },
  sessionId: string,
  action: SeatAction,
  options: { origin?: string | null } = {},
): Promise<SeatActionResult> {
  const participant = await ownParticipant(v);
  const refuse = async (reason: SeatRefusal): Promise<SeatActionResult> => {
    const state = await panelState(v, sessionId, participant);
    return state ? { ok: false, reason, state } : { ok: false, reason: "NO_SUCH_SESSION", state: null };
  };
  if (!participant) return refuse("NOT_REGISTERED");
  // Seats and stars are for the published program only: a draft session's id gets nothing.
  if (action === "take" || action === "star") {
    const published = await getPublishedProgram(v.forumId);
    if (!published?.snapshot.sessions.some((s) => s.id === sessionId && s.type !== "BREAK")) return refuse("NO_SUCH_SESSION");
  }
  const seatOptions = { actorId: v.userId, origin: options.origin };
  let outcome: SeatActionOutcome;
  let known: { mine?: MySeat | null; starred?: boolean };
  switch (action) {
    case "take": {
      const result = await takeSeat(participant.id, sessionId, seatOptions);
      if (!result.ok) return refuse(result.reason);
      outcome = result.already ? (result.seat.status === "CONFIRMED" ? "ALREADY_CONFIRMED" : "ALREADY_WAITLISTED") : result.seat.status;
      known = { mine: result.seat };
      break;
    }
    case "cancel": {
      const result = await cancelSeat(participant.id, sessionId, seatOptions);
      if (!result.ok) return refuse(result.reason);
      outcome = result.outcome;
      known = { mine: null };
      break;
    }
    case "star":
    case "unstar": {
      const result = await setStar(participant.id, sessionId, action === "star");
      if (!result.ok) return refuse(result.reason);
      outcome = result.starred ? "STARRED" : "UNSTARRED";
      known = { starred: result.starred };
      break;
    }
  }
  const state = await panelState(v, sessionId, participant, known);
  if (!state) return { ok: false, reason: "NO_SUCH_SESSION", state: null };
  return { ok: true, outcome, state };
}
