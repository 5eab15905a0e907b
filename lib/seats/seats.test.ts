import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, setDb } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createForum, createParticipant, createProgramSession } from "@/prisma/factories";
import { dbKind, testDatabaseUrl, testDb } from "@/test/db";
import { cancelSeat, fillFromWaitlist, releaseAllSeats, seatStateFor, setSeatGuardForTests, takeSeat, type TakeSeatResult } from "./seats";

// On PostgreSQL the requests below really run in parallel: each transaction gets its own
// connection from a pool big enough for all of them at once (the test cluster allows 300).
const POOL = 120;
let original: PrismaClient | null = null;
let wide: PrismaClient | null = null;

beforeAll(() => {
  const url = testDatabaseUrl();
  if (dbKind !== "postgres" || !url) return;
  original = getDb();
  wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: POOL }) });
  setDb(wide);
});

afterAll(async () => {
  if (original) setDb(original);
  await wide?.$disconnect();
});

afterEach(() => setSeatGuardForTests(true));

async function bookableSession(capacity: number, overrides: { forumId?: string } = {}) {
  const forumId = overrides.forumId ?? (await createForum(testDb(), { nameEn: "SCO Digital Economy Forum" })).id;
  const session = await createProgramSession(testDb(), { forumId, seatBooking: true, capacity, titleEn: "Workshop: industrial data products", slug: `workshop-${capacity}-${Math.random().toString(36).slice(2, 8)}` });
  return { forumId, session };
}

async function approvedDelegates(forumId: string, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await createParticipant(testDb(), { forumId, status: "APPROVED" }));
  return out;
}

