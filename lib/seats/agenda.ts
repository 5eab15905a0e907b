// A delegate's personal agenda: the sessions of the published program they hold a seat or a
// waitlist place in, or starred, in program order. The /me agenda page and the personal calendar
// feed build on it. Sessions the latest release no longer contains are left out (the public never
// sees them either); their seats stay in the database until the session itself is deleted.
import "server-only";
import { db } from "@/lib/db/client";
import { getPublishedProgram } from "@/lib/program/published";
import type { ProgramSnapshot, SnapshotForum, SnapshotRoom, SnapshotSession, SnapshotSubForum } from "@/lib/program/snapshot";
import type { MySeat } from "./seats";

export type AgendaEntry = {
  /** The session as published (all four languages; fall back with lib/i18n/localized.ts). */
  session: SnapshotSession;
  room: SnapshotRoom | null;
  subForum: SnapshotSubForum | null;
  /** Their seat, or their place on the waitlist (rank, 1 is next); null when only starred. */
  seat: MySeat | null;
  starred: boolean;
};

export type Agenda = {
  forum: SnapshotForum;
  /** The release the entries come from. */
  release: { version: number; publishedAt: Date };
  /** By start time, then room order (the program's order). */
  entries: AgendaEntry[];
};

/** Null when there is no such participant or their forum has no published program yet. */
export async function listAgenda(participantId: string): Promise<Agenda | null> {
  const participant = await db.participant.findUnique({
    where: { id: participantId },
    select: {
      forumId: true,
      seats: { where: { status: { in: ["CONFIRMED", "WAITLISTED"] } }, select: { sessionId: true, status: true, waitlistPosition: true } },
      stars: { select: { sessionId: true } },
    },
  });
  if (!participant) return null;
  const published = await getPublishedProgram(participant.forumId);
  if (!published) return null;

  const seats = new Map<string, MySeat>();
  for (const seat of participant.seats) {
    if (seat.status === "CONFIRMED") seats.set(seat.sessionId, { status: "CONFIRMED", position: null });
    else seats.set(seat.sessionId, { status: "WAITLISTED", position: await rankInQueue(seat.sessionId, seat.waitlistPosition) });
  }
  const stars = new Set(participant.stars.map((s) => s.sessionId));
  return {
    forum: published.snapshot.forum,
    release: { version: published.version, publishedAt: published.publishedAt },
    entries: agendaEntries(published.snapshot, seats, stars),
  };
}

/** The published sessions that are theirs, in program order. Pure: exported for tests. */
export function agendaEntries(snapshot: ProgramSnapshot, seats: ReadonlyMap<string, MySeat>, stars: ReadonlySet<string>): AgendaEntry[] {
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const subForums = new Map(snapshot.subForums.map((s) => [s.id, s]));
  return snapshot.sessions
    .filter((s) => seats.has(s.id) || stars.has(s.id))
    .map((session) => ({
      session,
      room: session.roomId ? (rooms.get(session.roomId) ?? null) : null,
      subForum: session.subForumId ? (subForums.get(session.subForumId) ?? null) : null,
      seat: seats.get(session.id) ?? null,
      starred: stars.has(session.id),
    }));
}

async function rankInQueue(sessionId: string, position: number | null): Promise<number> {
  const ahead = await db.seat.count({ where: { sessionId, status: "WAITLISTED", waitlistPosition: { lt: position ?? 0 } } });
  return ahead + 1;
}
