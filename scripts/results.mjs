// What `npm test` and `npm run test:reliability` share: running a step with its output shown,
// and reading the JSON reports of vitest and Playwright into counts, the same way for both.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPORTS = path.join(ROOT, '.reports');

/** Runs one step of a script, its output shown; true when it succeeded. */
export function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A JSON report under .reports/, or null when the run wrote none (or half of one). */
export function readReport(file) {
  try {
    return JSON.parse(readFileSync(path.join(REPORTS, file), 'utf8'));
  } catch {
    return null;
  }
}

/** A vitest JSON report as counts; no report, or a run that failed outside any test, is one failure. */
export function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 1 };
  const outsideTests = report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests + outsideTests };
}

/** A Playwright JSON report as counts (a flaky test passed on retry); no report is one failure. */
export function playwrightCounts(report) {
  if (!report) return { passed: 0, failed: 1 };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (report.errors?.length ?? 0) };
}

/** The vitest arguments that also write a JSON report to .reports/`file`. */
export function vitestJson(file) {
  return ['--reporter=default', '--reporter=json', `--outputFile=${path.join(REPORTS, file)}`];
}

/** The first line of an error message, without terminal colours, cut to one screen line. */
function firstLine(message = '') {
  const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const line = message.replace(colours, '').trim().split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** The tests that failed in a vitest JSON report: "file › test — first line of the error". */
export function vitestFailures(report) {
  if (!report) return [];
  return report.testResults.flatMap((file) => {
    const where = path.relative(ROOT, file.name);
    const tests = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${where} › ${test.fullName} — ${firstLine(test.failureMessages?.[0])}`);
    return tests.length === 0 && file.status === 'failed' ? [`${where} — ${firstLine(file.message)}`] : tests;
  });
}

/** The tests of a Playwright JSON report with a status ("unexpected": failed after their retries;
 *  "flaky": passed on a retry), each with the first line of its last error. */
export function playwrightTests(report, status) {
  if (!report) return [];
  const found = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === status) {
          const error = test.results.findLast((result) => result.error)?.error;
          found.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')} — ${firstLine(error?.message)}`);
        }
    for (const child of suite.suites ?? []) walk(child, suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return found;
}

/** The tests that failed in a Playwright JSON report (after their retries), and errors outside tests. */
export function playwrightFailures(report) {
  const outside = (report?.errors ?? []).map((error) => `outside any test — ${firstLine(error.message)}`);
  return [...playwrightTests(report, 'unexpected'), ...outside];
}

/** Prints a list of tests, one a line, so that the end of a long log names them. */
export function printTests(heading, tests, mark = '✗') {
  if (tests.length === 0) return;
  console.log(`\n${heading} (${tests.length}):`);
  for (const test of tests) console.log(`  ${mark} ${test}`);
}
