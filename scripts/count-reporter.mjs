// Writes the pass/fail counts of a test-runner run to test-results/<suite>.json,
// so .ci/run can close with one "N passed, N failed" line over every suite.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter(suiteName) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no results but must still count as a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) {
          totals.failed += 1;
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${suiteName}.json`, JSON.stringify(totals));
    },
  };
}
