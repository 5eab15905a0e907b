// Seeds the seat benchmark's database and mints a session cookie per delegate:
//   DATABASE_URL=… NEXTAUTH_SECRET=… tsx bench/seats/prepare.ts <out.json> [--delegates 500] [--seats 50]
// The database must be migrated (tsx scripts/db.ts deploy) and must not be open in another process
// (PGlite). It gets one forum, a session with seat booking (the measured one), a large one for the
// warm-up, and N approved delegates, each with a user account. The cookies are NextAuth JWTs made the way lib/auth/options.ts makes them (claims
// uid and av, encrypted with NEXTAUTH_SECRET), so `next start` with the same secret takes them as
// signed-in users without going through the sign-in form (which is throttled, and slow on purpose).
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { closeDb, getDb } from "@/lib/db/client";
import { describeDbTarget, resolveDbTarget } from "@/lib/db/target";
import { hashPassword } from "@/lib/auth/password";
import { newBadgeCode, newCalendarKey } from "@/lib/participants/codes";
import { participantSearchText } from "@/lib/participants/search-text";
import { buildProgramSnapshot, initialChangelog, snapshotToJson } from "@/lib/program/snapshot";
import { createForum, createProgramSession, publishSeatSettingsAsIs } from "@/prisma/factories";

export const BENCH_FORUM_SLUG = "bench-seats";
/** The cookie NextAuth reads over plain http (https uses the __Secure- prefixed name). */
const COOKIE_NAME = "next-auth.session-token";
/** As lib/auth/options.ts: session.maxAge. */
const MAX_AGE = 12 * 60 * 60;

export type Prepared = {
  database: string;
  forumSlug: string;
  sessionId: string;
  capacity: number;
  /** A session as large as the crowd, for the warm-up. */
  warmUpSessionId: string;
  delegates: { participantId: string; userId: string; cookie: string }[];
};

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 10_000) throw new Error(`${name} must be an integer in [1, 10000]`);
  return value;
}

async function main(args: string[]): Promise<number> {
  const out = args[0];
  if (!out || out.startsWith("--")) {
    console.error("Usage: tsx bench/seats/prepare.ts <out.json> [--delegates 500] [--seats 50]");
    return 2;
  }
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) {
    console.error("NEXTAUTH_SECRET must be set (at least 32 characters), the same as the server's.");
    return 2;
  }
  const count = option(args, "--delegates", 500);
  const capacity = option(args, "--seats", 50);
  const db = getDb();
  const database = describeDbTarget(resolveDbTarget());
  try {
    if ((await db.forum.count({ where: { slug: BENCH_FORUM_SLUG } })) > 0) {
      console.error(`${database} already holds the benchmark forum: start from a fresh database.`);
      return 1;
    }
    const forum = await createForum(db, {
      slug: BENCH_FORUM_SLUG,
      acronym: "bench-seats",
      nameEn: "Seat benchmark forum",
      startDate: new Date("2025-07-10"),
      endDate: new Date("2025-07-11"),
    });
    const session = await createProgramSession(db, {
      forumId: forum.id,
      slug: "bench-workshop",
      titleEn: "Benchmark workshop",
      seatBooking: true,
      capacity,
    });
    // The driver warms the server up on this one (take, then cancel), so the measured burst on the
    // session above meets compiled routes and a connected database, as in production.
    const warmUp = await createProgramSession(db, {
      forumId: forum.id,
      slug: "bench-warm-up",
      titleEn: "Benchmark warm-up",
      seatBooking: true,
      capacity: count,
    });
    // Nobody signs in with it: one (slow, argon2) hash for all.
    const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
    const run = randomBytes(3).toString("hex");
    const people = Array.from({ length: count }, (_, i) => ({
      email: `delegate-${String(i + 1).padStart(4, "0")}-${run}@bench.concord.test`,
      name: `Bench Delegate ${i + 1}`,
    }));
    const users = await db.user.createManyAndReturn({
      data: people.map((p) => ({ ...p, passwordHash, role: "DELEGATE" as const })),
      select: { id: true, email: true, name: true, authVersion: true },
    });
    // Seats are taken in the published program only: publish it as release 1 (as the seed does).
    const snapshot = await buildProgramSnapshot(db, forum.id);
    await db.programRelease.create({
      data: { forumId: forum.id, version: 1, comment: "Benchmark program", changelog: initialChangelog(snapshot), snapshot: snapshotToJson(snapshot), publishedById: users[0]?.id ?? null },
    });
    await publishSeatSettingsAsIs(db, forum.id);
    const rows = users.map((u) => {
      const data = {
        forumId: forum.id,
        userId: u.id,
        fullName: u.name,
        email: u.email,
        category: "BUSINESS" as const,
        status: "APPROVED" as const,
        organizationName: "Benchmark Co., Ltd.",
        countryCode: "CN",
        badgeCode: newBadgeCode(),
        calendarKey: newCalendarKey(),
        consentDataAt: new Date(),
        decidedAt: new Date(),
      };
      return { ...data, searchText: participantSearchText(data) };
    });
    const participants = await db.participant.createManyAndReturn({ data: rows, select: { id: true, userId: true } });
    const participantOf = new Map(participants.map((p) => [p.userId, p.id]));

    const delegates = await Promise.all(
      users.map(async (u) => {
        const token = await encode({ token: { name: u.name, email: u.email, sub: u.id, uid: u.id, av: u.authVersion, role: "DELEGATE" }, secret, maxAge: MAX_AGE });
        return { participantId: participantOf.get(u.id) ?? "", userId: u.id, cookie: `${COOKIE_NAME}=${token}` };
      }),
    );
    const prepared: Prepared = { database, forumSlug: forum.slug, sessionId: session.id, capacity, warmUpSessionId: warmUp.id, delegates };
    fs.writeFileSync(out, JSON.stringify(prepared));
    console.log(`Seeded ${database}: forum ${forum.slug}, session ${session.id} (${capacity} seats), ${delegates.length} approved delegates with session cookies → ${out}`);
    return 0;
  } finally {
    await closeDb();
  }
}

// PGlite keeps Node alive: exit explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
