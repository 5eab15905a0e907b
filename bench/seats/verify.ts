// Checks the seat benchmark's outcome in the database, after the server has stopped:
//   DATABASE_URL=… tsx bench/seats/verify.ts <prepared.json>
// Prints KEY=value lines for bench/seats.sh and exits 1 when the seats are not exactly right:
// `capacity` confirmed, everyone else waitlisted at positions 1…n, the counters equal to the rows,
// one row per delegate.
import fs from "node:fs";
import { closeDb, getDb } from "@/lib/db/client";
import type { Prepared } from "./prepare";

async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) {
    console.error("Usage: tsx bench/seats/verify.ts <prepared.json>");
    return 2;
  }
  const prepared = JSON.parse(fs.readFileSync(file, "utf8")) as Prepared;
  const db = getDb();
  try {
    const sessionId = prepared.sessionId;
    const [session, seats] = await Promise.all([
      db.programSession.findUniqueOrThrow({ where: { id: sessionId }, select: { seatsTaken: true, waitlistTail: true, capacity: true } }),
      db.seat.findMany({ where: { sessionId }, select: { participantId: true, status: true, waitlistPosition: true } }),
    ]);
    const confirmed = seats.filter((s) => s.status === "CONFIRMED").length;
    const waitlisted = seats.filter((s) => s.status === "WAITLISTED");
    const positions = waitlisted.map((s) => s.waitlistPosition ?? 0).sort((a, b) => a - b);
    const contiguous = positions.every((p, i) => p === i + 1);
    const distinct = new Set(seats.map((s) => s.participantId)).size;
    const expectedWaitlisted = prepared.delegates.length - prepared.capacity;
    const problems: string[] = [];
    if (confirmed !== prepared.capacity) problems.push(`${confirmed} confirmed, expected ${prepared.capacity}`);
    if (waitlisted.length !== expectedWaitlisted) problems.push(`${waitlisted.length} waitlisted, expected ${expectedWaitlisted}`);
    if (!contiguous) problems.push(`waitlist positions are not 1…${waitlisted.length} (first gap after ${positions.findIndex((p, i) => p !== i + 1)})`);
    if (session.seatsTaken !== confirmed) problems.push(`seatsTaken ${session.seatsTaken} ≠ ${confirmed} confirmed rows`);
    if (session.waitlistTail !== waitlisted.length) problems.push(`waitlistTail ${session.waitlistTail} ≠ ${waitlisted.length} waitlisted rows`);
    if (distinct !== seats.length) problems.push(`${seats.length - distinct} duplicate seat rows`);
    if (seats.length !== prepared.delegates.length) problems.push(`${seats.length} seat rows for ${prepared.delegates.length} delegates`);
    console.log(`DB_CONFIRMED=${confirmed}`);
    console.log(`DB_WAITLISTED=${waitlisted.length}`);
    console.log(`DB_CONTIGUOUS=${contiguous ? "yes" : "no"}`);
    console.log(`DB_SEATS_TAKEN=${session.seatsTaken}`);
    console.log(`DB_WAITLIST_TAIL=${session.waitlistTail}`);
    console.log(`DB_ROWS=${seats.length}`);
    console.log(`DB_OK=${problems.length ? "no" : "yes"}`);
    console.log(`DB_PROBLEMS=${problems.join("; ") || "none"}`);
    return problems.length ? 1 : 0;
  } finally {
    await closeDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