async function seatsOf(sessionId: string) {
  const [session, confirmed, waitlisted] = await Promise.all([
    testDb().programSession.findUniqueOrThrow({ where: { id: sessionId }, select: { seatsTaken: true, waitlistTail: true, capacity: true } }),
    testDb().seat.findMany({ where: { sessionId, status: "CONFIRMED" }, select: { participantId: true } }),
    testDb().seat.findMany({ where: { sessionId, status: "WAITLISTED" }, select: { participantId: true, waitlistPosition: true }, orderBy: { waitlistPosition: "asc" } }),
  ]);
  return { ...session, confirmed, waitlisted, positions: waitlisted.map((w) => w.waitlistPosition) };
}

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Every settled promise's value; fails the test with the first error if any request threw. */
function values<T>(settled: PromiseSettledResult<T>[]): T[] {
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  expect(failed.map((f) => String(f.reason))).toEqual([]);
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

describe("takeSeat under a burst", () => {
  it("confirms exactly 20 of 200 parallel requests for a 20-seat session and waitlists the rest at positions 1…180", async () => {
    const { forumId, session } = await bookableSession(20);
    const delegates = await approvedDelegates(forumId, 200);

    const results = values(await Promise.allSettled(delegates.map((d) => takeSeat(d.id, session.id))));

    expect(results.every((r) => r.ok)).toBe(true);
    const ok = results.filter((r): r is Extract<TakeSeatResult, { ok: true }> => r.ok);
    expect(ok.filter((r) => r.seat.status === "CONFIRMED")).toHaveLength(20);
    expect(ok.filter((r) => r.already)).toHaveLength(0);
    const handedOut = ok.flatMap((r) => (r.seat.status === "WAITLISTED" ? [r.seat.position] : [])).sort((a, b) => a - b);
    expect(handedOut).toEqual(oneTo(180));

    const after = await seatsOf(session.id);
    expect(after.seatsTaken).toBe(20);
    expect(after.confirmed).toHaveLength(20);
    expect(after.waitlistTail).toBe(180);
    expect(after.positions).toEqual(oneTo(180));
    expect(new Set([...after.confirmed, ...after.waitlisted].map((s) => s.participantId)).size).toBe(200);
    expect(await testDb().seat.count({ where: { sessionId: session.id } })).toBe(200);
    expect(await testDb().auditEntry.count({ where: { action: "participant.seat-taken", data: { path: ["sessionId"], equals: session.id } } })).toBe(20);
    expect(await testDb().auditEntry.count({ where: { action: "participant.seat-waitlisted", data: { path: ["sessionId"], equals: session.id } } })).toBe(180);
  }, 120_000);

  it.skipIf(dbKind === "pglite")("overbooks when the guard is switched off (control: count-then-insert on PostgreSQL)", async () => {
    const { forumId, session } = await bookableSession(20);
    const delegates = await approvedDelegates(forumId, 200);
    setSeatGuardForTests(false);

    values(await Promise.allSettled(delegates.map((d) => takeSeat(d.id, session.id))));

    const confirmed = await testDb().seat.count({ where: { sessionId: session.id, status: "CONFIRMED" } });
    expect(confirmed).toBeGreaterThan(20);
  }, 120_000);

  it("takes one seat for a double click or a replayed request", async () => {
    const { forumId, session } = await bookableSession(5);
    const [delegate] = await approvedDelegates(forumId, 1);

    const clicks = values(await Promise.allSettled(oneTo(5).map(() => takeSeat(delegate!.id, session.id))));
    expect(clicks.every((r) => r.ok && r.seat.status === "CONFIRMED")).toBe(true);
    expect(clicks.filter((r) => r.ok && !r.already)).toHaveLength(1);
    expect(await takeSeat(delegate!.id, session.id)).toEqual({ ok: true, seat: { status: "CONFIRMED", position: null }, already: true });

    const after = await seatsOf(session.id);
    expect(after.seatsTaken).toBe(1);
    expect(after.confirmed).toHaveLength(1);
    expect(await testDb().auditEntry.count({ where: { entityId: delegate!.id, action: "participant.seat-taken" } })).toBe(1);
  });

  it("keeps one waitlist place for a double click on a full session", async () => {
    const { forumId, session } = await bookableSession(1);
    const [first, second] = await approvedDelegates(forumId, 2);
    await takeSeat(first!.id, session.id);

    const clicks = values(await Promise.allSettled(oneTo(4).map(() => takeSeat(second!.id, session.id))));
    expect(clicks.every((r) => r.ok && r.seat.status === "WAITLISTED" && r.seat.position === 1)).toBe(true);
    const after = await seatsOf(session.id);
    expect(after).toMatchObject({ seatsTaken: 1, waitlistTail: 1, positions: [1] });
  });
});

describe("cancelSeat", () => {
  it("gives the freed seat to the first on the waitlist, with an e-mail in the outbox, and moves the queue up", async () => {
    const { forumId, session } = await bookableSession(2);
    const [a, b, c, d] = await approvedDelegates(forumId, 4);
    for (const p of [a!, b!, c!, d!]) await takeSeat(p.id, session.id);
    expect((await seatsOf(session.id)).positions).toEqual([1, 2]);

    const result = await cancelSeat(a!.id, session.id, { origin: "https://concord.example.org/" });
    expect(result).toEqual({ ok: true, outcome: "CANCELLED", promoted: [{ participantId: c!.id, sessionId: session.id }] });

    const after = await seatsOf(session.id);
    expect(after.seatsTaken).toBe(2);
    expect(after.confirmed.map((s) => s.participantId).sort()).toEqual([b!.id, c!.id].sort());
    expect(after.waitlisted).toEqual([{ participantId: d!.id, waitlistPosition: 1 }]);
    expect(after.waitlistTail).toBe(1);
    const promoted = await testDb().seat.findUniqueOrThrow({ where: { sessionId_participantId: { sessionId: session.id, participantId: c!.id } } });
    expect(promoted.promotedAt).toBeInstanceOf(Date);
    expect(await testDb().seat.findUniqueOrThrow({ where: { sessionId_participantId: { sessionId: session.id, participantId: a!.id } } })).toMatchObject({ status: "CANCELLED" });

    const mail = await testDb().outboxMessage.findMany({ where: { toEmail: c!.email }, select: { template: true, subject: true, text: true } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: "waitlist-promoted", subject: "You have a seat: Workshop: industrial data products" });
    expect(mail[0]!.text).toContain(`https://concord.example.org/program/${session.slug}`);
    expect(mail[0]!.text).toContain("Asia/Shanghai");
    expect(await testDb().outboxMessage.count({ where: { toEmail: { in: [a!.email, b!.email, d!.email] } } })).toBe(0);

    const audit = await testDb().auditEntry.findMany({ where: { entityType: "Participant", entityId: { in: [a!.id, c!.id] }, action: { in: ["participant.seat-cancelled", "participant.seat-promoted"] } }, select: { action: true, entityId: true, data: true } });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "participant.seat-cancelled", entityId: a!.id, data: { sessionId: session.id, session: session.titleEn } },
        { action: "participant.seat-promoted", entityId: c!.id, data: { sessionId: session.id, session: session.titleEn, fromPosition: 1, freedBy: a!.id } },
      ]),
    );
  });

  it("frees the seat when nobody waits, and changes nothing when nothing is held", async () => {
    const { forumId, session } = await bookableSession(3);
    const [a, b] = await approvedDelegates(forumId, 2);
    await takeSeat(a!.id, session.id);
    expect(await cancelSeat(a!.id, session.id)).toEqual({ ok: true, outcome: "CANCELLED", promoted: [] });
    expect(await cancelSeat(a!.id, session.id)).toEqual({ ok: true, outcome: "NOTHING_HELD", promoted: [] });
    expect(await cancelSeat(b!.id, session.id)).toEqual({ ok: true, outcome: "NOTHING_HELD", promoted: [] });
    expect(await seatsOf(session.id)).toMatchObject({ seatsTaken: 0, waitlistTail: 0, confirmed: [] });
    expect(await testDb().outboxMessage.count({ where: { template: "waitlist-promoted", toEmail: { in: [a!.email, b!.email] } } })).toBe(0);
  });

  it("takes a delegate off the waitlist and closes the gap behind them", async () => {
    const { forumId, session } = await bookableSession(1);
    const [a, b, c, d] = await approvedDelegates(forumId, 4);
    for (const p of [a!, b!, c!, d!]) await takeSeat(p.id, session.id);

    expect(await cancelSeat(c!.id, session.id)).toEqual({ ok: true, outcome: "LEFT_WAITLIST", promoted: [] });
    const after = await seatsOf(session.id);
    expect(after.waitlisted).toEqual([
      { participantId: b!.id, waitlistPosition: 1 },
      { participantId: d!.id, waitlistPosition: 2 },
    ]);
    expect(after).toMatchObject({ seatsTaken: 1, waitlistTail: 2 });
    expect(await seatStateFor(d!.id, session.id)).toMatchObject({ mine: { status: "WAITLISTED", position: 2 } });

    // Coming back after leaving: at the back of the queue, on the same row.
    expect(await takeSeat(c!.id, session.id)).toEqual({ ok: true, seat: { status: "WAITLISTED", position: 3 }, already: false });
    expect(await testDb().seat.count({ where: { sessionId: session.id, participantId: c!.id } })).toBe(1);
  });

  it("keeps seatsTaken equal to the confirmed seats, within capacity, while cancellations and takes run in parallel", async () => {
    const { forumId, session } = await bookableSession(10);
    const delegates = await approvedDelegates(forumId, 40);
    const [early, late] = [delegates.slice(0, 25), delegates.slice(25)];
    values(await Promise.allSettled(early.map((d) => takeSeat(d.id, session.id))));
    const before = await seatsOf(session.id);
    expect(before).toMatchObject({ seatsTaken: 10, waitlistTail: 15 });

    // Every confirmed seat given back, three waitlisted leave, fifteen newcomers ask: all at once.
    const leaving = before.waitlisted.slice(4, 7).map((w) => w.participantId);
    const work = [
      ...before.confirmed.map((s) => cancelSeat(s.participantId, session.id)),
      ...leaving.map((id) => cancelSeat(id, session.id)),
      ...late.map((d) => takeSeat(d.id, session.id)),
    ];
    values(await Promise.allSettled(work));

    const after = await seatsOf(session.id);
    expect(after.seatsTaken).toBe(after.confirmed.length);
    expect(after.seatsTaken).toBe(10);
    // 25 + 15 asked; 10 gave their seat back and 3 left the queue: 27 still hold something.
    expect(after.confirmed.length + after.waitlisted.length).toBe(27);
    expect(after.positions).toEqual(oneTo(after.waitlisted.length));
    expect(after.waitlistTail).toBe(after.waitlisted.length);
    // The queue moved in order: the ten who waited longest (and did not leave) got the seats.
    const stayed = before.waitlisted.map((w) => w.participantId).filter((id) => !leaving.includes(id));
    expect(after.confirmed.map((s) => s.participantId).sort()).toEqual(stayed.slice(0, 10).sort());
    // Each of them got their e-mail (a leaver promoted before their own cancellation ran got one too).
    for (const seat of after.confirmed) {
      const email = delegates.find((d) => d.id === seat.participantId)!.email;
      expect(await testDb().outboxMessage.count({ where: { template: "waitlist-promoted", toEmail: email } })).toBe(1);
    }
  }, 120_000);
});

