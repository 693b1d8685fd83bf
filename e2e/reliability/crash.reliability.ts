// QUALITY.md reliability 3, "crash mid-import": Chromium, on a profile on disk, is killed
// with SIGKILL at a random moment of a 10,000-person import, 20 times. Reopened, the database
// must hold exactly the rows from before the import or exactly those after it, never a part.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dice } from '../../src-renderer/src/reliability/corpus/common';
import { closeChromium, killChromium, startChromium } from './chromium-process';
import { dumpDatabase, hashDump, type Dump } from './db-dump';
import { recordFigure } from './figures';

const KILLS = Number(process.env.CHAIRDESK_KILLS ?? 20);
const ROWS = 10_000;
const csv = Buffer.from(
  ['Family name,Given name,Email', ...Array.from({ length: ROWS }, (_, i) => `Crash${i},Test,crash${i}@mfa.tj`)].join('\r\n'),
  'utf8',
);

/** Opens the import preview of the 10,000 persons; returns the Import button. */
async function openImport(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/#/people`);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'crash.csv', mimeType: 'text/csv', buffer: csv });
  const button = page.getByRole('dialog').getByRole('button', { name: `Import ${ROWS} persons` });
  await expect(button).toBeEnabled();
  return button;
}

type Verdict = 'before' | 'after' | 'partial';

/** Every table as before, and the persons either exactly as before or those plus exactly the file's 10,000. */
async function verdict(before: Dump, after: Dump): Promise<Verdict> {
  for (const table of Object.keys(before)) {
    if (table === 'persons') continue;
    if ((await hashDump({ [table]: before[table] ?? [] })) !== (await hashDump({ [table]: after[table] ?? [] }))) return 'partial';
  }
  const old = new Set((before.persons ?? []).map((p) => String(p.id)));
  const kept = (after.persons ?? []).filter((p) => old.has(String(p.id)));
  if ((await hashDump({ persons: kept })) !== (await hashDump({ persons: before.persons ?? [] }))) return 'partial';
  const added = (after.persons ?? []).filter((p) => !old.has(String(p.id)));
  if (added.length === 0) return 'before';
  const names = new Set(added.map((p) => (p.names as { en: { family: string } }).en.family));
  return added.length === ROWS && names.size === ROWS && names.has('Crash0') && names.has(`Crash${ROWS - 1}`) ? 'after' : 'partial';
}

test('a crash at any moment of a large import leaves the rows from before it or after it, never a part', async ({ baseURL }) => {
  test.setTimeout(1_200_000);
  if (!baseURL) throw new Error('no baseURL');
  const root = mkdtempSync(path.join(tmpdir(), 'chairdesk-crash-'));
  const template = path.join(root, 'template');
  try {
    // A profile holding the example year, closed in an orderly way.
    let running = await startChromium(template);
    await running.page.goto(baseURL);
    await running.page.getByRole('button', { name: 'Open the example year' }).click();
    await expect(running.page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    const before = await dumpDatabase(running.page);
    await closeChromium(running);

    // How long an import takes here, from the click to its message: the window to kill in.
    const calibration = path.join(root, 'calibration');
    cpSync(template, calibration, { recursive: true });
    running = await startChromium(calibration);
    const button = await openImport(running.page, baseURL);
    const started = Date.now();
    await button.click();
    await expect(running.page.getByRole('status').filter({ hasText: `Imported ${ROWS} persons.` })).toBeVisible({ timeout: 120_000 });
    const importMs = Date.now() - started;
    expect(await verdict(before, await dumpDatabase(running.page))).toBe('after');
    await closeChromium(running);

    const d = dice(Number(process.env.CHAIRDESK_CRASH_SEED ?? 20151215));
    const kills: { atMs: number; verdict: Verdict }[] = [];
    for (let i = 0; i < KILLS; i++) {
      const profile = path.join(root, `kill-${i}`);
      cpSync(template, profile, { recursive: true });
      running = await startChromium(profile);
      const importButton = await openImport(running.page, baseURL);
      // Anywhere from the click to a little after the import's own duration.
      const atMs = Math.round(d.next() * importMs * 1.15);
      await importButton.click();
      await new Promise((resolve) => setTimeout(resolve, atMs));
      await killChromium(running);

      running = await startChromium(profile);
      await running.page.goto(baseURL);
      kills.push({ atMs, verdict: await verdict(before, await dumpDatabase(running.page)) });
      await closeChromium(running);
      rmSync(profile, { recursive: true, force: true });
    }

    const count = (v: Verdict): number => kills.filter((k) => k.verdict === v).length;
    recordFigure('crash', {
      kills: kills.length,
      rows: ROWS,
      importMs,
      before: count('before'),
      after: count('after'),
      partial: count('partial'),
      killPointsMs: kills.map((k) => k.atMs),
    });
    expect(kills.map((k) => k.verdict)).not.toContain('partial');
    expect(kills).toHaveLength(KILLS);
    // QUALITY.md asks for 20: CHAIRDESK_KILLS may ask for more, not fewer.
    expect(kills.length).toBeGreaterThanOrEqual(20);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
