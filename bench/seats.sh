#!/usr/bin/env bash
# npm run bench:seats — no overbooking under a real burst (issue 4, point 7): 500 signed-in delegates
# send "Take a seat" for one 50-seat session at the same instant, over HTTP, to `next start`:
#   (1) on a fresh PGlite folder (.data/bench-seats),
#   (2) on a fresh database on a PostgreSQL server: BENCH_PG_SERVER (or TEST_DATABASE_URL) when set,
#       else a throwaway cluster from scripts/pg-cluster.sh when PostgreSQL is installed.
# For each, after a warm-up on another session (200 takes, 200 cancels, 200 reads): the wall time
# from the first request sent to the last answer, latency p50/p99/max, HTTP errors, what the
# answers said (50 confirmed, 450 waitlisted at positions 1…450), and then, with the server
# stopped, the same checked in the database (rows, counters, no duplicate).
# Targets: wall time under 2 s, 0 errors, exactly 50 confirmed and 450 waitlisted contiguously.
#
#   bench/seats.sh                   both databases
#   bench/seats.sh --pglite-only     only (1)
#   bench/seats.sh --postgres-only   only (2)
#   bench/seats.sh --seed-only       only seed .data/bench-seats (PGlite) and write the delegates'
#                                    cookies to .data/bench-seats.json; no server, no build needed
#
# It never builds: run `npm run build` first (the production build in .next is what is measured).
# Settings (environment): BENCH_DELEGATES (500), BENCH_SEATS (50), BENCH_APP_PORT (3320),
# BENCH_PG_POOL (connections of the app's pool on PostgreSQL, 50), BENCH_PG_SERVER
# (postgresql://user@host:port/postgres, a server where the user may create databases),
# BENCH_KEEP=1 keeps the scratch folder (logs, prepared cookies). BENCH_STRICT=1 exits 1 when a
# target is missed. Everything runs on 127.0.0.1 and everything started here is stopped at the end.
# Results: bench/results/seats-<date>.txt (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# Node 24 and the project's tools, also when run directly rather than through npm.
export PATH="$ROOT/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1

ONLY=all
for arg in "$@"; do
  case "$arg" in
    --pglite-only) ONLY=pglite ;;
    --postgres-only) ONLY=postgres ;;
    --seed-only) ONLY=seed ;;
    -h | --help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

DELEGATES=${BENCH_DELEGATES:-500}
SEATS=${BENCH_SEATS:-50}
APP_PORT=${BENCH_APP_PORT:-3320}
PG_POOL=${BENCH_PG_POOL:-50}
HOST=127.0.0.1 # loopback only, never anything else
TARGET_MS=2000

bounded() { [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] || { echo "$1=$2 must be an integer in [$3, $4]" >&2; exit 2; }; }
bounded BENCH_DELEGATES "$DELEGATES" 2 2000
bounded BENCH_SEATS "$SEATS" 1 "$((DELEGATES - 1))"
bounded BENCH_APP_PORT "$APP_PORT" 1024 65535
bounded BENCH_PG_POOL "$PG_POOL" 1 200
[ "$APP_PORT" != 3000 ] && [ "$APP_PORT" != 3100 ] || { echo "BENCH_APP_PORT must not be 3000 or 3100 (the dev server's and the end-to-end tests')" >&2; exit 2; }

