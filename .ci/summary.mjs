// Sums the JSON reports of the suites into one line: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

function read(file) {
  if (!existsSync(file)) {
    missing.push(file);
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}

for (const file of ['test-results/e2e/results.json', 'test-results/e2e-electron/results.json']) {
  if (file.includes('electron') && !existsSync(file)) continue; // not run where no binary exists
  const report = read(file);
  if (!report) continue;
  passed += report.stats.expected;
  failed += report.stats.unexpected + report.stats.flaky;
  skipped += report.stats.skipped;
}

if (missing.length) console.info(`missing reports: ${missing.join(', ')}`);
console.info(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
