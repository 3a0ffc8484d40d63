// Prints "<passed> <failed>" from a test runner's result file: jest's
// --json output, Playwright's JSON reporter, or node --test's TAP output.
import fs from 'node:fs';

const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
let passed = 0;
let failed = 0;
if (file.endsWith('.tap')) {
  passed = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  failed = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
} else {
  const json = JSON.parse(text);
  if (typeof json.numPassedTests === 'number') {
    // jest: a suite that fails to load has no tests but still failed.
    passed = json.numPassedTests;
    failed = json.numFailedTests + json.numRuntimeErrorTestSuites;
  } else if (json.stats) {
    // Playwright: flaky tests passed on retry.
    passed = json.stats.expected + json.stats.flaky;
    failed = json.stats.unexpected;
  }
}
console.log(`${passed} ${failed}`);
