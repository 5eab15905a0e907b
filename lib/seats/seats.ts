// Seats in sessions with limited places: take one, queue for one, give one back. No overbooking,
// ever, under any number of parallel requests on PostgreSQL's default READ COMMITTED:
//
// - Seats follow the published release: every path here reads the session's publishedCapacity and
//   publishedSeatBooking, which only publishing writes (./release.ts). The working copy's capacity
//   and seatBooking are a draft like its title: they take effect when published.
// - ProgramSession.seatsTaken counts the CONFIRMED seats and waitlistTail the WAITLISTED ones. Both
//   change only in the same transaction (or the same statement) that changes the Seat rows, so they
//   always agree with them.
// - Taking a seat is ONE conditional UPDATE of the session's row: the row lock makes concurrent
//   claims queue, and each re-checks the condition on the row as the previous one left it. It gives
//   a seat (`seatsTaken < capacity`, nobody waiting) or else the next place in the queue
//   (`waitlistTail + 1`, RETURNING the new value), so positions are handed out 1, 2, 3 … without
//   gaps or duplicates, and a rolled-back request gives its number back. Never count-then-insert.
// - A take is normally ONE statement (claimSeatInOneStatement): registration, their own row, the
//   claim, their row's new status and the audit entry together, so no lock is held across round
//   trips and a burst queues on the session's row only for as long as PostgreSQL needs to update
//   it. What it leaves open (seats free while people wait; a race with their own other request)
//   goes through one transaction with the same steps.
// - A double click or a replayed request takes one seat: a CANCELLED row of theirs is locked before
//   the claim, and a new row is inserted after it, so a second request of theirs either waits for
//   the first and finds the seat held, or is refused by the unique (sessionId, participantId) index
//   and undone as a whole, counters included.
// - Every change to live (CONFIRMED/WAITLISTED) seats of a session other than the take itself locks
//   the session's row first: cancelling, promoting and renumbering the queue are serialised
//   per session, and a freed seat cannot be promoted twice nor missed by a concurrent take.
//
// Lock order, so that nothing deadlocks: registration (takeSeat shares it, releaseAllSeats owns
// it) → the participant's own Seat row (takeSeat only, and only an existing one: one that is
// CANCELLED, which nobody else locks, or a live one, and then it claims nothing) → the session's
// row → other Seat rows of that session, and a new row of their own (takeSeat inserts it last).
import { recordAudit } from "@/lib/audit/record";
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantStatus, SeatStatus } from "@/lib/generated/prisma/enums";
import { enqueueEmail } from "@/lib/outbox/outbox";
import { waitlistPromotedEmail } from "./emails";

/** What the delegate holds in a session: a seat, or a place in the queue (1 is next). */
export type MySeat = { status: "CONFIRMED"; position: null } | { status: "WAITLISTED"; position: number };

/** Why a seat was refused: all of them are the caller's situation, none is an error. */
export type SeatRefusal = "NOT_REGISTERED" | "NOT_APPROVED" | "NO_SUCH_SESSION" | "NO_BOOKING";

export type TakeSeatResult =
  | { ok: true; seat: MySeat; /** True when they already held it: a double click or a replayed request. */ already: boolean }
  | { ok: false; reason: SeatRefusal };

/** Someone the queue moved into a seat. */
export type Promotion = { participantId: string; sessionId: string };

export type CancelSeatResult =
  | { ok: true; outcome: "CANCELLED" | "LEFT_WAITLIST" | "NOTHING_HELD"; promoted: Promotion[] }
  | { ok: false; reason: "NOT_REGISTERED" | "NO_SUCH_SESSION" };

export type SeatOptions = {
  /** Who did it, for the audit log. Default: the participant's own user account. */
  actorId?: string | null;
  /** The site's address (https://…), for links in e-mails; without it they carry no link. */
  origin?: string | null;
};

export type SeatState = {
  /** Seat booking is on and there is a capacity. */
  seatBooking: boolean;
  capacity: number | null;
  seatsTaken: number;
  seatsLeft: number;
  waitlistLength: number;
  mine: MySeat | null;
};

