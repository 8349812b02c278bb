// Prints "N passed, N failed" over vitest (PGlite and, in CI, PostgreSQL) and Playwright results (tmp/*.json).
import fs from 'node:fs';
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync('tmp/vitest.json')) {
  const v = JSON.parse(fs.readFileSync('tmp/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
// the PostgreSQL pass of .ci/run
if (fs.existsSync('tmp/vitest-pg.json')) {
  const v = JSON.parse(fs.readFileSync('tmp/vitest-pg.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
if (fs.existsSync('tmp/playwright.json')) {
  const p = JSON.parse(fs.readFileSync('tmp/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
  skipped += p.stats.skipped;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed === 0) process.exit(1);
