// The participant list at 100,000 participants: seeds a fresh database, then times the domain
// functions the organizer's list page calls (lib/participants/queries.ts), directly, no HTTP.
//
//   tsx --conditions=react-server bench/participants/run.ts --target pglite --dir /tmp/x [--rows 100000] [--iterations 200]
//   tsx --conditions=react-server bench/participants/run.ts --target postgres --url postgresql://… (an empty database)
//
// Prints one line per scenario (p50/p99/max in ms) and a summary; --explain prints EXPLAIN ANALYZE
// of the SQL behind the slowest scenarios. Started by bench/participants.sh.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { setDb } from "@/lib/db/client";
import { migrationScripts } from "@/lib/db/migrate";
import { ConcordPGlite, openPGlite } from "@/lib/db/pglite";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ParticipantCategory, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { encodeCursor, listParticipants, SEARCH_COLLECT_MAX } from "@/lib/participants/queries";
import type { ParticipantListQuery } from "@/lib/participants/schemas";
import { participantSearchPattern, participantSearchText } from "@/lib/participants/search-text";
import { inventName } from "@/prisma/seed/names";
import { Rng } from "@/prisma/seed/random";

const { values: args } = parseArgs({
  options: {
    target: { type: "string", default: "pglite" },
    dir: { type: "string" },
    url: { type: "string" },
    /** A PostgreSQL server where this script may create (and afterwards drop) its own database. */
    "server-url": { type: "string" },
    rows: { type: "string", default: "100000" },
    iterations: { type: "string", default: "200" },
    explain: { type: "boolean", default: false },
    /** VACUUM after seeding on PGlite too (it runs no autovacuum): measures what a periodic VACUUM would give. */
    vacuum: { type: "boolean", default: false },
    /** Use an already seeded PGlite folder or database from an earlier run (exploration only). */
    reuse: { type: "boolean", default: false },
  },
});
const ROWS = Number(args.rows);
const ITERATIONS = Number(args.iterations);
if (!Number.isInteger(ROWS) || ROWS < 1000 || ROWS > 1_000_000) throw new Error("--rows must be an integer in [1000, 1000000]");
if (!Number.isInteger(ITERATIONS) || ITERATIONS < 10 || ITERATIONS > 5000) throw new Error("--iterations must be an integer in [10, 5000]");

const log = (line: string) => process.stdout.write(`${line}\n`);

// ── Database ───────────────────────────────────────────────────────────────────────────────────
async function open(): Promise<{ client: PrismaClient; close: () => Promise<void>; label: string }> {
  if (args.target === "pglite") {
    if (!args.dir) throw new Error("--dir is required for pglite");
    const used = fs.existsSync(args.dir) && fs.readdirSync(args.dir).length > 0;
    if (used && !args.reuse) throw new Error(`${args.dir} is not empty: the benchmark wants a fresh folder`);
    fs.mkdirSync(path.dirname(args.dir), { recursive: true });
    const pglite = openPGlite(args.dir);
    if (!used) for (const sql of migrationScripts()) await pglite.exec(sql);
    const version = (await pglite.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "";
    return { client: new PrismaClient({ adapter: new ConcordPGlite(pglite) }), close: () => pglite.close(), label: `PGlite (${version.split(" ").slice(0, 2).join(" ")}) in ${args.dir}` };
  }
  if (args.target === "postgres") {
    let url = args.url;
    let drop = async () => {};
    if (!url && args["server-url"]) {
      const name = `concord_bench_${randomBytes(4).toString("hex")}`;
      const server = new pg.Client({ connectionString: args["server-url"] });
      await server.connect();
      await server.query(`CREATE DATABASE ${name}`);
      await server.end();
      const u = new URL(args["server-url"]);
      u.pathname = `/${name}`;
      url = u.toString();
      drop = async () => {
        const again = new pg.Client({ connectionString: args["server-url"] });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      };
    }
    if (!url) throw new Error("--url or --server-url is required for postgres");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const used = (await admin.query(`SELECT to_regclass('"Participant"') AS t`)).rows[0]?.t;
    if (used && !args.reuse) throw new Error("The database is not empty: the benchmark wants a fresh one");
    if (!used) for (const sql of migrationScripts()) await admin.query(sql);
    const version = (await admin.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "";
    await admin.end();
    return { client: new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) }), close: drop, label: version.split(" ").slice(0, 2).join(" ") + " server" };
  }
  throw new Error(`Unknown --target ${args.target}`);
}

