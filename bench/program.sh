#!/usr/bin/env bash
# npm run bench:program — how fast /program is served, in one run on this machine:
#   (a) bare `next start` (production build) on a freshly seeded PGlite database,
#   (b) the same Concord behind the shipped deploy/nginx/concord.conf (micro-cache),
#   (c) nginx serving the identical bytes of /program as a static file,
# each as requests/s with p50/p99 latency (wrk, fixed connections, after a warm-up), plus
#   (a) at a fixed arrival rate (200 requests/s): p99 measured from each request's scheduled send
#       time, so a slow server cannot hide its queue (no coordinated omission).
# Targets (issue 3, point 7): (b) reaches at least half of (c)'s throughput; (a) keeps p99 under
# 50 ms at 200 requests/s.
#
#   bench/program.sh               build first if .next is missing
#   bench/program.sh --build       always build first
#   bench/program.sh --no-build    never build (fails without a build)
#
# Settings (environment): BENCH_DURATION (s per measured run, 15), BENCH_WARMUP (s, 5),
# BENCH_CONNECTIONS (32), BENCH_THREADS (wrk threads, 2), BENCH_RATE (fixed rate, 200),
# BENCH_APP_PORT (3310), BENCH_NGINX_PORT (8310), BENCH_STATIC_PORT (8311), BENCH_KEEP=1 keeps the
# temporary folder (logs, database, nginx config), BENCH_STRICT=1 exits 1 when a target is missed.
#
# Everything runs on 127.0.0.1, every run is bounded in time, and everything this script starts is
# stopped when it ends (also on Ctrl-C). Results: bench/results/program-<date>.txt (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# Node 24 and the project's tools, also when run directly rather than through npm.
export PATH="$ROOT/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1

BUILD=auto
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=always ;;
    --no-build) BUILD=never ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
RATE=${BENCH_RATE:-200}
APP_PORT=${BENCH_APP_PORT:-3310}
NGINX_PORT=${BENCH_NGINX_PORT:-8310}
STATIC_PORT=${BENCH_STATIC_PORT:-8311}
TARGET_PATH=/program
HOST=127.0.0.1 # loopback only, never anything else

# Bounded by construction: refuse settings that would turn a benchmark into a soak test.
bounded() { [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] || { echo "$1=$2 must be an integer in [$3, $4]" >&2; exit 2; }; }
bounded BENCH_DURATION "$DURATION" 1 60
bounded BENCH_WARMUP "$WARMUP" 0 30
bounded BENCH_CONNECTIONS "$CONNECTIONS" 1 256
bounded BENCH_THREADS "$THREADS" 1 8
bounded BENCH_RATE "$RATE" 1 2000
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS=$CONNECTIONS

say() { printf '› %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# ── Tools ──────────────────────────────────────────────────────────────────────────────────────
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  { as_root apt-get update -qq && as_root apt-get install -y -qq "${missing[@]}"; } </dev/null >/dev/null ||
    die "could not install ${missing[*]}: run \`sudo apt-get install -y ${missing[*]}\`"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
for p in "$APP_PORT" "$NGINX_PORT" "$STATIC_PORT"; do
  if port_busy "$p"; then die "port $p on $HOST is in use (set BENCH_APP_PORT / BENCH_NGINX_PORT / BENCH_STATIC_PORT)"; fi
done

# ── Scratch space and cleanup ──────────────────────────────────────────────────────────────────
WORK=$(mktemp -d /tmp/concord-bench.XXXXXX)
# nginx's workers run as `nobody` when started by root: they must reach the static root and cache.
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    # next start runs in its own process group (setsid): end the group, then make sure.
    kill -TERM -- "-$APP_PID" 2>/dev/null || kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ] || [ "$status" -ne 0 ]; then
    echo "Logs and scratch files kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted." >&2; exit 130' INT TERM