say() { printf '› %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# When bench/seats.sh runs itself inside scripts/pg-cluster.sh, the inner run only adds its line to
# the outer run's summary, which prints the report.
NESTED=0
[ -n "${BENCH_SEATS_SUMMARY:-}" ] && NESTED=1

# ── Seeding only ───────────────────────────────────────────────────────────────────────────────
if [ "$ONLY" = seed ]; then
  rm -rf .data/bench-seats .data/bench-seats.json
  mkdir -p .data
  say "Migrating and seeding .data/bench-seats: $DELEGATES approved delegates, one session with $SEATS seats"
  DATABASE_URL="file:.data/bench-seats" tsx scripts/db.ts deploy
  # The cookies only work with a server started with this same secret.
  secret=${NEXTAUTH_SECRET:-bench-seats-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}
  DATABASE_URL="file:.data/bench-seats" NEXTAUTH_SECRET="$secret" tsx bench/seats/prepare.ts .data/bench-seats.json --delegates "$DELEGATES" --seats "$SEATS"
  echo "Start a server on it with: DATABASE_URL=file:.data/bench-seats FORUM_SLUG=bench-seats NEXTAUTH_SECRET=$secret npm start"
  exit 0
fi

# ── The build ──────────────────────────────────────────────────────────────────────────────────
if [ ! -f .next/BUILD_ID ]; then
  die "no production build in .next: run \`npm run build\` first (this benchmark measures the build, it does not make one)"
fi
if [ "$NESTED" = 0 ] && [ -n "$(find app lib components proxy.ts next.config.js -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  echo "bench: note: sources changed after the build in .next; run \`npm run build\` to measure the current code" >&2
fi
command -v curl >/dev/null || die "curl is needed (apt-get install -y curl)"

port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# ── Scratch space and cleanup ──────────────────────────────────────────────────────────────────
WORK=$(mktemp -d /tmp/concord-bench-seats.XXXXXX)
SUMMARY=${BENCH_SEATS_SUMMARY:-$WORK/summary.txt}
touch "$SUMMARY"
# The server and the cookie minter share it; NextAuth wants at least 32 characters.
SECRET="bench-seats-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
APP_PID=""
PG_DB=""
PG_SERVER=""
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    # next start runs in its own process group (setsid): end the group, then make sure.
    kill -TERM -- "-$APP_PID" 2>/dev/null || kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_app
  if [ -n "$PG_DB" ]; then
    BENCH_PG_SERVER="$PG_SERVER" tsx bench/seats/pg-admin.ts drop "$PG_DB" >/dev/null 2>&1 || echo "bench: could not drop database $PG_DB" >&2
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

# Reads KEY=value lines of a file into shell variables (only upper-case keys with a known prefix).
read_values() {
  local key value
  while IFS='=' read -r key value; do
    if [[ "$key" =~ ^(HTTP|DB)_[A-Z0-9_]+$ ]]; then printf -v "$key" '%s' "$value"; fi
  done <"$1"
  return 0
}

# ── One database: seed, serve, burst, check ───────────────────────────────────────────────────
# $1 label (PGlite | PostgreSQL), $2 DATABASE_URL of a fresh, empty database.
run_case() {
  local label=$1 dburl=$2 tag
  tag=$(echo "$label" | tr '[:upper:]' '[:lower:]')
  port_busy "$APP_PORT" && die "port $APP_PORT on $HOST is in use (set BENCH_APP_PORT)"

  say "[$label] migrating and seeding: $DELEGATES approved delegates, one session with $SEATS seats"
  { DATABASE_URL="$dburl" tsx scripts/db.ts deploy &&
    DATABASE_URL="$dburl" NEXTAUTH_SECRET="$SECRET" tsx bench/seats/prepare.ts "$WORK/$tag.json" --delegates "$DELEGATES" --seats "$SEATS"; } \
    >"$WORK/$tag-seed.log" 2>&1 || { tail -30 "$WORK/$tag-seed.log" >&2; die "[$label] database set-up failed"; }
  local session_id
  session_id=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).sessionId)' "$WORK/$tag.json")

  say "[$label] starting next start on $HOST:$APP_PORT"
  DATABASE_URL="$dburl" DATABASE_POOL_SIZE="$PG_POOL" FORUM_SLUG=bench-seats \
    NODE_ENV=production NEXTAUTH_SECRET="$SECRET" NEXTAUTH_URL="http://$HOST:$APP_PORT" \
    setsid next start -p "$APP_PORT" -H "$HOST" >"$WORK/$tag-next.log" 2>&1 &
  APP_PID=$!
  local probe="http://$HOST:$APP_PORT/api/me/sessions/$session_id" code=""
  for i in $(seq 1 180); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/$tag-next.log" >&2; die "[$label] next start exited (log above)"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$probe" || true)
    [ "$code" = 200 ] && break
    [ "$i" -eq 180 ] && die "[$label] $probe did not answer 200 within 90 s (last: $code)"
    sleep 0.5
  done

  say "[$label] $DELEGATES concurrent POST {\"action\":\"take\"}"
  BENCH_SERVER_SID="$APP_PID" BENCH_CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)" \
    tsx bench/seats/fire.ts "http://$HOST:$APP_PORT" "$WORK/$tag.json" >"$WORK/$tag-fire.txt" 2>&1 ||
    { cat "$WORK/$tag-fire.txt" >&2; die "[$label] the burst could not be sent"; }
  kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$WORK/$tag-next.log" >&2; die "[$label] next start died during the burst"; }
  stop_app

  # With the server stopped (PGlite: never two processes on one folder), the database itself.
  DATABASE_URL="$dburl" tsx bench/seats/verify.ts "$WORK/$tag.json" >"$WORK/$tag-verify.txt" 2>&1 || true
  HTTP_SENT="-" HTTP_WALL_MS="-" HTTP_SERVER_CPU_MS="-" HTTP_P50_MS="-" HTTP_P99_MS="-" HTTP_MAX_MS="-" HTTP_ERRORS="-" HTTP_ERROR_KINDS="-" HTTP_CONFIRMED="-" HTTP_WAITLISTED="-"
  HTTP_WARM_UP="-" HTTP_OTHER_OUTCOMES="-" HTTP_POSITIONS_CONTIGUOUS="-" DB_OK="-" DB_PROBLEMS="-" DB_CONFIRMED="-" DB_WAITLISTED="-" DB_CONTIGUOUS="-"
  read_values "$WORK/$tag-fire.txt"
  read_values "$WORK/$tag-verify.txt"
  [ "$DB_OK" = "-" ] && DB_PROBLEMS="verify failed: $(tail -3 "$WORK/$tag-verify.txt" | tr '\n' ' ')"
  local pass=PASS
  { [ "$HTTP_WALL_MS" != "-" ] && [ "$HTTP_WALL_MS" -lt "$TARGET_MS" ] && [ "$HTTP_ERRORS" = 0 ] && [ "$DB_OK" = yes ]; } || pass=MISS
  say "[$label] wall ${HTTP_WALL_MS} ms (server CPU ${HTTP_SERVER_CPU_MS} ms), errors ${HTTP_ERRORS}, confirmed ${DB_CONFIRMED}, waitlisted ${DB_WAITLISTED} (contiguous: ${DB_CONTIGUOUS}) — $pass"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$label" "$HTTP_SENT" "$HTTP_WALL_MS" "$HTTP_P50_MS" "$HTTP_P99_MS" "$HTTP_MAX_MS" "$HTTP_ERRORS" "$HTTP_ERROR_KINDS" \
    "$HTTP_CONFIRMED/$HTTP_WAITLISTED" "$HTTP_POSITIONS_CONTIGUOUS" "$HTTP_OTHER_OUTCOMES" \
    "$DB_CONFIRMED/$DB_WAITLISTED" "$DB_CONTIGUOUS" "$DB_PROBLEMS" "$pass" "$HTTP_WARM_UP" "$HTTP_SERVER_CPU_MS" >>"$SUMMARY"
}

# ── (1) PGlite ─────────────────────────────────────────────────────────────────────────────────
if [ "$ONLY" != postgres ]; then
  rm -rf .data/bench-seats
  mkdir -p .data
  run_case PGlite "file:.data/bench-seats"
fi

# ── (2) PostgreSQL ─────────────────────────────────────────────────────────────────────────────
if [ "$ONLY" != pglite ]; then
  PG_SERVER=${BENCH_PG_SERVER:-${TEST_DATABASE_URL:-}}
  if [ -n "$PG_SERVER" ]; then
    PG_DB="bench_seats_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    url=$(BENCH_PG_SERVER="$PG_SERVER" tsx bench/seats/pg-admin.ts create "$PG_DB") || die "could not create database $PG_DB on $PG_SERVER"
    run_case PostgreSQL "$url"
  elif [ "$NESTED" = 0 ] && { ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || [ "$(id -u)" -eq 0 ]; }; then
    say "Starting a throwaway PostgreSQL cluster (scripts/pg-cluster.sh)"
    BENCH_SEATS_SUMMARY="$SUMMARY" bash scripts/pg-cluster.sh bash bench/seats.sh --postgres-only ||
      echo "bench: the PostgreSQL run failed (its messages are above)" >&2
  else
    echo "bench: no PostgreSQL server (set BENCH_PG_SERVER, or install PostgreSQL): that half is skipped" >&2
  fi
fi

[ "$NESTED" = 1 ] && exit 0

# ── Report ─────────────────────────────────────────────────────────────────────────────────────
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
[ -n "$(git status --porcelain -- app lib components proxy.ts next.config.js 2>/dev/null | head -1)" ] && COMMIT="$COMMIT + uncommitted changes"
STAMP=$(date +%Y-%m-%d-%H%M%S)
mkdir -p bench/results
RESULT_FILE="bench/results/seats-$STAMP.txt"
# Every run completed and met its targets (the report below runs in a pipeline, hence computed here).
ALL_PASS=0
if [ -s "$SUMMARY" ] && awk -F'\t' '$15 != "PASS" { bad = 1 } END { exit bad }' "$SUMMARY"; then ALL_PASS=1; fi
{
  echo "Concord seat booking benchmark — $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo "code $COMMIT; $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); node $(node -v)"
  echo "$DELEGATES signed-in delegates, one session with $SEATS seats, every POST /api/me/sessions/<id> {\"action\":\"take\"} sent at once (one socket each);"
  echo "next start (production build), app pool on PostgreSQL: $PG_POOL connections; load generator and server share the machine"
  echo
  printf '%-11s %6s %8s %7s %7s %7s %7s %12s %12s %-10s\n' "database" "sent" "wall ms" "p50 ms" "p99 ms" "max ms" "errors" "answers c/w" "in db c/w" "target"
  while IFS=$'\t' read -r label sent wall p50 p99 max errors kinds answers contiguous other db dbcontig problems pass warm cpu; do
    printf '%-11s %6s %8s %7s %7s %7s %7s %12s %12s %-10s\n' "$label" "$sent" "$wall" "$p50" "$p99" "$max" "$errors" "$answers" "$db" "$pass"
    echo "            error kinds: $kinds; other answers: $other"
    echo "            waitlist positions in the answers contiguous: $contiguous; in the database: $dbcontig; database check: $problems"
    echo "            before the burst, warm-up on another session: $warm"
    echo "            CPU time of the app server during the burst: $cpu ms (less sensitive to other load than the wall time)"
  done <"$SUMMARY"
  [ -s "$SUMMARY" ] || echo "(no run completed)"
  echo
  echo "targets: wall time < $TARGET_MS ms, 0 errors, exactly $SEATS confirmed and $((DELEGATES - SEATS)) waitlisted at positions 1…$((DELEGATES - SEATS)), counters equal to the rows"
} | tee "$RESULT_FILE"
echo
echo "Written to $RESULT_FILE"
if [ "${BENCH_STRICT:-0}" = 1 ] && [ "$ALL_PASS" = 0 ]; then exit 1; fi
exit 0