// PGlite runs one transaction at a time, so under a burst a request may wait for hundreds of others.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;
// A take that found the session full may find it no longer full when it queues (someone cancelled
// in between): it then tries for the seat again. Each round means the session changed meanwhile.
const CLAIM_ROUNDS = 8;

class BookingClosed extends Error {
  constructor() {
    super("Seat booking was switched off for this session");
  }
}

// ── Test-only switch ─────────────────────────────────────────────────────────────────────────────
// The control test shows what the guard prevents: with it off, takeSeat counts the confirmed seats
// and then inserts, and parallel requests overbook. It can only be switched off under Vitest, and
// the unguarded path is only taken while NODE_ENV is "test": a production server never takes it.
const testSwitch = { guardOff: false };

export function setSeatGuardForTests(on: boolean): void {
  if (process.env.NODE_ENV !== "test" || !process.env.VITEST) throw new Error("The seat guard can only be switched off inside the test suite");
  testSwitch.guardOff = !on;
}

function guardIsOff(): boolean {
  return testSwitch.guardOff && process.env.NODE_ENV === "test" && Boolean(process.env.VITEST);
}

// ── Taking a seat ────────────────────────────────────────────────────────────────────────────────

/** Whose seat: a participant by id, or a user's own registration in a forum (the seat panel). */
export type SeatTaker = { participantId: string } | { forumId: string; userId: string };

/** A session's seat figures: seatsTaken confirmed, waitlistTail waiting. */
export type SeatCounts = { seatBooking: boolean; capacity: number | null; seatsTaken: number; waitlistTail: number };

export type TakeSeatForResult = {
  /** The registration the take was for: null when there is none (for a taker named by id, also when it was not read). */
  participant: { id: string; status: ParticipantStatus } | null;
  result: TakeSeatResult;
  /** The session's figures as the take left them (null when they were not read on the way). */
  counts: SeatCounts | null;
  /** Whether they starred the session, for the seat panel's answer (null when not read on the way). */
  starred: boolean | null;
};

/**
 * Gives an approved participant a seat in a session with seat booking, or the next place on its
 * waitlist when it is full. Idempotent: while they hold a seat or a place, asking again returns it
 * unchanged (a double click or a replayed request takes one seat); after a cancellation they start
 * again at the back of the queue.
 */
export async function takeSeat(participantId: string, sessionId: string, options: SeatOptions = {}): Promise<TakeSeatResult> {
  return (await takeSeatFor({ participantId }, sessionId, options)).result;
}

/**
 * takeSeat for a participant or for a user's own registration, also answering with that
 * registration and the session's figures after the take, so the caller need not read them again.
 * Nearly always one SQL statement (claimSeatInOneStatement); the rare cases it leaves open (queue
 * and free seats at once, a race with their own other request) go through one transaction.
 */
export async function takeSeatFor(taker: SeatTaker, sessionId: string, options: SeatOptions = {}): Promise<TakeSeatForResult> {
  let participant: TakeSeatForResult["participant"] = null;
  if (!guardIsOff()) {
    const fast = await claimSeatInOneStatement(taker, sessionId, options);
    if (fast.settled) return fast.settled;
    participant = fast.participant;
  }
  let participantId: string;
  if ("participantId" in taker) participantId = taker.participantId;
  else {
    participant ??= await db.participant.findUnique({ where: { forumId_userId: { forumId: taker.forumId, userId: taker.userId } }, select: { id: true, status: true } });
    if (!participant) return { participant: null, result: { ok: false, reason: "NOT_REGISTERED" }, counts: null, starred: null };
    participantId = participant.id;
  }
  return { participant, result: await takeSeatInTransaction(participantId, sessionId, options), counts: null, starred: null };
}

type OneStatementRow = {
  participantId: string | null;
  participantStatus: ParticipantStatus | null;
  participantForumId: string | null;
  sessionForumId: string | null;
  seatBooking: boolean | null;
  capacity: number | null;
  seatsTaken: number | null;
  waitlistTail: number | null;
  /** Their own row's status as the statement found it (null: no row). */
  ownStatus: SeatStatus | null;
  /** Set when a seat or place was claimed: 0 for a seat, else the place in the queue. */
  claimedTail: number | null;
  claimedSeatsTaken: number | null;
  claimedCapacity: number | null;
  starred: boolean;
};

