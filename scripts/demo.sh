#!/usr/bin/env bash
# npm run demo: migrate the embedded database, load the demo forum when it is empty, build, start.
# Honours PORT (default 3000) and DATABASE_URL (default: PGlite in .data/pglite).
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}"
mkdir -p .data
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  [ -s .data/auth-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > .data/auth-secret
  NEXTAUTH_SECRET="$(cat .data/auth-secret)"
  export NEXTAUTH_SECRET
fi
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"
export CONCORD_DEMO=1
export NEXT_TELEMETRY_DISABLED="${NEXT_TELEMETRY_DISABLED:-1}"

echo "› Migrating the database"
tsx scripts/db.ts deploy
echo "› Loading the demo forum (only into an empty database)"
tsx prisma/seed.ts --if-empty
echo "› Building Concord"
next build
echo "› Starting Concord at ${NEXTAUTH_URL}"
exec next start -p "$PORT"
