#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL server:
#   scripts/pg-cluster.sh vitest run --project postgres
# When TEST_DATABASE_URL is already set, the command simply runs against that server. Otherwise a
# throwaway cluster is made from the installed PostgreSQL binaries (the highest version under
# /usr/lib/postgresql, installed with apt-get when missing) in a temporary folder, on a free port,
# and stopped and deleted afterwards — also when the command fails or is interrupted.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "Usage: scripts/pg-cluster.sh <command> [args…]" >&2
  exit 2
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "pg-cluster: using TEST_DATABASE_URL from the environment" >&2
  exec "$@"
fi

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
}

BIN=$(find_bin)
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "pg-cluster: no PostgreSQL server binaries under /usr/lib/postgresql." >&2
    echo "  Install them (sudo apt-get install -y postgresql) or set TEST_DATABASE_URL." >&2
    exit 1
  fi
  echo "pg-cluster: installing PostgreSQL with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null
  apt-get install -y -qq postgresql </dev/null >/dev/null
  BIN=$(find_bin)
  if [ -z "$BIN" ]; then
    echo "pg-cluster: apt-get installed postgresql but no binaries appeared under /usr/lib/postgresql" >&2
    exit 1
  fi
fi

# initdb refuses to run as root: as root, the cluster belongs to the postgres OS user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "pg-cluster: running as root but there is no postgres OS user to own the cluster" >&2
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/concord-pg.XXXXXX")
[ "${#as_owner[@]}" -gt 0 ] && chown postgres: "$DIR"
DATA="$DIR/data"
LOG="$DIR/server.log"
started=0
child=""

cleanup() {
  local code=$?
  trap - EXIT INT TERM HUP
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [ "$started" -eq 1 ]; then
    "${as_owner[@]}" "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A free port, chosen by the kernel (the tiny window until the server binds is harmless here).
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

"${as_owner[@]}" "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2
  exit 1
}
# Durability is pointless for a throwaway cluster: no fsync makes CREATE DATABASE … TEMPLATE fast.
# max_connections covers the concurrency tests (200 requests at once) plus the pools of the workers.
OPTS="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB"
OPTS="$OPTS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
started=1
"${as_owner[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -o "$OPTS" -w -t 60 start >/dev/null || {
  cat "$LOG" >&2
  exit 1
}

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "pg-cluster: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT ($DIR)" >&2

# In the background and waited for, so a signal reaches the trap at once (bash defers traps while a
# foreground command runs); the trap then stops the command and removes the cluster.
"$@" <&0 &
child=$!
set +e
wait "$child"
status=$?
set -e
child=""
exit "$status"