/**
 * The whole take in one statement (one round trip, no transaction held open across round trips),
 * under the same rules as the transaction below and in the same lock order. The statement lives in
 * the database, in the PL/pgSQL function take_seat (prisma/migrations/*_take_seat_function), which
 * keeps its plan for the connection: sent from here, it was planned again on every take, most of a
 * take's time on PGlite. To change it, add a migration with CREATE OR REPLACE FUNCTION. In it:
 * - `p` reads the registration FOR SHARE: a rejection waits for this take, or this take sees it;
 * - `own` locks their row for the session, if they have one. When it is CANCELLED (they gave a seat
 *   back before) it is reused; a concurrent request of theirs makes this one wait and then see the
 *   row as that request left it. Nobody holding a session's row waits for a CANCELLED row, and a
 *   live one means no claim (this statement then never waits for the session's row): no deadlock;
 * - `claim` is the one conditional UPDATE of the session's row: a seat when one is free and nobody
 *   waits, else the next place in the queue. Under READ COMMITTED a concurrent claim makes it wait,
 *   then re-evaluate the condition and the new counters on the row as that claim left it. It claims
 *   nothing while the queue waits for free seats (the capacity was raised and the queue was not moved
 *   up yet): the transaction below handles that;
 * - their row gets its status: the CANCELLED one reused, or a new one inserted. A new row comes after
 *   the claim: when their other request inserted it meanwhile, the unique index refuses this one and
 *   the whole statement, counters included, is undone (takeSeatFor then answers with theirs);
 * - the audit entry, in the same statement.
 */
async function claimSeatInOneStatement(
  taker: SeatTaker,
  sessionId: string,
  options: SeatOptions,
): Promise<{ settled: TakeSeatForResult; participant?: undefined } | { settled: null; participant: TakeSeatForResult["participant"] }> {
  const [participantId, forumId, userId] = "participantId" in taker ? [taker.participantId, null, null] : [null, taker.forumId, taker.userId];
  const now = new Date();
  const actorIsOwner = options.actorId === undefined;
  const actorId = options.actorId ?? null;
  let row: OneStatementRow | undefined;
  try {
    [row] = await db.$queryRaw<OneStatementRow[]>`
      SELECT * FROM "take_seat"(CAST(${participantId} AS text), CAST(${forumId} AS text), CAST(${userId} AS text), CAST(${sessionId} AS text),
        CAST(${newId()} AS text), CAST(${newId()} AS text), CAST(${now} AS timestamp(3)), CAST(${actorIsOwner} AS boolean), CAST(${actorId} AS text))`;
  } catch (error) {
    // Their other request inserted their row first: nothing was changed here, see what they hold.
    if (isUniqueViolationOfAnyKind(error)) return { settled: null, participant: null };
    throw error;
  }
  if (!row?.participantId || !row.participantStatus) return { settled: { participant: null, result: { ok: false, reason: "NOT_REGISTERED" }, counts: null, starred: null } };
  const participant = { id: row.participantId, status: row.participantStatus };
  const starred = row.starred;
  const refuse = (reason: SeatRefusal) => ({ settled: { participant, result: { ok: false, reason } as const, counts: null, starred } });
  if (row.participantStatus !== "APPROVED") return refuse("NOT_APPROVED");
  if (row.sessionForumId !== row.participantForumId) return refuse("NO_SUCH_SESSION");
  if (row.claimedTail !== null && row.claimedSeatsTaken !== null) {
    const seat: MySeat = row.claimedTail === 0 ? { status: "CONFIRMED", position: null } : { status: "WAITLISTED", position: row.claimedTail };
    const counts = { seatBooking: true, capacity: row.claimedCapacity, seatsTaken: row.claimedSeatsTaken, waitlistTail: row.claimedTail };
    return { settled: { participant, result: { ok: true, seat, already: false }, counts, starred } };
  }
  if (!row.seatBooking || row.capacity === null) return refuse("NO_BOOKING");
  if (row.ownStatus === "CONFIRMED" || row.ownStatus === "WAITLISTED") {
    const held = await heldSeat(db, participant.id, sessionId);
    const counts = { seatBooking: true, capacity: row.capacity, seatsTaken: row.seatsTaken ?? 0, waitlistTail: row.waitlistTail ?? 0 };
    if (held) return { settled: { participant, result: { ok: true, seat: held, already: true }, counts, starred } };
  }
  return { settled: null, participant };
}