app_alive() { kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/next.log" >&2; die "Concord (next start, pid $APP_PID) is gone: killed from outside, or it crashed (log above)"; }; }

# ── Build ──────────────────────────────────────────────────────────────────────────────────────
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f .next/BUILD_ID ]; }; then
  say "Building Concord (next build, log: $WORK/build.log)"
  NODE_ENV=production next build >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; die "next build failed"; }
elif [ ! -f .next/BUILD_ID ]; then
  die "no production build in .next (run without --no-build)"
elif [ -n "$(find app lib components proxy.ts next.config.js -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  echo "bench: note: sources changed after the build in .next; pass --build to measure the current code" >&2
fi

# ── A fresh, seeded database ───────────────────────────────────────────────────────────────────
export DATABASE_URL="file:$WORK/db"
say "Migrating and seeding a fresh PGlite database in $WORK/db"
{ tsx scripts/db.ts deploy && tsx prisma/seed.ts; } >"$WORK/seed.log" 2>&1 || { tail -30 "$WORK/seed.log" >&2; die "database set-up failed"; }

# ── (a) Concord: next start ────────────────────────────────────────────────────────────────────
APP_URL="http://$HOST:$APP_PORT$TARGET_PATH"
say "Starting next start on $HOST:$APP_PORT"
NODE_ENV=production CONCORD_DEMO=1 \
  NEXTAUTH_SECRET="bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" \
  NEXTAUTH_URL="http://$HOST:$APP_PORT" \
  setsid next start -p "$APP_PORT" -H "$HOST" >"$WORK/next.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 120); do
  app_alive
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$APP_URL" || true)
  [ "$code" = 200 ] && break
  [ "$i" -eq 120 ] && die "$APP_URL did not answer 200 within 60 s (last: $code)"
  sleep 0.5
done

# One request at a time: what a single render costs (the first requests warm the JIT and caches).
single_ms() {
  local url=$1 n=$2 t
  for _ in $(seq 1 "$n"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 30 "$url")
    awk -v t="$t" 'BEGIN { printf "%.1f\n", t * 1000 }'
  done | sort -n | awk '{ a[NR] = $1 } END { printf "median %.1f ms, min %.1f ms, max %.1f ms (%d sequential requests)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
}
for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 30 "$APP_URL"; done
SINGLE_A=$(single_ms "$APP_URL" 20)
say "(a) one request at a time: $SINGLE_A"

# wrk, closed loop: $CONNECTIONS connections, each sending its next request when the last returns.
# The timeout is long so that slow responses are measured, not dropped from the statistics.
# Prints: requests/s p50_ms p99_ms errors (socket errors + non-2xx/3xx).
wrk_run() {
  local label=$1 url=$2 out="$WORK/wrk-$1.txt"
  if [ "$WARMUP" -gt 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s "$url" >"$WORK/wrk-$label-warmup.txt" 2>&1 || true
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency "$url" >"$out" 2>&1 || die "wrk failed for $label: $(cat "$out")"
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    /Socket errors:/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { err += $NF }
    END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, err }
  ' "$out"
}

say "(a) next start: wrk ${WARMUP}s warm-up + ${DURATION}s, $CONNECTIONS connections"
A_OUT=$(wrk_run a "$APP_URL")
read -r A_RPS A_P50 A_P99 A_ERR <<<"$A_OUT"
app_alive

# ── (b) and (c): nginx ─────────────────────────────────────────────────────────────────────────
mkdir -p "$WORK/static" "$WORK/nginx"
# The identical bytes of /program, fetched once, served as a file by (c).
curl -s --fail --max-time 30 -o "$WORK/static/program.html" "$APP_URL" || die "could not fetch $APP_URL"
chmod 644 "$WORK/static/program.html"
PAGE_BYTES=$(wc -c <"$WORK/static/program.html")

# The shipped configuration, unchanged but for where it listens, its upstream and its cache folders.
sed -e "s#server 127\.0\.0\.1:3000;#server $HOST:$APP_PORT;#" \
    -e "s#listen 80;#listen $HOST:$NGINX_PORT;#" \
    -e '/listen \[::\]:80;/d' \
    -e "s#/var/cache/nginx-concord-#$WORK/nginx/cache-#g" \
    deploy/nginx/concord.conf >"$WORK/nginx/concord.conf"
grep -q "server $HOST:$APP_PORT;" "$WORK/nginx/concord.conf" && grep -q "listen $HOST:$NGINX_PORT;" "$WORK/nginx/concord.conf" ||
  die "deploy/nginx/concord.conf no longer has 'server 127.0.0.1:3000;' and 'listen 80;' for this script to rewrite"
# The http-level settings of Debian's /etc/nginx/nginx.conf, with every path in the scratch folder.
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 768; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format bench '\$upstream_cache_status \$status \$uri \$bench_server';
    map \$server_port \$bench_server { $NGINX_PORT proxy; default static; }
    access_log $WORK/nginx/access.log bench;
    gzip on;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;

    # (b) Concord behind the shipped configuration.
    include $WORK/nginx/concord.conf;

    # (c) The same page as a static file.
    server {
        listen $HOST:$STATIC_PORT;
        root $WORK/static;
        location = $TARGET_PATH { default_type text/html; try_files /program.html =404; }
    }
}
EOF
NGINX_ARGS=(-c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -e "$WORK/nginx/error.log")
"$NGINX" -t "${NGINX_ARGS[@]}" >"$WORK/nginx/t.log" 2>&1 || { cat "$WORK/nginx/t.log" >&2; die "nginx -t failed"; }
NGINX_T=$(grep -o 'test is successful' "$WORK/nginx/t.log" || true)
"$NGINX" "${NGINX_ARGS[@]}" -g 'daemon off;' &
NGINX_PID=$!
PROXY_URL="http://$HOST:$NGINX_PORT$TARGET_PATH"
STATIC_URL="http://$HOST:$STATIC_PORT$TARGET_PATH"
for i in $(seq 1 50); do
  port_busy "$NGINX_PORT" && port_busy "$STATIC_PORT" && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
  [ "$i" -eq 50 ] && die "nginx is not listening"
  sleep 0.1
