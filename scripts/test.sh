#!/usr/bin/env bash
# The whole test suite, as `./fitsys test` runs it (and CI, through .ci/run):
# type-check, lint, prettier, unit and integration tests (stores on SQLite and
# PostgreSQL), the scripts' tests, the browser tests against a freshly
# built and started portal, and two backend replicas on one PostgreSQL.
# Every part runs; the run fails if any part fails.
# It ends with one line: "tests: N passed, M failed".
set -uo pipefail
cd "$FITSYS_ROOT"
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
# shellcheck source=scripts/services.sh
. scripts/services.sh

results_dir="$FITSYS_ROOT/.data/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"
export BACKSTAGE_TEST_DISABLE_DOCKER=1
export CI="${CI:-true}"

passed=0
failed=0
failed_steps=()

ensure_postgres || { failed_steps+=("PostgreSQL for the store tests"); failed=$((failed + 1)); }
ensure_chromium || { failed_steps+=("Chromium for the browser tests"); failed=$((failed + 1)); }

# A check that is not a test runner counts as one test.
check() {
  local name="$1"
  shift
  fitsys_log "$name: $*"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    fitsys_log "$name passed ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1))
    failed_steps+=("$name")
    fitsys_log "$name FAILED ($((SECONDS - started)) s)"
  fi
}

# Adds a test runner's own counts, read from its JSON or TAP summary.
count() {
  local name="$1" file="$2" status="$3" counts
  counts=$(node scripts/lib/count-results.mjs "$file" 2>/dev/null) || counts="0 0"
  read -r p f <<<"$counts"
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" != 0 ] || [ "$f" != 0 ] || [ "$p" = 0 ]; then
    failed_steps+=("$name")
    [ "$f" = 0 ] && failed=$((failed + 1))
  fi
  fitsys_log "$name: $p passed, $f failed"
}

check "type-check" yarn tsc
check "lint" yarn lint:all
check "prettier" yarn prettier:check

fitsys_log "unit and integration tests (jest)"
yarn test:all --json --outputFile="$results_dir/jest.json"
count "unit and integration tests" "$results_dir/jest.json" $?

fitsys_log "scripts tests (node --test)"
node --test --test-reporter=tap --test-reporter-destination="$results_dir/scripts.tap" \
  --test-reporter=spec --test-reporter-destination=stdout 'scripts/test/*.test.mjs'
count "scripts tests" "$results_dir/scripts.tap" $?

fitsys_log "browser tests (Playwright, headless Chromium)"
node scripts/e2e.mjs --json "$results_dir/e2e.json"
count "browser tests" "$results_dir/e2e.json" $?

fitsys_log "replica tests (two backends on one PostgreSQL, node --test)"
node --test --test-reporter=tap --test-reporter-destination="$results_dir/replicas.tap" \
  --test-reporter=spec --test-reporter-destination=stdout scripts/replicas/replicas.test.mjs
count "replica tests" "$results_dir/replicas.tap" $?

if [ ${#failed_steps[@]} -gt 0 ]; then
  fitsys_log "Failed: ${failed_steps[*]}"
fi
echo "tests: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
