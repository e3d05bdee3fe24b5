/**
 * Reads the unit (Vitest) and end-to-end (Playwright) JSON reports and prints one line: "N passed, N failed".
 * A suite whose report is missing although the run failed counts as one failure, so a broken stage is never silent.
 */
import { existsSync, readFileSync } from 'node:fs';

const runFailed = process.argv.includes('--run-failed');

function read(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  console.log('unit: no report');
}

const e2e = read('reports/e2e.json');
if (e2e) {
  const stats = e2e.stats ?? {};
  const e2ePassed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const e2eFailed = stats.unexpected ?? 0;
  passed += e2ePassed;
  failed += e2eFailed;
  console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed${stats.skipped ? `, ${stats.skipped} skipped` : ''}`);
} else {
  console.log('e2e: no report');
}

if (runFailed && failed === 0) {
  console.log('The test command failed outside the test suites (install, lint, typecheck or build).');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