describe("refusals", () => {
  it("refuses a participant who is not approved, with a reason rather than an error", async () => {
    const { forumId, session } = await bookableSession(5);
    for (const status of ["PENDING", "REJECTED", "CANCELLED"] as const) {
      const p = await createParticipant(testDb(), { forumId, status });
      expect(await takeSeat(p.id, session.id)).toEqual({ ok: false, reason: "NOT_APPROVED" });
    }
    expect(await seatsOf(session.id)).toMatchObject({ seatsTaken: 0, waitlistTail: 0, confirmed: [], waitlisted: [] });
  });

  it("refuses sessions without seat booking, without a capacity, of another forum, and unknown ones", async () => {
    const { forumId } = await bookableSession(5);
    const [p] = await approvedDelegates(forumId, 1);
    const open = await createProgramSession(testDb(), { forumId, seatBooking: false, capacity: 100 });
    const noCapacity = await createProgramSession(testDb(), { forumId, seatBooking: true, capacity: null });
    const elsewhere = await createProgramSession(testDb(), { seatBooking: true, capacity: 10 });
    expect(await takeSeat(p!.id, open.id)).toEqual({ ok: false, reason: "NO_BOOKING" });
    expect(await takeSeat(p!.id, noCapacity.id)).toEqual({ ok: false, reason: "NO_BOOKING" });
    expect(await takeSeat(p!.id, elsewhere.id)).toEqual({ ok: false, reason: "NO_SUCH_SESSION" });
    expect(await takeSeat(p!.id, "nosuchsession")).toEqual({ ok: false, reason: "NO_SUCH_SESSION" });
    expect(await takeSeat("nosuchparticipant", open.id)).toEqual({ ok: false, reason: "NOT_REGISTERED" });
    expect(await cancelSeat(p!.id, elsewhere.id)).toEqual({ ok: false, reason: "NO_SUCH_SESSION" });
    expect(await testDb().seat.count({ where: { participantId: p!.id } })).toBe(0);
  });

  it("allows switching the guard off only inside the test suite", () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      expect(() => setSeatGuardForTests(false)).toThrow(/only be switched off inside the test suite/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("the waitlist when seats appear", () => {
  it("serves the waitlist before a newcomer when the capacity was raised", async () => {
    const { forumId, session } = await bookableSession(1);
    const [a, b, c] = await approvedDelegates(forumId, 3);
    await takeSeat(a!.id, session.id);
    await takeSeat(b!.id, session.id);
    // Two seats more are in effect, and nothing has moved the queue up yet.
    await testDb().programSession.update({ where: { id: session.id }, data: { publishedCapacity: 3 } });

    expect(await takeSeat(c!.id, session.id)).toEqual({ ok: true, seat: { status: "CONFIRMED", position: null }, already: false });
    const after = await seatsOf(session.id);
    expect(after).toMatchObject({ seatsTaken: 3, waitlistTail: 0, positions: [] });
    expect(await testDb().seat.findUniqueOrThrow({ where: { sessionId_participantId: { sessionId: session.id, participantId: b!.id } } })).toMatchObject({ status: "CONFIRMED" });
    expect(await testDb().outboxMessage.count({ where: { toEmail: { in: [b!.email, c!.email] }, template: "waitlist-promoted" } })).toBe(2);
  });

  it("moves the queue up into seats a published capacity adds (fillFromWaitlist in the publishing transaction)", async () => {
    const { forumId, session } = await bookableSession(1);
    const [a, b, c, d] = await approvedDelegates(forumId, 4);
    for (const p of [a!, b!, c!, d!]) await takeSeat(p.id, session.id);
    // The working copy's capacity alone moves nobody up: seats follow the published one.
    await testDb().programSession.update({ where: { id: session.id }, data: { capacity: 3 } });
    expect(await testDb().$transaction((tx) => fillFromWaitlist(tx, session.id, { actorId: null }))).toEqual([]);
    const promoted = await testDb().$transaction(async (tx) => {
      await tx.programSession.update({ where: { id: session.id }, data: { publishedCapacity: 3 } });
      return fillFromWaitlist(tx, session.id, { actorId: null });
    });
    expect(promoted.map((p) => p.participantId)).toEqual([b!.id, c!.id]);
    expect(await seatsOf(session.id)).toMatchObject({ seatsTaken: 3, waitlistTail: 1, waitlisted: [{ participantId: d!.id, waitlistPosition: 1 }] });
  });
});

describe("releaseAllSeats", () => {
  it("releases every seat and place of a rejected registration in the caller's transaction, promoting the next in line", async () => {
    const { forumId, session: full } = await bookableSession(1);
    const { session: other } = await bookableSession(1, { forumId });
    const [leaver, waiting, first] = await approvedDelegates(forumId, 3);
    await takeSeat(leaver!.id, full.id);
    await takeSeat(waiting!.id, full.id);
    await takeSeat(first!.id, other.id);
    await takeSeat(leaver!.id, other.id); // waitlisted, position 1
    await takeSeat(waiting!.id, other.id); // waitlisted, position 2

    const result = await testDb().$transaction(async (tx) => {
      await tx.participant.update({ where: { id: leaver!.id }, data: { status: "REJECTED", decidedAt: new Date() } });
      return releaseAllSeats(tx, leaver!.id, { actorId: null });
    });
    expect(result).toEqual({ released: 2, promoted: [{ participantId: waiting!.id, sessionId: full.id }] });
    expect(await seatsOf(full.id)).toMatchObject({ seatsTaken: 1, waitlistTail: 0, confirmed: [{ participantId: waiting!.id }] });
    // Promoted in one session, still waiting in the other, now first in line there.
    expect(await seatsOf(other.id)).toMatchObject({ seatsTaken: 1, waitlistTail: 1, waitlisted: [{ participantId: waiting!.id, waitlistPosition: 1 }] });
    expect(await takeSeat(leaver!.id, full.id)).toEqual({ ok: false, reason: "NOT_APPROVED" });
  });

  it("never leaves a seat to a participant rejected while their request was on its way", async () => {
    const { forumId, session } = await bookableSession(50);
    const delegates = await approvedDelegates(forumId, 30);
    const rejected = delegates.slice(0, 10);
    const work = [
      ...delegates.map((d) => takeSeat(d.id, session.id)),
      ...rejected.map((d) =>
        testDb().$transaction(async (tx) => {
          await tx.participant.update({ where: { id: d.id }, data: { status: "REJECTED" } });
          await releaseAllSeats(tx, d.id, { actorId: null });
        }),
      ),
    ];
    values(await Promise.allSettled(work));
    const live = await testDb().seat.count({ where: { sessionId: session.id, participantId: { in: rejected.map((d) => d.id) }, status: { not: "CANCELLED" } } });
    expect(live).toBe(0);
    const after = await seatsOf(session.id);
    expect(after.seatsTaken).toBe(after.confirmed.length);
    expect(after.confirmed).toHaveLength(20);
  }, 60_000);
});

describe("seatStateFor", () => {
  it("shows seats left, and the delegate's own seat or place", async () => {
    const { forumId, session } = await bookableSession(2);
    const [a, b, c] = await approvedDelegates(forumId, 3);
    expect(await seatStateFor(null, session.id)).toEqual({ seatBooking: true, capacity: 2, seatsTaken: 0, seatsLeft: 2, waitlistLength: 0, mine: null });
    await takeSeat(a!.id, session.id);
    await takeSeat(b!.id, session.id);
    await takeSeat(c!.id, session.id);
    expect(await seatStateFor(a!.id, session.id)).toEqual({ seatBooking: true, capacity: 2, seatsTaken: 2, seatsLeft: 0, waitlistLength: 1, mine: { status: "CONFIRMED", position: null } });
    expect(await seatStateFor(c!.id, session.id)).toMatchObject({ seatsLeft: 0, mine: { status: "WAITLISTED", position: 1 } });
    expect(await seatStateFor(null, "nosuchsession")).toBeNull();
  });
});
