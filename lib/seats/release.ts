// Seats follow the published release. A session's working copy (capacity, seat booking) is a draft
// like its title: publishing copies the release's seat settings into the session's
// publishedCapacity / publishedSeatBooking, which every seat path reads (./seats.ts), in the same
// transaction that writes the release. Nothing else writes them.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Conflict } from "@/lib/program/conflicts";
import type { ProgramSnapshot } from "@/lib/program/snapshot";
import { fillFromWaitlist, type Promotion } from "./seats";

type Client = Pick<Tx, "programSession">;

/** A session's seat settings as a release gives them. */
type SeatSettings = { seatBooking: boolean; capacity: number | null };

type Change = { id: string; seatsTaken: number; from: SeatSettings; to: SeatSettings };

const bookable = (s: SeatSettings): s is { seatBooking: true; capacity: number } => s.seatBooking && s.capacity !== null;

/**
 * The sessions of the forum whose published seat settings the release changes. A session the
 * release does not contain (deleted since, or not in a release published again) gets booking off.
 */
async function seatChanges(client: Client, forumId: string, sessions: readonly ({ id: string } & SeatSettings)[]): Promise<Change[]> {
  const rows = await client.programSession.findMany({
    where: { forumId },
    select: { id: true, seatsTaken: true, publishedCapacity: true, publishedSeatBooking: true },
    orderBy: { id: "asc" },
  });
  const inRelease = new Map(sessions.map((s) => [s.id, s]));
  const changes: Change[] = [];
  for (const row of rows) {
    const s = inRelease.get(row.id);
    const to: SeatSettings = s ? { seatBooking: s.seatBooking, capacity: s.capacity } : { seatBooking: false, capacity: null };
    const from: SeatSettings = { seatBooking: row.publishedSeatBooking, capacity: row.publishedCapacity };
    if (to.seatBooking !== from.seatBooking || to.capacity !== from.capacity) changes.push({ id: row.id, seatsTaken: row.seatsTaken, from, to });
  }
  return changes;
}

/**
 * What stops these seat settings from being published: a session whose new capacity is below the
 * seats already confirmed in it (nobody loses a seat they hold; raise the capacity or switch
 * booking off). Blocking conflicts, shown with the program's other conflicts.
 */
export async function seatConflicts(client: Client, forumId: string, sessions: readonly ({ id: string } & SeatSettings)[]): Promise<Conflict[]> {
  return (await seatChanges(client, forumId, sessions))
    .filter((c) => bookable(c.to) && c.to.capacity < c.seatsTaken)
    .map((c): Conflict => ({ kind: "CAPACITY_BELOW_CONFIRMED", severity: "error", sessionIds: [c.id] }));
}

/** seatConflicts for a release about to be published. */
export function checkReleaseSeatSettings(tx: Tx, forumId: string, snapshot: ProgramSnapshot): Promise<Conflict[]> {
  return seatConflicts(tx, forumId, snapshot.sessions);
}

/**
 * Puts a release's seat settings into effect, inside the publishing transaction (after
 * checkReleaseSeatSettings found nothing), and removes the sessions deleted since for good. More seats, or booking switched on, move the waitlist up
 * at once, each promoted delegate e-mailed through the outbox. Fewer seats (never below those
 * confirmed) only mean fewer seats left; booking switched off keeps every seat held and freezes the
 * queue where it stands, so switching it on again serves those waiting first.
 */
export async function applyReleaseSeatSettings(
  tx: Tx,
  forumId: string,
  snapshot: ProgramSnapshot,
  context: { actorId: string | null; origin?: string | null },
): Promise<Promotion[]> {
  const promoted: Promotion[] = [];
  // In id order, the order in which everyone who locks several sessions' rows locks them.
  for (const change of await seatChanges(tx, forumId, snapshot.sessions)) {
    await tx.programSession.update({
      where: { id: change.id },
      data: { publishedSeatBooking: change.to.seatBooking, publishedCapacity: change.to.capacity },
      select: { id: true },
    });
    const more = bookable(change.to) && (!bookable(change.from) || change.to.capacity > change.from.capacity);
    if (more) promoted.push(...(await fillFromWaitlist(tx, change.id, { actorId: context.actorId, origin: context.origin ?? process.env.NEXTAUTH_URL ?? null })));
  }
  // Sessions deleted from the working copy leave now, with the seats held in them: until this
  // release they were still on the public program. One the release has (published again) stays.
  await tx.programSession.deleteMany({ where: { forumId, deletedAt: { not: null }, id: { notIn: snapshot.sessions.map((s) => s.id) } } });
  return promoted;
}
