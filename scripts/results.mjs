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