/** The take as one transaction: what the single statement leaves open, and the test-only control. */
async function takeSeatInTransaction(participantId: string, sessionId: string, options: SeatOptions): Promise<TakeSeatResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => takeSeatIn(tx, participantId, sessionId, options), TX_OPTIONS);
    } catch (error) {
      if (error instanceof BookingClosed) return { ok: false, reason: "NO_BOOKING" };
      // Their other request inserted their row first and this one was undone: answer with theirs.
      if (!isUniqueViolationOfAnyKind(error) || attempt >= CLAIM_ROUNDS) throw error;
      const held = await heldSeat(db, participantId, sessionId);
      if (held) return { ok: true, seat: held, already: true };
    }
  }
}

async function takeSeatIn(tx: Tx, participantId: string, sessionId: string, options: SeatOptions): Promise<TakeSeatResult> {
  // The registration and the session in one read. Shared lock on the registration: a rejection or
  // cancellation (which updates that row, then releases the seats) waits until this take is done
  // and then releases its seat too, or it came first and this read sees the new status.
  const [row] = await tx.$queryRaw<
    { forumId: string; status: string; userId: string | null; sessionForumId: string | null; seatBooking: boolean | null; capacity: number | null; titleEn: string | null }[]
  >`
    SELECT p."forumId", p."status"::text AS "status", p."userId",
           s."forumId" AS "sessionForumId", s."publishedSeatBooking" AS "seatBooking", s."publishedCapacity" AS "capacity", s."titleEn"
    FROM "Participant" p LEFT JOIN "ProgramSession" s ON s."id" = ${sessionId}
    WHERE p."id" = ${participantId}
    FOR SHARE OF p`;
  if (!row) return { ok: false, reason: "NOT_REGISTERED" };
  if (row.status !== "APPROVED") return { ok: false, reason: "NOT_APPROVED" };
  if (row.sessionForumId !== row.forumId) return { ok: false, reason: "NO_SUCH_SESSION" };
  if (!row.seatBooking || row.capacity === null) return { ok: false, reason: "NO_BOOKING" };
  const audit = { forumId: row.forumId, actorId: options.actorId === undefined ? row.userId : options.actorId, participantId, sessionId, session: row.titleEn ?? "" };

  if (guardIsOff()) return takeSeatUnguarded(tx, participantId, sessionId, row.capacity, audit);

  // 1. Their own row, before any counter. A CANCELLED one (they gave a seat back before) is locked
  //    and reused; a new one is inserted only after the claim, and when their other request
  //    inserted it meanwhile, the unique index refuses it and this transaction is undone.
  let reuse = false;
  for (let attempt = 1; ; attempt++) {
    if (await reuseCancelledRow(tx, participantId, sessionId)) {
      reuse = true;
      break;
    }
    const own = await tx.seat.findUnique({ where: { sessionId_participantId: { sessionId, participantId } }, select: { status: true } });
    if (!own) break;
    const held = await heldSeat(tx, participantId, sessionId);
    if (held) return { ok: true, seat: held, already: true };
    // Cancelled between our two statements: reserve it again.
    if (attempt >= CLAIM_ROUNDS) throw new Error(`Could not reserve a seat row in session ${sessionId}`);
  }
  const place = (data: { status: SeatStatus; waitlistPosition: number | null }) =>
    reuse ? setSeat(tx, participantId, sessionId, data) : tx.seat.create({ data: { sessionId, participantId, ...data }, select: { id: true } });

  // 2. A seat, else a place in the queue: each one conditional UPDATE of the session's row.
  for (let round = 0; round < CLAIM_ROUNDS; round++) {
    // Nobody jumps the queue: a seat goes straight to a newcomer only when nobody is waiting.
    const claimed = await tx.$queryRaw<{ seatsTaken: number }[]>`
      UPDATE "ProgramSession" SET "seatsTaken" = "seatsTaken" + 1
      WHERE "id" = ${sessionId} AND "publishedSeatBooking" AND "seatsTaken" < "publishedCapacity" AND "waitlistTail" = 0
      RETURNING "seatsTaken"`;
    if (claimed.length > 0) {
      await place({ status: "CONFIRMED", waitlistPosition: null });
      await writeAudit(tx, audit, "participant.seat-taken", {});
      return { ok: true, seat: { status: "CONFIRMED", position: null }, already: false };
    }
    const queued = await tx.$queryRaw<{ waitlistTail: number; seatFree: boolean }[]>`
      UPDATE "ProgramSession" SET "waitlistTail" = "waitlistTail" + 1
      WHERE "id" = ${sessionId} AND "publishedSeatBooking" AND "publishedCapacity" IS NOT NULL
        AND ("seatsTaken" >= "publishedCapacity" OR "waitlistTail" > 0)
      RETURNING "waitlistTail", "seatsTaken" < "publishedCapacity" AS "seatFree"`;
    const queuedAt = queued[0];
    if (queuedAt) {
      await place({ status: "WAITLISTED", waitlistPosition: queuedAt.waitlistTail });
      await writeAudit(tx, audit, "participant.seat-waitlisted", { position: queuedAt.waitlistTail });
      // Seats free while people wait (the capacity was raised): move the queue up now, this
      // transaction holds the session's row.
      if (queuedAt.seatFree) {
        await fillFromWaitlist(tx, sessionId, { actorId: audit.actorId, origin: options.origin });
        const now = await heldSeat(tx, participantId, sessionId);
        if (now) return { ok: true, seat: now, already: false };
      }
      return { ok: true, seat: { status: "WAITLISTED", position: queuedAt.waitlistTail }, already: false };
    }
    // Neither matched: a seat was freed between the two statements (try again), or booking closed.
    const still = await tx.programSession.findUnique({ where: { id: sessionId }, select: { publishedSeatBooking: true, publishedCapacity: true } });
    if (!still?.publishedSeatBooking || still.publishedCapacity === null) throw new BookingClosed();
  }
  throw new Error(`Could not settle a seat in session ${sessionId} after ${CLAIM_ROUNDS} rounds`);
}

