// `npm test`: every check of the project, in the order a reviewer would run them, then one
// summary line `tests: N passed, N failed` (unit and end-to-end tests; a failed typecheck,
// lint or build counts as one failure each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, NO_CHROMIUM } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const reports = path.join(root, '.reports');

const chromium = await findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
  } catch {
    return null;
  }
}

const failures = [];
if (!step('Typecheck', 'npm', ['run', '--silent', 'typecheck'])) failures.push('typecheck');
if (!step('Lint', 'npm', ['run', '--silent', 'lint'])) failures.push('lint');
const built = step('Build (electron-vite: main, preload, renderer)', 'npx', ['electron-vite', 'build']);
if (!built) failures.push('build');
if (built && !step('Electron security lint (electronegativity)', 'node', ['scripts/electronegativity.cjs']))
  failures.push('electronegativity');

step('Unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${path.join(reports, 'unit.json')}`,
]);
const unit = readJson('unit.json');

let e2e = null;
if (built) {
  step('End-to-end tests (Playwright, browser edition in Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  e2e = readJson('e2e.json');
}

const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit
  ? unit.numFailedTests + (unit.numTotalTestSuites > 0 && unit.success === false && unit.numFailedTests === 0 ? 1 : 0)
  : 1;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected + (e2e.errors?.length ?? 0) : 1;
const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed + failures.length;

console.log(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed · end-to-end: ${e2ePassed} passed, ${e2eFailed} failed${failures.length ? ` · failed checks: ${failures.join(', ')}` : ''}`,
);
if (!existsSync(path.join(root, 'out/renderer/index.html'))) console.log('(no renderer build: end-to-end tests did not run)');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