// ── Seed ───────────────────────────────────────────────────────────────────────────────────────
/** Countries in the demo forum's proportions (lib: prisma/seed/participants.ts). */
const COUNTRIES: [string, number][] = [
  ["CN", 965], ["RU", 90], ["KZ", 80], ["UZ", 70], ["PK", 55], ["IN", 50], ["KG", 45], ["TJ", 40], ["IR", 40], ["BY", 40], ["MN", 15], ["AF", 5],
  ["TR", 12], ["AZ", 10], ["EG", 10], ["AM", 8], ["KH", 8], ["AE", 8], ["SA", 8], ["MM", 6], ["NP", 6], ["LA", 6], ["LK", 6], ["QA", 5], ["BH", 4], ["KW", 4], ["MV", 3],
];
const STATUSES: [ParticipantStatus, number][] = [["APPROVED", 85], ["PENDING", 10], ["REJECTED", 2], ["CANCELLED", 3]];
const CATEGORIES: [ParticipantCategory, number][] = [["BUSINESS", 42], ["GOVERNMENT", 22], ["ACADEMIA", 15], ["THINK_TANK", 8], ["MEDIA", 8], ["OTHER", 5]];
const ORGS = ["Tianjin Port Group", "天津市商务局", "Astana Digital Solutions LLP", "Tashkent Data Systems LLC", "Московский технологический институт", "Haihe Laboratory", "Karachi Cloud Analytics (Pvt) Ltd", "Minsk Robotics LLC", "中原智能研究院", "Digital Silk Road Institute"];