/**
 * Makes their CANCELLED row for the session theirs to fill in (the unique index allows one row per
 * participant and session). It stays invisible to others, marked CANCELLED, until this transaction
 * gives it its status and commits. False when there is no such row.
 */
async function reuseCancelledRow(tx: Tx, participantId: string, sessionId: string): Promise<boolean> {
  // A conditional UPDATE locks the row and re-checks the status after any concurrent writer.
  const reused = await tx.seat.updateMany({
    where: { participantId, sessionId, status: "CANCELLED" },
    data: { waitlistPosition: null, promotedAt: null },
  });
  return reused.count === 1;
}

async function setSeat(tx: Tx, participantId: string, sessionId: string, data: { status: SeatStatus; waitlistPosition: number | null }): Promise<void> {
  await tx.seat.update({ where: { sessionId_participantId: { sessionId, participantId } }, data, select: { id: true } });
}

/** The seat or place the participant holds now, with the place as their rank in the queue. */
async function heldSeat(client: Tx | typeof db, participantId: string, sessionId: string): Promise<MySeat | null> {
  const seat = await client.seat.findUnique({
    where: { sessionId_participantId: { sessionId, participantId } },
    select: { status: true, waitlistPosition: true },
  });
  if (!seat || seat.status === "CANCELLED") return null;
  if (seat.status === "CONFIRMED") return { status: "CONFIRMED", position: null };
  // Positions are kept contiguous (1…n); counting those ahead shows the true rank regardless.
  const ahead = await client.seat.count({ where: { sessionId, status: "WAITLISTED", waitlistPosition: { lt: seat.waitlistPosition ?? 0 } } });
  return { status: "WAITLISTED", position: ahead + 1 };
}

