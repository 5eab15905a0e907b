// Sends every prepared delegate's "take a seat" request at once, over HTTP, as their browser would:
//   tsx bench/seats/fire.ts <base-url> <prepared.json>
// After a warm-up on another session, all requests are started together (one socket each, no
// client-side queue), so the server sees the whole burst. Prints KEY=value lines for bench/seats.sh: wall time from the first send to the
// last answer, latency percentiles, HTTP errors, and what the answers said (confirmed, waitlisted
// and whether the waitlist positions handed out are exactly 1…n).
import fs from "node:fs";
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Prepared } from "./prepare";

type Answer = { status: number; ms: number; body: string; error?: string };

const TIMEOUT_MS = 120_000;
const WARM_UP_REQUESTS = 200;
const WARM_UP_BATCH = 50;

function request(agent: http.Agent, url: URL, cookie: string, method: "GET" | "POST", body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        timeout: TIMEOUT_MS,
        headers: {
          cookie,
          accept: "application/json",
          // What a browser sends with the panel's fetch: the route refuses cross-site writes.
          origin: url.origin,
          "sec-fetch-site": "same-origin",
          ...(body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, body: "", error: error.message }));
    if (body) req.write(body);
    req.end();
  });
}

/**
 * CPU time (user + system, ms) used so far by the server: every process of the session `next start`
 * was started in (bench/seats.sh passes its id), PostgreSQL's backends not included. Unlike the
 * wall time it hardly depends on what else the machine is doing. Null when it cannot be read.
 */
function serverCpuMs(sessionId: number | null): number | null {
  if (!sessionId || !fs.existsSync("/proc/self/stat")) return null;
  const ticksPerSecond = Number(process.env.BENCH_CLK_TCK ?? 100);
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    // After "pid (comm)": state ppid pgrp session … utime is field 14, stime 15 (1-based).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[3]) === sessionId) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;

async function main(args: string[]): Promise<number> {
  const [base, file] = args;
  if (!base || !file) {
    console.error("Usage: tsx bench/seats/fire.ts <base-url> <prepared.json>");
    return 2;
  }
  const prepared = JSON.parse(fs.readFileSync(file, "utf8")) as Prepared;
  const url = new URL(`/api/me/sessions/${prepared.sessionId}`, base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
    console.error(`Refusing to send a burst anywhere but this machine (${url.hostname})`);
    return 2;
  }
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

  // The cookies work: the server takes them as approved delegates.
  const probe = await request(agent, url, prepared.delegates[0]?.cookie ?? "", "GET");
  const probed = probe.status === 200 ? (JSON.parse(probe.body) as { signedIn?: boolean; approved?: boolean }) : null;
  if (!probed?.signedIn || !probed.approved) {
    console.error(`GET ${url.pathname} answered ${probe.status || probe.error} ${probe.body.slice(0, 300)}: the server does not take the minted cookie as an approved delegate (is NEXTAUTH_SECRET the same?)`);
    return 1;
  }

  // Warm-up on the other session, through the same code paths (take, then cancel, then read), in
  // rounds of WARM_UP_BATCH at a time: a server that has been up for a while, not a cold start.
  const warmUrl = new URL(`/api/me/sessions/${prepared.warmUpSessionId}`, base);
  const warmers = prepared.delegates.slice(0, WARM_UP_REQUESTS);
  const t0warm = performance.now();
  for (const action of ["take", "cancel"] as const) {
    for (let i = 0; i < warmers.length; i += WARM_UP_BATCH) {
      const answers = await Promise.all(warmers.slice(i, i + WARM_UP_BATCH).map((d) => request(agent, warmUrl, d.cookie, "POST", JSON.stringify({ action }))));
      const bad = answers.find((a) => a.status !== 200);
      if (bad) {
        console.error(`Warm-up ${action} answered ${bad.status || bad.error}: ${bad.body.slice(0, 300)}`);
        return 1;
      }
    }
  }
  await Promise.all(warmers.map((d) => request(agent, url, d.cookie, "GET")));
  console.log(`HTTP_WARM_UP=${warmers.length} take + ${warmers.length} cancel + ${warmers.length} GET in ${((performance.now() - t0warm) / 1000).toFixed(1)} s`);

  const body = JSON.stringify({ action: "take" });
  const serverSession = Number(process.env.BENCH_SERVER_SID ?? 0) || null;
  const cpu0 = serverCpuMs(serverSession);
  const t0 = performance.now();
  const answers = await Promise.all(prepared.delegates.map((d) => request(agent, url, d.cookie, "POST", body)));
  const wallMs = performance.now() - t0;
  const cpu1 = serverCpuMs(serverSession);
  agent.destroy();

  const outcomes = new Map<string, number>();
  const positions: number[] = [];
  const failures = new Map<string, number>();
  for (const a of answers) {
    if (a.status !== 200) {
      const key = a.status === 0 ? `socket: ${a.error}` : `HTTP ${a.status}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
      continue;
    }
    const result = JSON.parse(a.body) as { ok: boolean; outcome?: string; state?: { mine?: { status: string; position: number | null } | null } };
    const outcome = result.outcome ?? "?";
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (result.state?.mine?.status === "WAITLISTED" && result.state.mine.position !== null) positions.push(result.state.mine.position);
  }
  positions.sort((a, b) => a - b);
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const errors = answers.filter((a) => a.status !== 200).length;
  const contiguous = positions.length > 0 && positions.every((p, i) => p === i + 1);

  console.log(`HTTP_SENT=${answers.length}`);
  console.log(`HTTP_WALL_MS=${wallMs.toFixed(0)}`);
  console.log(`HTTP_SERVER_CPU_MS=${cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0).toFixed(0) : "-"}`);
  console.log(`HTTP_P50_MS=${pct(ms, 0.5).toFixed(0)}`);
  console.log(`HTTP_P99_MS=${pct(ms, 0.99).toFixed(0)}`);
  console.log(`HTTP_MAX_MS=${(ms[ms.length - 1] ?? 0).toFixed(0)}`);
  console.log(`HTTP_ERRORS=${errors}`);
  console.log(`HTTP_ERROR_KINDS=${[...failures].map(([k, n]) => `${k} ×${n}`).join(", ") || "none"}`);
  console.log(`HTTP_CONFIRMED=${outcomes.get("CONFIRMED") ?? 0}`);
  console.log(`HTTP_WAITLISTED=${outcomes.get("WAITLISTED") ?? 0}`);
  console.log(`HTTP_OTHER_OUTCOMES=${[...outcomes].filter(([k]) => k !== "CONFIRMED" && k !== "WAITLISTED").map(([k, n]) => `${k} ×${n}`).join(", ") || "none"}`);
  console.log(`HTTP_POSITIONS_CONTIGUOUS=${contiguous ? `yes (1…${positions.length})` : "no"}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