done

cache_status() { curl -s -o /dev/null -D - --max-time 30 "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" { print $2 }'; }
CACHE_FIRST=$(cache_status "$PROXY_URL")
CACHE_SECOND=$(cache_status "$PROXY_URL")
say "(b) through nginx: first request ${CACHE_FIRST:-?}, second ${CACHE_SECOND:-?} (X-Cache-Status)"
[ "$CACHE_SECOND" = HIT ] || echo "bench: warning: the second request through nginx was not a cache HIT" >&2
SINGLE_B=$(single_ms "$PROXY_URL" 20)
SINGLE_C=$(single_ms "$STATIC_URL" 20)

say "(b) nginx → Concord: wrk ${WARMUP}s warm-up + ${DURATION}s"
B_OUT=$(wrk_run b "$PROXY_URL")
read -r B_RPS B_P50 B_P99 B_ERR <<<"$B_OUT"
app_alive
say "(c) nginx static file: wrk ${WARMUP}s warm-up + ${DURATION}s"
C_OUT=$(wrk_run c "$STATIC_URL")
read -r C_RPS C_P50 C_P99 C_ERR <<<"$C_OUT"
# What the micro-cache answered during (b), from nginx's log: HIT, or STALE/UPDATING (the previous
# copy while one background request refreshes it), or MISS/EXPIRED (the visitor waited for Concord).
B_CACHE=$(awk '$3 == "/program" && $4 == "proxy" { n[$1 == "" ? "-" : $1]++ } END { for (k in n) printf "%s %d, ", k, n[k] }' "$WORK/nginx/access.log" | sed 's/, $//')

# ── (a) at a fixed arrival rate ────────────────────────────────────────────────────────────────
# Open loop: request i is due at start + i/rate whatever happened before, and its latency counts
# from that moment. A server slower than the rate builds a queue, and the queue shows in the
# latencies instead of slowing the sender down (which is what a closed-loop tool would report).
cat >"$WORK/fixed-rate.mjs" <<'EOF'
import http from "node:http";
import { performance } from "node:perf_hooks";

const [url, rate, seconds, warmup, drainSeconds] = process.argv.slice(2);
const target = new URL(url);

function phase(rps, secs) {
  // Enough sockets that the sender never limits a healthy server; a queue beyond them is still timed.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.round(rps * secs);
  const interval = 1000 / rps;
  const results = [];
  const inflight = new Map();
  let sent = 0;
  let id = 0;
  let done = false;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const fire = (due) => {
      const key = id++;
      inflight.set(key, due);
      const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search }, (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          if (done || !inflight.delete(key)) return;
          results.push({ ms: performance.now() - due, status: res.statusCode });
          if (sent === total && inflight.size === 0) resolve(finish());
        });
      });
      req.on("error", () => {
        if (done || !inflight.delete(key)) return;
        results.push({ ms: performance.now() - due, status: 0 });
        if (sent === total && inflight.size === 0) resolve(finish());
      });
      req.end();
    };
    let drainTimer;
    const finish = () => {
      done = true;
      clearTimeout(drainTimer);
      const now = performance.now();
      // Still unanswered after the drain time: counted at their age so far (a lower bound).
      const unfinished = inflight.size;
      for (const due of inflight.values()) results.push({ ms: now - due, status: -1 });
      inflight.clear();
      agent.destroy();
      return { results, unfinished, total, elapsed: (now - t0) / 1000 };
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && t0 + sent * interval <= now) fire(t0 + sent++ * interval);
      if (sent < total) setTimeout(tick, Math.max(0, t0 + sent * interval - performance.now()));
      else drainTimer = setTimeout(() => resolve(finish()), drainSeconds * 1000);
    };
    tick();
  });
}

