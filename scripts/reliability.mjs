// `npm run test:reliability`: the reliability tests of docs/quality.md. Builds the browser edition,
// runs the Node half (vitest: bad-input corpus, all or nothing, restore, round trip, upgrade
// fixtures, snapshots, exports) and the browser half (Playwright in Chromium: hostile files,
// crash loop, upgrade in another tab, two windows, full disk, hostile strings), then prints one line per
// docs/quality.md test with the figure its tests recorded in .reports/reliability/, and a last line
// `reliability: N passed, N failed` (tests; a failed build, or a test without its figure,
// counts as one failure each).
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium, NO_CHROMIUM } from './chromium.mjs';
import {
  playwrightCounts,
  playwrightFailures,
  playwrightTests,
  printTests,
  readReport,
  REPORTS,
  ROOT,
  step,
  vitestCounts,
  vitestFailures,
  vitestJson,
} from './results.mjs';

const started = Date.now();
const FIGURES = path.join(REPORTS, 'reliability');
const UNIT_REPORT = 'reliability-unit.json';
const BROWSER_REPORT = 'reliability-e2e.json';

const chromium = await findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  console.log('reliability: 0 passed, 1 failed');
  process.exit(1);
}

/** The newest modification time of any file below `dir`. */
function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}

/** The messages are compiled (src-renderer/src/paraglide) and newer than every message file. */
function messagesCompiled() {
  const compiled = path.join(ROOT, 'src-renderer/src/paraglide/messages.js');
  return existsSync(compiled) && statSync(compiled).mtimeMs >= newest(path.join(ROOT, 'src-renderer/i18n'));
}

for (const old of [FIGURES, path.join(REPORTS, UNIT_REPORT), path.join(REPORTS, BROWSER_REPORT)])
  rmSync(old, { recursive: true, force: true });

const failures = [];
if (!messagesCompiled() && !step('Messages (paraglide)', 'npm', ['run', '--silent', 'i18n'])) failures.push('i18n');
const built = step('Build the browser edition', 'npx', ['vite', 'build', '-c', 'vite.renderer.config.ts']);
if (!built) failures.push('build');

step('Reliability, Node half (vitest)', 'npx', ['vitest', 'run', '-c', 'scripts/reliability.vitest.config.ts', ...vitestJson(UNIT_REPORT)]);
const unitReport = readReport(UNIT_REPORT);
if (built)
  step('Reliability, browser half (Playwright, Chromium)', 'npx', ['playwright', 'test', '-c', 'e2e/reliability/playwright.config.ts'], {
    CHROMIUM_PATH: chromium,
  });
const browserReport = built ? readReport(BROWSER_REPORT) : null;

// ---- which test files failed ----

const stem = (file) => path.basename(file).replace(/\.reliability\.ts$/, '');

/** Test files (by stem) with a failed test; `*` when a whole half failed outside its tests. */
function failedFiles() {
  const failed = new Set();
  if (!unitReport) failed.add('*unit');
  for (const file of unitReport?.testResults ?? [])
    if (file.status === 'failed' || file.assertionResults.some((t) => t.status === 'failed')) failed.add(stem(file.name));
  if (!browserReport || browserReport.errors?.length) failed.add('*browser');
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === 'unexpected')) failed.add(stem(suite.file ?? file ?? spec.file ?? ''));
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
  };
  for (const suite of browserReport?.suites ?? []) walk(suite);
  return failed;
}

// ---- the figures, in the words of docs/quality.md ----

