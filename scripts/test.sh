#!/usr/bin/env bash
# npm test: the whole suite, in order — lint, type check, the unit tests on PGlite, the unit tests on
# a throwaway PostgreSQL server, the end-to-end tests in Chromium. Every step runs even when an
# earlier one failed (one run shows every problem); the exit status is non-zero if any failed.
#   scripts/test.sh                 everything
#   scripts/test.sh e2e unit-pg     only those steps (lint typecheck unit-pglite unit-pg e2e)
set -uo pipefail
cd "$(dirname "$0")/.."
# Node 24 and the project's tools, also when the script is run directly rather than through npm.
export PATH="$PWD/node_modules/.bin:$PATH"
# No network here: Next must not try to send telemetry.
export NEXT_TELEMETRY_DISABLED=1

ALL_STEPS=(lint typecheck unit-pglite unit-pg e2e)
E2E_ENV=(
  NODE_ENV=production
  NEXTAUTH_URL="http://localhost:${E2E_PORT:-3100}"
  NEXTAUTH_SECRET=e2e-only-secret-not-for-production-0123456789
  AUTH_TRUST_HOST=true
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

# Playwright cannot download its browsers here: Debian's Chromium it is.
ensure_chromium() {
  local wanted=()
  [ -x /usr/bin/chromium ] || wanted+=(chromium)
  # CJK glyphs in screenshots; nice to have, so only fetched together with Chromium.
  if [ "${#wanted[@]}" -gt 0 ] && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then wanted+=(fonts-noto-cjk); fi
  [ "${#wanted[@]}" -eq 0 ] && return 0
  echo "› Installing ${wanted[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq </dev/null &&
    as_root apt-get install -y -qq "${wanted[@]}" </dev/null >/dev/null ||
    as_root apt-get install -y -qq chromium </dev/null >/dev/null
  if [ ! -x /usr/bin/chromium ]; then
    echo "Chromium is missing and could not be installed: run \`sudo apt-get install -y chromium\`." >&2
    return 1
  fi
}

step_lint() { eslint .; }
step_typecheck() { tsc --noEmit; }
step_unit_pglite() { vitest run --project pglite; }
step_unit_pg() { bash scripts/pg-cluster.sh vitest run --project postgres; }
step_e2e() {
  ensure_chromium || return 1
  echo "› Building the production server"
  env "${E2E_ENV[@]}" next build || return 1
  # playwright.config.ts migrates and seeds .data/e2e, then starts `next start` on it.
  playwright test
}

declare -A RESULT SECONDS_TAKEN
STEPS=("$@")
[ "${#STEPS[@]}" -eq 0 ] && STEPS=("${ALL_STEPS[@]}")
for step in "${STEPS[@]}"; do
  if ! declare -F "step_${step//-/_}" >/dev/null; then
    echo "Unknown step: $step (steps: ${ALL_STEPS[*]})" >&2
    exit 2
  fi
done

on_signal() {
  echo
  echo "Interrupted." >&2
  exit 130
}
trap on_signal INT TERM

started=$(date +%s)
for step in "${STEPS[@]}"; do
  echo
  echo "━━━ $step ━━━"
  t0=$(date +%s)
  if "step_${step//-/_}"; then RESULT[$step]=passed; else RESULT[$step]=FAILED; fi
  SECONDS_TAKEN[$step]=$(($(date +%s) - t0))
done

fmt() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
failed=()
echo
echo "━━━ summary ━━━"
for step in "${STEPS[@]}"; do
  mark="✔"
  [ "${RESULT[$step]}" = passed ] || { mark="✘"; failed+=("$step"); }
  printf '  %s %-12s %-7s %s\n' "$mark" "$step" "${RESULT[$step]}" "$(fmt "${SECONDS_TAKEN[$step]}")"
done
total=$(($(date +%s) - started))
if [ "${#failed[@]}" -eq 0 ]; then
  echo "  All ${#STEPS[@]} steps passed in $(fmt "$total")."
  exit 0
fi
echo "  FAILED: ${failed[*]} (total $(fmt "$total"))."
exit 1
