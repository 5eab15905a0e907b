#!/usr/bin/env bash
# bench/participants.sh — the organizer's participant list at 100,000 participants.
# Seeds 100,000 participants into a fresh PGlite folder and, when PostgreSQL's server binaries are
# installed (or TEST_DATABASE_URL names a server), into a fresh database on a throwaway cluster
# (scripts/pg-cluster.sh), then times the domain function behind /organizer/participants
# (listParticipants in lib/participants/queries.ts: the page and the status counts) in search,
# filter, sort and deep-keyset scenarios. Target (issue 4, point 4): p99 < 100 ms.
#
#   bench/participants.sh                 both databases
#   bench/participants.sh --pglite-only   skip the PostgreSQL server
#
# Settings (environment): BENCH_ROWS (100000), BENCH_ITERATIONS (timed calls per scenario, 200),
# BENCH_KEEP=1 keeps the PGlite folder. Results: bench/results/participants-<date>.txt (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$PATH"

PG=yes
for arg in "$@"; do
  case "$arg" in
    --pglite-only) PG=no ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

ROWS=${BENCH_ROWS:-100000}
ITERATIONS=${BENCH_ITERATIONS:-200}
WORK=$(mktemp -d /tmp/concord-bench-participants.XXXXXX)
cleanup() {
  local status=$?
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "Kept $WORK" >&2; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT

STAMP=$(date +%Y-%m-%d-%H%M%S)
mkdir -p bench/results
RESULT_FILE="bench/results/participants-$STAMP.txt"
# `--conditions=react-server`: lib/ marks its server modules with `import "server-only"`.
DRIVER=(tsx --conditions=react-server bench/participants/run.ts --rows "$ROWS" --iterations "$ITERATIONS")

{
  echo "Concord participant list benchmark — $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $ROWS participants; $ITERATIONS timed calls of listParticipants per scenario"
  echo
  echo "── PGlite ──"
  "${DRIVER[@]}" --target pglite --dir "$WORK/pglite" --explain
  if [ "$PG" = yes ]; then
    if [ -n "${TEST_DATABASE_URL:-}" ] || ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
      echo
      echo "── PostgreSQL server ──"
      # One throwaway cluster for both runs; each run creates (and drops) its own database on it.
      # shellcheck disable=SC2016
      PG_RUNS='"$@" --target postgres --server-url "$TEST_DATABASE_URL" --explain'
      bash scripts/pg-cluster.sh bash -c "$PG_RUNS" _ "${DRIVER[@]}"
    else
      echo
      echo "── PostgreSQL server: skipped (no server binaries under /usr/lib/postgresql and no TEST_DATABASE_URL) ──"
    fi
  fi
} 2>&1 | grep --line-buffered -v '^  seeded [0-9]' | tee "$RESULT_FILE"
echo
echo "Written to $RESULT_FILE"
