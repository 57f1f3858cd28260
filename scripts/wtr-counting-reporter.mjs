// Writes the totals of one browser run to .test-results/<engine>.json so that `npm test`
// can print the totals of every engine at the end.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countingReporter(engine) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { engine, files: 0, passed: 0, failed: 0, skipped: 0, errors: 0 };
      const files = new Set();
      for (const session of sessions) {
        files.add(session.testFile);
        if (session.testResults) countSuite(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += session.errors.length;
      }
      totals.files = files.size;
      const dir = process.env.AW_RESULTS_DIR ?? '.test-results';
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${engine}.json`, JSON.stringify(totals, null, 2));
    },
  };
}