/** The control path of the concurrency test: count, then insert. Reached only under Vitest. */
async function takeSeatUnguarded(tx: Tx, participantId: string, sessionId: string, capacity: number, audit: AuditContext): Promise<TakeSeatResult> {
  const held = await heldSeat(tx, participantId, sessionId);
  if (held) return { ok: true, seat: held, already: true };
  const confirmed = await tx.seat.count({ where: { sessionId, status: "CONFIRMED" } });
  if (confirmed < capacity) {
    await tx.seat.upsert({
      where: { sessionId_participantId: { sessionId, participantId } },
      create: { sessionId, participantId, status: "CONFIRMED" },
      update: { status: "CONFIRMED", waitlistPosition: null },
    });
    await tx.$executeRaw`UPDATE "ProgramSession" SET "seatsTaken" = ${confirmed + 1} WHERE "id" = ${sessionId}`;
    await writeAudit(tx, audit, "participant.seat-taken", {});
    return { ok: true, seat: { status: "CONFIRMED", position: null }, already: false };
  }
  const position = (await tx.seat.count({ where: { sessionId, status: "WAITLISTED" } })) + 1;
  await tx.seat.upsert({
    where: { sessionId_participantId: { sessionId, participantId } },
    create: { sessionId, participantId, status: "WAITLISTED", waitlistPosition: position },
    update: { status: "WAITLISTED", waitlistPosition: position },
  });
  await tx.$executeRaw`UPDATE "ProgramSession" SET "waitlistTail" = ${position} WHERE "id" = ${sessionId}`;
  return { ok: true, seat: { status: "WAITLISTED", position }, already: false };
}

// ── Giving a seat back ───────────────────────────────────────────────────────────────────────────

type LockedSession = { id: string; forumId: string; titleEn: string };

