// QUALITY.md reliability 1 in the browser, for the hostile calendars of the bad-input corpus's
// many-events kind (src-renderer/src/reliability/corpus/ics.ts: over the cap of events, just
// under it, endless series, thousands of series or of changed occurrences): each is opened in
// the browser edition as a user would, and must be refused (no event offered) within the 5 s a
// file may take, while the page stays responsive: no main-thread task over 200 ms (the reader
// runs in a worker). Prints the slowest file and the longest main-thread task.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MANY_EVENTS_FILES, manyEventsFile } from '../../src-renderer/src/reliability/corpus/ics';
import { openExampleYear } from '../support';
import { recordFigure } from './figures';

const TIME_LIMIT_MS = 5_000;
const LONG_TASK_MS = 200;

test('hostile calendars are refused in time, with the page responsive', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('button', { name: 'Import ICS…' })).toBeEnabled();
  await page.evaluate(() => {
    const state = window as unknown as { __longest: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longest = Math.max(state.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'chairdesk-hostile-'));
  const results: { file: string; bytes: number; ms: number; longestTaskMs: number; outcome: string }[] = [];
  for (const [shape, size] of MANY_EVENTS_FILES) {
    const text = manyEventsFile(shape, size, `hostile-${shape}-${size}`);
    const buffer = Buffer.from(text);
    // Handed over as a file on disk, as a user picks one: a file given as bytes would be decoded
    // by Playwright in the page itself, a main-thread task of its own.
    const file = path.join(dir, `${shape}-${size}.ics`);
    writeFileSync(file, buffer);
    await page.evaluate(() => {
      (window as unknown as { __longest: number }).__longest = 0;
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import ICS…' }).click();
    const started = Date.now();
    await (await chooser).setFiles(file);
    const refused = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
    const preview = page.getByRole('dialog', { name: `Import ${shape}-${size}.ics` });
    await expect(refused.or(preview)).toBeVisible({ timeout: 60_000 });
    const ms = Date.now() - started;
    let outcome: string;
    if (await preview.isVisible()) {
      outcome = (await preview.getByRole('status').textContent()) ?? '';
      await expect(preview.getByRole('button', { name: 'Import 0' })).toBeDisabled();
      await preview.getByRole('button', { name: 'Cancel' }).click();
    } else {
      outcome = (await refused.textContent()) ?? '';
      await refused
        .getByRole('button')
        .first()
        .click()
        .catch(() => undefined);
    }
    const longestTaskMs = Math.round(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    results.push({ file: `${shape} × ${size}`, bytes: buffer.byteLength, ms, longestTaskMs, outcome: outcome.trim() });
  }
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const longest = results.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
  recordFigure('hostile-ics', {
    files: results.length,
    largestBytes: Math.max(...results.map((r) => r.bytes)),
    slowestMs: slowest.ms,
    slowest: slowest.file,
    longestTaskMs: longest.longestTaskMs,
    longestTaskFile: longest.file,
    results,
  });
  console.log(results.map((r) => `${r.file}: ${r.ms} ms, longest task ${r.longestTaskMs} ms — ${r.outcome}`).join('\n'));
  expect(results.filter((r) => r.ms > TIME_LIMIT_MS)).toEqual([]);
  expect(results.filter((r) => r.longestTaskMs > LONG_TASK_MS)).toEqual([]);
  expect(results.filter((r) => !/not imported|^0 new, 0 changed, 0 unchanged/.test(r.outcome))).toEqual([]);
});
