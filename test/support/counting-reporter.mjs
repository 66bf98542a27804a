// Writes the browser run's pass/fail counts to a file so test/run-all.mjs can print one closing line.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      const out = process.env.LM_COUNTS_FILE;
      if (out) writeFileSync(out, JSON.stringify(counts));
      console.log(`browser: ${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