async function seed(client: PrismaClient): Promise<{ forumId: string; delegationIds: Map<string, string> }> {
  const seeded = await client.forum.findUnique({ where: { slug: "bench-forum" }, select: { id: true, delegations: { select: { id: true, countryCode: true } } } });
  if (seeded) {
    log(`reusing the ${(await client.participant.count({ where: { forumId: seeded.id } })).toLocaleString("en")} participants seeded earlier`);
    return { forumId: seeded.id, delegationIds: new Map(seeded.delegations.map((d) => [d.countryCode, d.id])) };
  }
  const forum = await client.forum.create({
    data: { slug: "bench-forum", acronym: "bench2025", nameEn: "Benchmark Forum", themeEn: "Benchmark", venueEn: "Bench Hall", cityEn: "Tianjin", startDate: new Date("2025-07-10"), endDate: new Date("2025-07-11"), timeZone: "Asia/Shanghai" },
    select: { id: true },
  });
  const delegations = await client.delegation.createManyAndReturn({
    data: COUNTRIES.filter(([c]) => c !== "CN").map(([c]) => ({ forumId: forum.id, countryCode: c, name: `Delegation of ${c}` })),
    select: { id: true, countryCode: true },
  });
  const delegationIds = new Map(delegations.map((d) => [d.countryCode, d.id]));
  const rng = new Rng(2025);
  const start = Date.UTC(2025, 4, 1);
  const spanSeconds = 60 * 24 * 3600;
  const batchSize = 2000;
  const t0 = performance.now();
  for (let done = 0; done < ROWS; done += batchSize) {
    const batch: Prisma.ParticipantCreateManyInput[] = [];
    for (let i = done; i < Math.min(ROWS, done + batchSize); i++) {
      const countryCode = rng.weighted(COUNTRIES);
      const name = inventName(rng, countryCode);
      const email = `${name.givenLatin}.${name.familyLatin}.${i}@${rng.pick(["example.org", "mail.example.cn", "gov.example.kz", "uni.example.ru"])}`.toLowerCase().replace(/[^a-z0-9.@-]/g, "");
      const organizationName = rng.pick(ORGS);
      const status = rng.weighted(STATUSES);
      batch.push({
        forumId: forum.id,
        fullName: name.fullName,
        latinName: name.latinName,
        email,
        category: rng.weighted(CATEGORIES),
        status,
        organizationName,
        jobTitle: "Delegate",
        countryCode,
        delegationId: countryCode !== "CN" && rng.chance(0.7) ? (delegationIds.get(countryCode) ?? null) : null,
        badgeCode: randomBytes(10).toString("hex"),
        calendarKey: randomBytes(24).toString("base64url"),
        consentDataAt: new Date(start),
        // Seconds, so that many rows share a timestamp, as a bulk import would make them.
        createdAt: new Date(start + rng.int(0, spanSeconds) * 1000),
        searchText: participantSearchText({ fullName: name.fullName, latinName: name.latinName, email, organizationName }),
        isSample: true,
      });
    }
    await client.participant.createMany({ data: batch });
    if ((done / batchSize) % 10 === 0) process.stderr.write(`\r  seeded ${done + batch.length} / ${ROWS}`);
  }
  process.stderr.write("\n");
  log(`seeded ${ROWS.toLocaleString("en")} participants in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // A PostgreSQL server's autovacuum soon vacuums a table after a bulk insert (its visibility map
  // then allows index-only scans); PGlite runs no autovacuum, so it only gets statistics.
  if (args.target === "postgres") await client.$executeRaw`VACUUM ANALYZE "Participant"`;
  else await client.$executeRaw`ANALYZE`;
  return { forumId: forum.id, delegationIds };
}

// ── Measure ────────────────────────────────────────────────────────────────────────────────────
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

type Result = { name: string; p50: number; p99: number; max: number; cpu50: number; cpu99: number; rows: number; total: number };

/**
 * Wall time of each call, and the CPU time this process spent on it. With PGlite the database runs
 * in this process, so the CPU time is the work itself, whatever else the machine is doing; with a
 * PostgreSQL server it is only the client's share.
 */
async function measure(name: string, forumId: string, query: ParticipantListQuery): Promise<Result> {
  let last = await listParticipants(forumId, query);
  for (let i = 0; i < 5; i++) last = await listParticipants(forumId, query);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await listParticipants(forumId, query);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const r = { name, p50: pct(times, 0.5), p99: pct(times, 0.99), max: times.at(-1) ?? NaN, cpu50: pct(cpu, 0.5), cpu99: pct(cpu, 0.99), rows: last.rows.length, total: last.total };
  const n = (v: number) => v.toFixed(1).padStart(8);
  log(`${name.padEnd(50)} ${n(r.p50)} ${n(r.p99)} ${n(r.max)} ${n(r.cpu50)} ${n(r.cpu99)} ${String(r.rows).padStart(5)} ${String(r.total).padStart(7)}`);
  return r;
}

/** A cursor deep in the list: the row at `offset` in the sort's order (found once, with OFFSET, for the set-up only). */
async function cursorAt(client: PrismaClient, forumId: string, sort: "newest" | "name", offset: number): Promise<string> {
  const row = await client.participant.findFirstOrThrow({
    where: { forumId },
    orderBy: sort === "newest" ? [{ createdAt: "desc" }, { id: "desc" }] : [{ fullName: "asc" }, { id: "asc" }],
    skip: offset,
    select: { id: true, createdAt: true, fullName: true },
  });
  return encodeCursor(sort, row);
}

async function main() {
  const { client, close, label } = await open();
  setDb(client);
  try {
    log(`target: ${label}; ${ITERATIONS} timed calls per scenario after 6 warm-up calls; node ${process.version}`);
    const { forumId, delegationIds } = await seed(client);
    if (args.vacuum && args.target === "pglite") {
      const t = performance.now();
      await client.$executeRaw`VACUUM ANALYZE "Participant"`;
      log(`VACUUM ANALYZE took ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const deep = Math.floor(ROWS / 2);
    const scenarios: [string, ParticipantListQuery][] = [
      ["first page, newest first, no filter", {}],
      [`deep page (row ${deep.toLocaleString("en")}), newest first`, { after: await cursorAt(client, forumId, "newest", deep) }],
      [`last page (row ${(ROWS - 60).toLocaleString("en")}), newest first`, { after: await cursorAt(client, forumId, "newest", ROWS - 60) }],
      ["first page, name A–Z", { sort: "name" }],
      [`deep page (row ${deep.toLocaleString("en")}), name A–Z`, { sort: "name", after: await cursorAt(client, forumId, "name", deep) }],
      ["filter status=PENDING", { status: "PENDING" }],
      ["filter status=APPROVED country=KZ", { status: "APPROVED", country: "KZ" }],
      ["filter category=GOVERNMENT delegation=UZ", { category: "GOVERNMENT", delegation: delegationIds.get("UZ") }],
      ["filter delegation=none country=CN, name A–Z", { delegation: "none", country: "CN", sort: "name" }],
      ["search Latin, frequent: \"wang\"", { q: "wang" }],
      ["search Latin with accents: \"Öztürk\"", { q: "Öztürk" }],
      ["search Cyrillic: \"ивано\"", { q: "ивано" }],
      ["search Cyrillic, in any case: \"САПАР\"", { q: "САПАР" }],
      ["search Chinese, 1 character: \"王\"", { q: "王" }],
      ["search Chinese, 2 characters: \"建华\"", { q: "建华" }],
      ["search e-mail: \"jianhua.12\"", { q: "jianhua.12" }],
      ["search organization: \"haihe\"", { q: "haihe" }],
      ["search with no match: \"qqqzzz\"", { q: "qqqzzz" }],
      ["search \"王\" + status=PENDING", { q: "王", status: "PENDING" }],
    ];
    log(`load average before: ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} (${os.cpus().length} cores)`);
    log(`${"scenario".padEnd(50)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)} ${"cpu p50".padStart(8)} ${"cpu p99".padStart(8)} ${"rows".padStart(5)} ${"total".padStart(7)}`);
    const results: Result[] = [];
    for (const [name, query] of scenarios) results.push(await measure(name, forumId, query));
    log(`load average after: ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
    const worst = [...results].sort((a, b) => b.p99 - a.p99);
    const misses = results.filter((r) => r.p99 >= 100);
    log(`worst p99: ${worst[0]?.p99.toFixed(2)} ms (${worst[0]?.name}); target p99 < 100 ms: ${misses.length ? `MISSED in ${misses.length} scenario(s)` : "MET in every scenario"}`);
    if (args.explain) await explain(client, forumId);
  } finally {
    await client.$disconnect();
    await close();
  }
}

/** The plans of what listParticipants runs for a search (one pass over the matches) and for the unfiltered counts. */
async function explain(client: PrismaClient, forumId: string) {
  const plans: [string, Prisma.Sql][] = [
    [`a search collects its matches (up to ${SEARCH_COLLECT_MAX + 1}): "ivano"`, Prisma.sql`SELECT "id", "status" FROM "Participant" WHERE "forumId" = ${forumId} AND "searchText" LIKE ${"%ivano%"} LIMIT ${SEARCH_COLLECT_MAX + 1}`],
    // As the list searches: each Chinese character a word of its own (participantSearchPattern).
    [`the same for two Chinese characters: "建华"`, Prisma.sql`SELECT "id", "status" FROM "Participant" WHERE "forumId" = ${forumId} AND "searchText" LIKE ${`%${participantSearchPattern("建华")}%`} LIMIT ${SEARCH_COLLECT_MAX + 1}`],
    ["status counts without a search", Prisma.sql`SELECT "status", COUNT(*) FROM "Participant" WHERE "forumId" = ${forumId} GROUP BY "status"`],
  ];
  for (const [title, sql] of plans) {
    // Tagged templates only (test/no-unsafe-raw.test.ts): EXPLAIN is prefixed to a Prisma.Sql.
    const rows = await client.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    log(`\nEXPLAIN ANALYZE — ${title}:`);
    for (const r of rows) log(`  ${r["QUERY PLAN"]}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