function figure(name) {
  try {
    return JSON.parse(readFileSync(path.join(FIGURES, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
}

const n = (value) => Number(value ?? 0).toLocaleString('en-GB');
const FORMATS = {
  backup: 'backup',
  ics: 'ICS',
  csv: 'CSV',
  xlsx: 'XLSX',
  reference: 'reference file',
  'reference-xlsx': 'reference workbook',
};

/** Each docs/quality.md reliability test: its tests (file stems, by half) and its figure from the recorded ones. */
const TESTS = [
  {
    title: 'bad input changes nothing',
    files: { unit: ['imports'], browser: ['hostile', 'hostile-ics'] },
    figures: [...Object.keys(FORMATS).map((f) => `imports-${f}`), 'hostile', 'hostile-ics'],
    say: (...figures) => {
      const formats = figures.slice(0, Object.keys(FORMATS).length);
      const hostile = figures.at(-2);
      const each = formats.map(
        (f, i) =>
          `${Object.values(FORMATS)[i]} ${n(f.files)} bad files, ${n(f.refused)} refused with a clear message (${n(f.unclear)} unclear), ${n(f.rowsChanged)} rows changed, slowest ${n(f.slowestMs)} ms`,
      );
      const polluted = formats.filter((f) => f.polluted).length;
      const hostileIcs = figures.at(-1);
      const slowest = formats.reduce((a, f) => (f.slowestMs > a.slowestMs ? f : a));
      const bomb = formats.map((f) => f.largestBomb).reduce((a, b) => ((b?.unpacks ?? 0) > (a?.unpacks ?? 0) ? b : a), null);
      const mb = (bytes) => `${n(Math.round(bytes / 1e6))} MB`;
      // The hostile calendars (many events, endless series, thousands of changed occurrences).
      const ics = formats[Object.keys(FORMATS).indexOf('ics')];
      const many = ics?.kinds?.['many-events']
        ? `; ICS many-events kind: ${n(ics.kinds['many-events'])} files up to ${n(Math.round(ics.largestBytesByKind['many-events'] / 1e6))} MB, slowest ${n(ics.slowestMsByKind['many-events'])} ms`
        : '';
      const hostileWords =
        `hostile files: the largest zip bomb (${bomb ? `${mb(bomb.bytes)} inflating to ${mb(bomb.unpacks)}` : 'none'}) refused in ${n(bomb?.ms)} ms, ` +
        `the slowest file ${slowest.slowest} in ${n(slowest.slowestMs)} ms (limit 5 s); in the browser, ${n(hostile.files)} hostile spreadsheets through the Import button: ` +
        `slowest ${n(hostile.slowest?.ms)} ms (${hostile.slowest?.name}), longest main-thread task while refusing ${n(hostile.longestTask?.ms)} ms (limit 200 ms; ${hostile.largestBomb?.name}, ${mb(hostile.largestBomb?.bytes ?? 0)} inflating to ${mb(hostile.largestBomb?.unpacks ?? 0)}, refused in ${n(hostile.largestBomb?.ms)} ms); ` +
        `${n(hostileIcs.files)} hostile calendars refused, slowest ${n(hostileIcs.slowestMs)} ms (${hostileIcs.slowest}), longest main-thread task ${n(hostileIcs.longestTaskMs)} ms (limit 200 ms)`;
      return `${each.join('; ')}${many}; ${polluted ? `prototypes polluted by ${polluted} formats` : 'no prototype polluted'} (limit 5 s a file); ${hostileWords}`;
    },
  },
  {
    title: 'all or nothing',
    files: { unit: ['all-or-nothing'] },
    figures: ['all-or-nothing'],
    say: (f) =>
      `${n(f.csv?.rows)}-row imports, the last row bad: CSV ${n(f.csv?.written)} rows written (the preview names row ${n(f.csv?.badRow)} and offers to leave it out), XLSX ${n(f.xlsx?.written)} (row ${n(f.xlsx?.badRow)}), persons ${n(f.persons?.written)}, ICS ${n(f.ics?.written)}, backup ${n(f.backup?.written)}, reference file ${n(f.reference?.written)} (row ${n(f.reference?.badRow)} named), reference workbook ${n(f['reference-xlsx']?.written)} (row ${n(f['reference-xlsx']?.badRow)}), reference import failing at its last row ${n(f['reference-commit']?.written)}`,
  },
  {
    title: 'crash mid-import',
    files: { browser: ['crash'] },
    figures: ['crash'],
    say: (f) =>
      `${n(f.kills)} SIGKILLs at random points of a ${n(f.rows)}-row import (${n(f.importMs)} ms, its transaction from ${n(f.commitWindowMs?.fromMs)} to ${n(f.commitWindowMs?.toMs)} ms), as the page reported: ${n(f.fell?.beforeTransaction)} before its transaction began, ${n(f.fell?.insideCommitWindow)} inside the commit window, ${n(f.fell?.afterCommit)} after it completed; ${n(f.before)} reopened with the rows before, ${n(f.after)} with the rows after, ${n(f.partial)} partial`,
  },
  {
    title: 'restore is safe',
    files: { unit: ['restore'] },
    figures: ['restore'],
    say: (f) =>
      `backup cut at 30/50/70/90/99 %: ${n(f.cuts?.refused)} of ${n(f.cuts?.tried)} refused; restore failing at ${n(f.failures?.points)} points of its transaction: old data intact ${n(f.failures?.intact)} times; ${n(f.letters?.changed)} one-letter changes: ${n(f.letters?.byChecksum)} caught by the checksum; ${n(f.bytes?.changed)} one-byte changes: ${n(f.bytes?.refused)} refused; restore then undo: ${f.undo?.restoredAsBackedUp && f.undo?.undoneAsBefore ? 'same hash' : 'different hash'}`,
  },
  {
    title: 'round trip',
    files: { unit: ['round-trip'] },
    figures: ['round-trip'],
    say: (f) =>
      `export → wipe → import of ${n(f.rows)} rows, ${n(f.textFields)} text fields in Cyrillic, Tajik, diacritics and emoji, ${n(f.longNotes)} notes of 10k+ characters: ${f.sameHash ? 'same canonical hash' : 'different hash'}; reference data of ${n(f['reference-json']?.rows)} rows, ${n(f['reference-json']?.textFields)} text fields: file ${f['reference-json']?.sameHash ? 'same canonical hash' : 'different hash'}, workbook ${f['reference-xlsx']?.sameHash ? 'same fields' : 'different fields'}`,
  },
  {
    title: 'upgrades',
    files: { unit: ['upgrades'], browser: ['upgrade'] },
    figures: ['upgrades', 'upgrade-browser'],
    say: (f, tab) => {
      const fixtures = Object.entries(f.fixtures ?? {}).map(([v, c]) => `v${v} ${n(c.accounted)} of ${n(c.rows)} rows accounted for`);
      const thrown = Object.values(f.throwingUpgrade ?? {});
      const kept = thrown.filter((t) => t.versionKept && t.sameHash && t.writable).length;
      return `fixtures ${fixtures.join(', ')}; an upgrade that throws: ${kept} of ${thrown.length} left the old database as it was and usable; a second window ${tab.toldToReload ? 'told to reload' : 'not told'}, ${n(tab.tablesChangedAfterTold)} tables written after; a newer database ${tab.newerRefused ? 'refused' : 'opened'} by older code, ${n(tab.tablesChangedByOlderCode)} tables written`;
    },
  },
  {
    title: 'two windows',
    files: { browser: ['two-windows'] },
    figures: ['two-windows'],
    say: (f) =>
      `a change shows in the other window within ${n(f.maxMs)} ms at most (${n(f.rounds)} rounds, limit 500 ms); a stale edit ${f.staleRefused ? 'refused' : 'taken'}: "${f.message ?? ''}"`,
  },
  {
    title: 'disk full',
    files: { browser: ['quota'] },
    figures: ['quota'],
    say: (f) =>
      `${n(f.injected)} QuotaExceededErrors injected (edit, import, restore; thrown and as the transaction's error): ${n(f.rolledBack)} rolled back, ${n(f.told)} told the user`,
  },
  {
    title: 'snapshots',
    files: { unit: ['snapshots'] },
    figures: ['snapshots'],
    say: (f) =>
      `${n(f.days)} simulated days, ${n(f.edits)} edits: ${n(f.automatic)} automatic snapshots (15 min apart while data changed, ${n(f.automaticInQuietHours)} in quiet hours); ${n(f.imports)} imports and ${n(f.restores)} restores, ${n(f.holdingDataBefore)} preceded by a snapshot of the data before; at most ${n(f.maxKept)} kept, at the end ${n(f.keptAtEnd?.today)} of today + ${n(f.keptAtEnd?.earlierDays)} earlier days`,
  },
  {
    title: 'hostile strings',
    files: { browser: ['xss'] },
    figures: ['xss'],
    say: (f) =>
      `${n(f.payloads)} XSS payloads, all ${n(f.payloads)} in each of ${n(f.fieldsWithEveryPayload)} of ${n(f.fields)} text fields, ${n(f.screens)} screens and ${n(f.printViews)} print views in English and Russian (${n(f.views)} views): ${n(f.scriptsRun)} scripts run, ${n(f.dialogs)} dialogs, ${n(f.cspViolations)} CSP violations, ${n(f.injectedElements)} elements made from them, ${n(f.payloadsShownAsText)} of ${n(f.payloads)} shown as text`,
  },
  {
    title: 'exports are safe',
    files: { unit: ['exports'] },
    figures: ['exports'],
    say: (f) =>
      `${n(f.files)} exports (${n(f.csv)} CSV, ${n(f.xlsx)} XLSX), ${n(f.cells)} text cells: in CSV ${n(f.neutralised)} starting with = + - @ tab or CR neutralised, ${n(f.unsafe)} unsafe; in XLSX ${n(f.xlsxAsTyped)} kept as typed as strings, ${n(f.xlsxApostrophes)} with an added apostrophe, ${n(f.xlsxFormulas)} formulas; ${n(f.phonesAsTyped)} phone numbers (+7 495 …) kept as typed`,
  },
  {
    title: 'merges lose nothing',
    files: { unit: ['merges'] },
    figures: ['merges'],
    say: (f) =>
      `${n(f.runs)} random histories (${n(f.seeds)} seeds each of ${f.shapes.join(' and ')}), ${n(f.ops)} edits, deletions, additions and undos, ${n(f.merges)} merges in random orders with the preselected choices: ${n(f.diverged)} copies ending with different data, ${n(f.lost)} edits one copy alone made lost`,
  },
];

const failed = failedFiles();
let missingFigures = 0;
console.log('\nReliability (docs/quality.md), figures as measured:');
TESTS.forEach((test, i) => {
  const files = [...(test.files.unit ?? []), ...(test.files.browser ?? [])];
  const halfFailed = (test.files.unit && failed.has('*unit')) || (test.files.browser && failed.has('*browser'));
  const failedHere = files.filter((f) => failed.has(f));
  const figures = test.figures.map(figure);
  const recorded = figures.every(Boolean);
  if (!recorded && !failedHere.length && !halfFailed) missingFigures++;
  const ok = recorded && !failedHere.length && !halfFailed;
  const words = recorded ? test.say(...figures) : 'no figure recorded';
  const why = failedHere.length
    ? ` (failed: ${failedHere.map((f) => `${f}.reliability.ts`).join(', ')})`
    : halfFailed && !ok
      ? ' (its half did not run)'
      : '';
  console.log(`${ok ? '✓' : '✗'} ${i + 1} ${test.title}: ${words}${why}`);
});

const unit = vitestCounts(unitReport);
const browser = playwrightCounts(browserReport);
const passed = unit.passed + browser.passed;
const failedCount = unit.failed + browser.failed + failures.length + missingFigures;
const seconds = Math.round((Date.now() - started) / 1000);
printTests('Passed only on a retry', playwrightTests(browserReport, 'flaky'), '↻');
printTests('Failed', [...vitestFailures(unitReport), ...playwrightFailures(browserReport)]);
console.log(
  `\nNode half: ${unit.passed} passed, ${unit.failed} failed · browser half: ${browser.passed} passed, ${browser.failed} failed${failures.length ? ` · failed steps: ${failures.join(', ')}` : ''}${missingFigures ? ` · ${missingFigures} without a figure` : ''} · ${Math.floor(seconds / 60)} min ${seconds % 60} s`,
);
console.log(`reliability: ${passed} passed, ${failedCount} failed`);
process.exit(failedCount === 0 ? 0 : 1);