/** Locks the session's row until the transaction ends: the seat changes of the session queue here. */
async function lockSession(tx: Tx, sessionId: string): Promise<LockedSession | null> {
  const [row] = await tx.$queryRaw<LockedSession[]>`
    SELECT "id", "forumId", "titleEn" FROM "ProgramSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  return row ?? null;
}

/**
 * Gives up the participant's seat (the first on the waitlist gets it, in the same transaction, and
 * an e-mail) or their place on the waitlist (those behind move up). Idempotent: with nothing held
 * it changes nothing.
 */
export async function cancelSeat(participantId: string, sessionId: string, options: SeatOptions = {}): Promise<CancelSeatResult> {
  return db.$transaction(async (tx): Promise<CancelSeatResult> => {
    const session = await lockSession(tx, sessionId);
    if (!session) return { ok: false, reason: "NO_SUCH_SESSION" };
    const participant = await tx.participant.findUnique({ where: { id: participantId }, select: { forumId: true, userId: true } });
    if (!participant) return { ok: false, reason: "NOT_REGISTERED" };
    if (participant.forumId !== session.forumId) return { ok: false, reason: "NO_SUCH_SESSION" };
    const actorId = options.actorId === undefined ? participant.userId : options.actorId;
    const { outcome, promoted } = await releaseSeatIn(tx, session, participantId, { actorId, origin: options.origin }, "cancelled");
    return { ok: true, outcome, promoted };
  }, TX_OPTIONS);
}

/**
 * Releases every seat and waitlist place of a participant whose registration is being cancelled or
 * rejected, inside the caller's transaction, promoting the next waitlisted delegate for each freed
 * seat. Call it in the same transaction that changes the registration's status, after that change.
 */
export async function releaseAllSeats(tx: Tx, participantId: string, options: SeatOptions = {}): Promise<{ released: number; promoted: Promotion[] }> {
  // The registration first (a no-op when the caller already updated it), so no take of theirs can
  // still be on its way: takeSeat holds a shared lock on it for its whole transaction.
  const [participant] = await tx.$queryRaw<{ userId: string | null }[]>`
    SELECT "userId" FROM "Participant" WHERE "id" = ${participantId} FOR UPDATE`;
  if (!participant) return { released: 0, promoted: [] };
  const held = await tx.seat.findMany({
    where: { participantId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { sessionId: true },
    // Sessions locked in one order by everyone who locks several: no deadlock between two releases.
    orderBy: { sessionId: "asc" },
  });
  const actorId = options.actorId === undefined ? participant.userId : options.actorId;
  let released = 0;
  const promoted: Promotion[] = [];
  for (const { sessionId } of held) {
    const session = await lockSession(tx, sessionId);
    if (!session) continue;
    const result = await releaseSeatIn(tx, session, participantId, { actorId, origin: options.origin }, "released");
    if (result.outcome !== "NOTHING_HELD") released += 1;
    promoted.push(...result.promoted);
  }
  return { released, promoted };
}

/** The session's row must be locked (lockSession). */
async function releaseSeatIn(
  tx: Tx,
  session: LockedSession,
  participantId: string,
  context: { actorId: string | null; origin?: string | null },
  why: "cancelled" | "released",
): Promise<{ outcome: "CANCELLED" | "LEFT_WAITLIST" | "NOTHING_HELD"; promoted: Promotion[] }> {
  const seat = await tx.seat.findUnique({
    where: { sessionId_participantId: { sessionId: session.id, participantId } },
    select: { id: true, status: true, waitlistPosition: true },
  });
  if (!seat || seat.status === "CANCELLED") return { outcome: "NOTHING_HELD", promoted: [] };
  await tx.seat.update({ where: { id: seat.id }, data: { status: "CANCELLED", waitlistPosition: null }, select: { id: true } });
  const audit = { forumId: session.forumId, actorId: context.actorId, participantId, sessionId: session.id, session: session.titleEn };
  if (seat.status === "WAITLISTED") {
    await leaveQueue(tx, session.id, seat.waitlistPosition);
    await writeAudit(tx, audit, "participant.waitlist-left", { position: seat.waitlistPosition, ...(why === "released" ? { reason: "registration" } : {}) });
    return { outcome: "LEFT_WAITLIST", promoted: [] };
  }
  await tx.$executeRaw`UPDATE "ProgramSession" SET "seatsTaken" = "seatsTaken" - 1 WHERE "id" = ${session.id}`;
  await writeAudit(tx, audit, "participant.seat-cancelled", why === "released" ? { reason: "registration" } : {});
  const promoted = await fillFromWaitlist(tx, session.id, { actorId: context.actorId, origin: context.origin, freedBy: participantId });
  return { outcome: "CANCELLED", promoted };
}

/** Closes the gap a place leaves in the queue, so positions stay 1…n. Session row locked. */
async function leaveQueue(tx: Tx, sessionId: string, position: number | null): Promise<void> {
  if (position !== null) {
    await tx.seat.updateMany({
      where: { sessionId, status: "WAITLISTED", waitlistPosition: { gt: position } },
      data: { waitlistPosition: { decrement: 1 } },
    });
  }
  await tx.$executeRaw`UPDATE "ProgramSession" SET "waitlistTail" = "waitlistTail" - 1 WHERE "id" = ${sessionId}`;
}

/**
 * Moves the head of the waitlist into free seats (of the published capacity), one by one, each with
 * an e-mail through the outbox and an audit entry. The caller holds the session's row (lockSession,
 * or a claim on it). Publishing calls it after raising a capacity or switching booking on.
 */
export async function fillFromWaitlist(
  tx: Tx,
  sessionId: string,
  context: { actorId: string | null; origin?: string | null; freedBy?: string } = { actorId: null },
): Promise<Promotion[]> {
  const promoted: Promotion[] = [];
  let session: SessionForEmail | null = null;
  for (;;) {
    const next = await tx.seat.findFirst({
      where: { sessionId, status: "WAITLISTED" },
      orderBy: [{ waitlistPosition: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, participantId: true, waitlistPosition: true, participant: { select: { email: true, fullName: true } } },
    });
    if (!next) break;
    const claimed = await tx.$queryRaw<{ seatsTaken: number }[]>`
      UPDATE "ProgramSession" SET "seatsTaken" = "seatsTaken" + 1
      WHERE "id" = ${sessionId} AND "publishedSeatBooking" AND "seatsTaken" < "publishedCapacity"
      RETURNING "seatsTaken"`;
    if (claimed.length === 0) break;
    await tx.seat.update({ where: { id: next.id }, data: { status: "CONFIRMED", waitlistPosition: null, promotedAt: new Date() }, select: { id: true } });
    await leaveQueue(tx, sessionId, next.waitlistPosition);
    session ??= await sessionForEmail(tx, sessionId);
    await enqueueEmail(
      tx,
      waitlistPromotedEmail({
        to: next.participant.email,
        fullName: next.participant.fullName,
        forumName: session.forum.nameEn,
        sessionTitle: session.titleEn,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: session.forum.timeZone,
        link: context.origin ? `${context.origin.replace(/\/+$/, "")}/program/${encodeURIComponent(session.slug)}` : null,
      }),
    );
    await writeAudit(
      tx,
      { forumId: session.forumId, actorId: context.actorId, participantId: next.participantId, sessionId, session: session.titleEn },
      "participant.seat-promoted",
      { fromPosition: next.waitlistPosition, ...(context.freedBy ? { freedBy: context.freedBy } : {}) },
    );
    promoted.push({ participantId: next.participantId, sessionId });
  }
  return promoted;
}

type SessionForEmail = { forumId: string; slug: string; titleEn: string; startsAt: Date; endsAt: Date; forum: { nameEn: string; timeZone: string } };

/**
 * The session as its forum's latest release has it (title, time, address): the e-mail names what
 * the delegate can read on the site, never a draft. The working copy only when no release has it.
 */
async function sessionForEmail(tx: Tx, sessionId: string): Promise<SessionForEmail> {
  const row = await tx.programSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { forumId: true, slug: true, titleEn: true, startsAt: true, endsAt: true, forum: { select: { nameEn: true, timeZone: true } } },
  });
  const [published] = await tx.$queryRaw<{ session: { slug: string; titleEn: string; startsAt: string; endsAt: string }; nameEn: string; timeZone: string }[]>`
    SELECT e AS "session", r."snapshot"->'forum'->>'nameEn' AS "nameEn", r."snapshot"->'forum'->>'timeZone' AS "timeZone"
    FROM (SELECT "snapshot" FROM "ProgramRelease" WHERE "forumId" = ${row.forumId} ORDER BY "version" DESC LIMIT 1) AS r,
      jsonb_array_elements(CAST(r."snapshot" AS JSONB)->'sessions') AS e
    WHERE e->>'id' = ${sessionId}`;
  if (!published) return row;
  const s = published.session;
  return {
    forumId: row.forumId,
    slug: s.slug,
    titleEn: s.titleEn,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    forum: { nameEn: published.nameEn, timeZone: published.timeZone },
  };
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

/** A session's seats as a delegate sees them, with theirs when a participant is given. Null: no such session (in that forum, when given). */
export async function seatStateFor(participantId: string | null, sessionId: string, forumId?: string): Promise<SeatState | null> {
  const session = await db.programSession.findFirst({
    where: { id: sessionId, ...(forumId ? { forumId } : {}) },
    select: { publishedSeatBooking: true, publishedCapacity: true, seatsTaken: true, waitlistTail: true },
  });
  if (!session) return null;
  const mine = participantId ? await heldSeat(db, participantId, sessionId) : null;
  const capacity = session.publishedCapacity;
  return {
    seatBooking: session.publishedSeatBooking && capacity !== null,
    capacity,
    seatsTaken: session.seatsTaken,
    seatsLeft: capacity === null ? 0 : Math.max(0, capacity - session.seatsTaken),
    waitlistLength: session.waitlistTail,
    mine,
  };
}

// ── Audit ────────────────────────────────────────────────────────────────────────────────────────

type AuditContext = { forumId: string; actorId: string | null; participantId: string; sessionId: string; session: string };

// Only shapes the seat's context; the entry itself goes through the one audit writer.
async function writeAudit(tx: Tx, c: AuditContext, action: string, data: Record<string, string | number | null>): Promise<void> {
  await recordAudit(tx, { forumId: c.forumId, actorId: c.actorId, action, entity: { type: "Participant", id: c.participantId }, data: { sessionId: c.sessionId, session: c.session, ...data } });
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────

/** A unique index refused a write: Prisma's own (P2002), or a raw statement's (P2010, SQLSTATE 23505). */
function isUniqueViolationOfAnyKind(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const meta = error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  return meta?.driverAdapterError?.cause?.originalCode === "23505";
}

let idCounter = randomBytes(2).readUInt16BE();

/** An id shaped like the cuids Prisma makes (rows inserted by raw SQL get theirs here): c + time + counter + random. */
function newId(): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${Date.now().toString(36).padStart(8, "0")}${idCounter.toString(36).padStart(4, "0")}${random}`;
}