const pct = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
if (+warmup > 0) await phase(+rate, +warmup);
const { results, unfinished, total } = await phase(+rate, +seconds);
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
const ok = results.filter((r) => r.status >= 200 && r.status < 400).length;
const failed = results.filter((r) => r.status === 0 || r.status >= 400).length;
// More than 1% unanswered: the true p99 is at least the value shown.
const bound = unfinished > total * 0.01 ? ">" : "";
console.log(`FR_SENT=${total}`);
console.log(`FR_OK=${ok}`);
console.log(`FR_FAILED=${failed}`);
console.log(`FR_UNFINISHED=${unfinished}`);
console.log(`FR_P50=${pct(ms, 0.5).toFixed(2)}`);
console.log(`FR_P90=${pct(ms, 0.9).toFixed(2)}`);
console.log(`FR_P99=${bound}${pct(ms, 0.99).toFixed(2)}`);
console.log(`FR_MAX=${bound}${ms[ms.length - 1].toFixed(2)}`);
process.exit(0);
EOF
FR_WARMUP=$((WARMUP < 3 ? WARMUP : 3))
DRAIN=$((DURATION < 10 ? 10 : DURATION))
say "(a) next start at a fixed $RATE requests/s: ${FR_WARMUP}s warm-up + ${DURATION}s (then up to ${DRAIN}s for the last answers)"
node "$WORK/fixed-rate.mjs" "$APP_URL" "$RATE" "$DURATION" "$FR_WARMUP" "$DRAIN" >"$WORK/fixed-rate.txt" 2>&1 || die "fixed-rate run failed: $(cat "$WORK/fixed-rate.txt")"
app_alive
while IFS='=' read -r key value; do
  [[ "$key" =~ ^FR_[A-Z0-9]+$ ]] && printf -v "$key" '%s' "$value"
