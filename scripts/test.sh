#!/usr/bin/env bash
# The project's test command (npm test): unit and database tests (vitest), then browser tests
# (Playwright with Debian's chromium, installed by scripts/ensure-chromium.sh when missing).
# Ends with one summary line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
rm -f tmp/vitest.json tmp/vitest-pg.json tmp/playwright.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/vitest.json || status=1
if [ "${AKKOORDMONITOR_SKIP_E2E:-}" != "1" ]; then
  bash scripts/ensure-chromium.sh || status=1
  npx playwright test || status=1
fi
node scripts/samenvatting.mjs || status=1
exit $status
