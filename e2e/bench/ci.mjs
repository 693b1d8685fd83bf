// The benchmark as CI runs it (`npm run bench:ci`): once, and once more only if a target was
// missed; it fails for a check missed in both consecutive runs, since absolute times on a
// shared machine swing from one run to the next. The checks docs/quality.md records as not met
// yet (NOT_MET_YET) are measured and printed on every run, and named in the last line, but do
// not fail it; every other check of every target does.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `<target> <check label>` of the checks not met yet, with the reasons in docs/quality.md. */
const NOT_MET_YET = new Set(['4 cold: app vs raw read + rows', '8 shell vs a blank Svelte page', '8 first row vs the Dexie floor']);

/** Runs the benchmark; returns the checks it missed (`<target> <label>`), or null if it did not finish. */
function run(extra) {
  rmSync(path.join(root, 'bench-results.json'), { force: true });
  spawnSync(process.execPath, [path.join(root, 'e2e/bench/bench.mjs'), ...extra], { cwd: root, stdio: 'inherit' });
  try {
    const { results } = JSON.parse(readFileSync(path.join(root, 'bench-results.json'), 'utf8'));
    return new Set(results.flatMap((r) => r.checks.filter((c) => !c.pass).map((c) => `${r.id} ${c.label}`)));
  } catch {
    return null;
  }
}

const targetOf = (check) => check.split(' ')[0];
const gated = (missed) => [...missed].filter((check) => !NOT_MET_YET.has(check));
const notMet = (missed) =>
  [...missed]
    .filter((check) => NOT_MET_YET.has(check))
    .map((check) => `target ${check}`)
    .join('; ');

const first = run([]);
if (first === null) {
  console.log('bench: the benchmark did not finish');
  process.exit(1);
}
if (notMet(first)) console.log(`bench: not met yet (docs/quality.md; measured, not gated): ${notMet(first)}`);
if (gated(first).length === 0) {
  console.log('bench: every gated check met');
  process.exit(0);
}
const again = [...new Set(gated(first).map(targetOf))];
console.log(`bench: missed ${gated(first).join('; ')}; running target ${again.join(', ')} once more`);
// Only the targets missed (the archive is loaded all the same): the second run costs less.
const second = run(['--no-build', `--only=${again.join(',')}`]);
if (second === null) {
  console.log('bench: the second run did not finish');
  process.exit(1);
}
const twice = gated(first).filter((check) => second.has(check));
console.log(twice.length ? `bench: missed in two consecutive runs: ${twice.join('; ')}` : 'bench: no gated check missed twice in a row');
process.exit(twice.length ? 1 : 0);