done <"$WORK/fixed-rate.txt"
[ -n "${FR_P99:-}" ] || die "fixed-rate run printed no result: $(cat "$WORK/fixed-rate.txt")"

# ── Report ─────────────────────────────────────────────────────────────────────────────────────
RATIO_BC=$(awk -v b="$B_RPS" -v c="$C_RPS" 'BEGIN { printf "%.2f", (c > 0 ? b / c : 0) }')
RATIO_BA=$(awk -v b="$B_RPS" -v a="$A_RPS" 'BEGIN { printf "%.0f", (a > 0 ? b / a : 0) }')
PASS_BC=$(awk -v r="$RATIO_BC" 'BEGIN { print (r >= 0.5 ? "PASS" : "MISS") }')
PASS_A=$(awk -v p="$FR_P99" 'BEGIN { print (p !~ /^>/ && p + 0 < 50 ? "PASS" : "MISS") }')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
[ -n "$(git status --porcelain -- app lib components proxy.ts next.config.js deploy 2>/dev/null | head -1)" ] && COMMIT="$COMMIT + uncommitted changes"
STAMP=$(date +%Y-%m-%d-%H%M%S)
mkdir -p bench/results
RESULT_FILE="bench/results/program-$STAMP.txt"
{
  echo "Concord /program benchmark — $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo "code $COMMIT; $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); node $(node -v); $("$NGINX" -v 2>&1 | sed 's#nginx version: ##'); wrk $(wrk -v 2>&1 | awk 'NR == 1 { print $2 }')"
  echo "page: $TARGET_PATH, $PAGE_BYTES bytes uncompressed (wrk sends no Accept-Encoding); seeded demo forum on PGlite"
  echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per configuration; load generator and servers share the $(nproc) cores"
  echo
  printf '%-40s %10s %10s %10s %8s\n' "configuration" "req/s" "p50 ms" "p99 ms" "errors"
  printf '%-40s %10s %10s %10s %8s\n' "(a) next start" "$A_RPS" "$A_P50" "$A_P99" "$A_ERR"
  printf '%-40s %10s %10s %10s %8s\n' "(b) nginx (shipped config) → next start" "$B_RPS" "$B_P50" "$B_P99" "$B_ERR"
  printf '%-40s %10s %10s %10s %8s\n' "(c) nginx, same bytes as a static file" "$C_RPS" "$C_P50" "$C_P99" "$C_ERR"
  echo
  echo "(a) at a fixed $RATE requests/s for ${DURATION}s: p50 $FR_P50 ms, p90 $FR_P90 ms, p99 $FR_P99 ms, max $FR_MAX ms"
  echo "    $FR_SENT sent, $FR_OK answered 2xx/3xx, $FR_FAILED failed, $FR_UNFINISHED unanswered after ${DRAIN}s (counted at their age: a lower bound)"
  echo
  echo "one request at a time: (a) $SINGLE_A"
  echo "                       (b) $SINGLE_B"
  echo "                       (c) $SINGLE_C"
  echo "(b) X-Cache-Status: first request ${CACHE_FIRST:-?}, then ${CACHE_SECOND:-?}; over all requests through nginx: ${B_CACHE:-?}"
  echo "nginx -t on the shipped config: ${NGINX_T:-FAILED}"
  echo
  echo "targets:"
  echo "  (b)/(c) throughput = $RATIO_BC   (target ≥ 0.5)   $PASS_BC"
  echo "  (a) p99 at $RATE req/s = $FR_P99 ms   (target < 50 ms)   $PASS_A"
  echo "  (b)/(a) throughput = ${RATIO_BA}×"
} | tee "$RESULT_FILE"
echo
echo "Written to $RESULT_FILE"
if [ "${BENCH_STRICT:-0}" = 1 ] && { [ "$PASS_BC" != PASS ] || [ "$PASS_A" != PASS ]; }; then exit 1; fi
exit 0
