// `npm test`: every check of the project, in the order a reviewer would run them, then one
// summary line `tests: N passed, N failed` (unit and end-to-end tests; a failed typecheck,
// lint or build counts as one failure each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium, NO_CHROMIUM } from './chromium.mjs';
import {
  playwrightCounts,
  playwrightFailures,
  playwrightTests,
  printTests,
  readReport,
  REPORTS as reports,
  ROOT as root,
  step,
  vitestCounts,
  vitestFailures,
  vitestJson,
} from './results.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const failures = [];
if (!step('Typecheck', 'npm', ['run', '--silent', 'typecheck'])) failures.push('typecheck');
if (!step('Lint', 'npm', ['run', '--silent', 'lint'])) failures.push('lint');
const built = step('Build (electron-vite: main, preload, renderer)', 'npx', ['electron-vite', 'build']);
if (!built) failures.push('build');
if (built && !step('Electron security lint (electronegativity)', 'node', ['scripts/electronegativity.cjs']))
  failures.push('electronegativity');
// The benchmark's pages (out/bench, never in the product): the end-to-end tests on the large
// archive load it through the benchmark's rig.
const benchBuilt = built && step("Build the benchmark's pages (rig, blank page, floors)", 'node', ['e2e/bench/build.mjs']);
if (built && !benchBuilt) failures.push('build:bench');

// The real calendars of the ICS corpus test that come through Debian's apt (the npm ones come
// with npm ci): unpacked into .cache/ics-corpus where their packages are not installed.
if (!step('ICS corpus files (Debian packages)', 'node', ['scripts/ics-corpus.mjs'])) failures.push('ics-corpus');

// The office-document suite runs where LibreOffice is installed (CI installs it).
if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0)
  console.log(
    '\nNote: soffice is not installed, so the office-document suite is skipped (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui).',
  );

step('Unit tests (vitest)', 'npx', ['vitest', 'run', ...vitestJson('unit.json')]);
const unitReport = readReport('unit.json');
const unit = vitestCounts(unitReport);

if (built) step('End-to-end tests (Playwright, browser edition in Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
const e2eReport = built ? readReport('e2e.json') : null;
const e2e = playwrightCounts(e2eReport);

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + failures.length;

printTests('Passed only on a retry', playwrightTests(e2eReport, 'flaky'), '↻');
printTests('Failed', [
  ...failures.map((check) => `the ${check} check — its output is above`),
  ...vitestFailures(unitReport),
  ...playwrightFailures(e2eReport),
]);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed · end-to-end: ${e2e.passed} passed, ${e2e.failed} failed${failures.length ? ` · failed checks: ${failures.join(', ')}` : ''}`,
);
if (!existsSync(path.join(root, 'out/renderer/index.html'))) console.log('(no renderer build: end-to-end tests did not run)');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
