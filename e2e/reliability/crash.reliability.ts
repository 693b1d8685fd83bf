// docs/quality.md reliability 3, "crash mid-import": Chromium, on a profile on disk, is killed
// with SIGKILL at a random moment of a 10,000-person import, 20 times, half of them aimed at the
// import's commit window (from its read-write transaction's start to its completion). Reopened,
// the database must hold exactly the rows from before the import or exactly those after it,
// never a part. Where each kill fell is recorded from the page's own reports of its
// transaction, and some must have fallen inside the commit window.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dice } from '../../src-renderer/src/reliability/corpus/common';
import { closeChromium, killChromium, startChromium, type RunningChromium } from './chromium-process';
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
  const button = page.getByRole('dialog').getByRole('button', { name: `Import ${ROWS.toLocaleString('en')} persons` });
  await expect(button).toBeEnabled();
  return button;
}

type Verdict = 'before' | 'after' | 'partial';

/** When the import's transaction began and completed, by the page's clock, as far as the page reported before it died. */
interface Phases {
  start?: number;
  complete?: number;
}

/**
 * From now on, the page reports when a read-write transaction on the persons alone (the
 * import's; nothing else writes them meanwhile) begins and when it completes, by its own clock
 * (Date.now(), the machine's, as the test's). Reported at once over the DevTools connection, so a
 * kill loses at most what the page said in its last moments.
 */
async function watchCommit(running: RunningChromium): Promise<Phases> {
  const phases: Phases = {};
  const context = running.page.context();
  await context.exposeBinding('__importPhase', (_source, phase: keyof Phases, at: number) => {
    phases[phase] ??= at;
  });
  await context.addInitScript(() => {
    const report = (phase: string): void =>
      void (window as unknown as { __importPhase: (p: string, at: number) => Promise<void> }).__importPhase(phase, Date.now());
    const proto = IDBDatabase.prototype;
    // (The method itself, called below with the database it was called on.)
    // eslint-disable-next-line @typescript-eslint/unbound-method
    proto.transaction = new Proxy(proto.transaction, {
      apply(open, db: IDBDatabase, args: Parameters<IDBDatabase['transaction']>) {
        const tx = Reflect.apply(open, db, args);
        const [names, mode] = args;
        const stores = typeof names === 'string' ? [names] : [...names];
        if (mode === 'readwrite' && stores.length === 1 && stores[0] === 'persons') {
          report('start');
          tx.addEventListener('complete', () => report('complete'));
        }
        return tx;
      },
    });
  });
  return phases;
}

type Fell = 'before the transaction' | 'inside the commit window' | 'after the commit';

/** Where a kill at `at` fell: inside the window when its start was reported before it and its completion was not. */
function fell(at: number, phases: Phases): Fell {
  if (phases.complete !== undefined && phases.complete <= at) return 'after the commit';
  if (phases.start !== undefined && phases.start <= at) return 'inside the commit window';
  return 'before the transaction';
}

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

    // How long an import takes here, from the click to its message, and where its commit window
    // lies: the times to kill at.
    const calibration = path.join(root, 'calibration');
    cpSync(template, calibration, { recursive: true });
    running = await startChromium(calibration);
    const calibrated = await watchCommit(running);
    const button = await openImport(running.page, baseURL);
    const started = Date.now();
    await button.click();
    await expect(running.page.getByRole('status').filter({ hasText: `Imported ${ROWS.toLocaleString('en')} persons.` })).toBeVisible({
      timeout: 120_000,
    });
    const importMs = Date.now() - started;
    expect(await verdict(before, await dumpDatabase(running.page))).toBe('after');
    await closeChromium(running);
    if (calibrated.start === undefined || calibrated.complete === undefined) throw new Error('the import reported no transaction');
    const commit = { fromMs: calibrated.start - started, toMs: calibrated.complete - started };

    const d = dice(Number(process.env.CHAIRDESK_CRASH_SEED ?? 20151215));
    const kills: { atMs: number; fell: Fell; startMs: number | null; completeMs: number | null; verdict: Verdict }[] = [];
    for (let i = 0; i < KILLS; i++) {
      const profile = path.join(root, `kill-${i}`);
      cpSync(template, profile, { recursive: true });
      running = await startChromium(profile);
      const phases = await watchCommit(running);
      const importButton = await openImport(running.page, baseURL);
      // Every other kill anywhere from the click to a little after the import's own duration,
      // the others inside the commit window as calibrated.
      const atMs = Math.round(i % 2 === 0 ? d.next() * importMs * 1.15 : commit.fromMs + d.next() * (commit.toMs - commit.fromMs));
      const clicked = Date.now();
      await importButton.click();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, clicked + atMs - Date.now())));
      const killedAt = Date.now();
      await killChromium(running);
      // What the page reported before it died may still be on its way.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const where = fell(killedAt, phases);

      running = await startChromium(profile);
      await running.page.goto(baseURL);
      kills.push({
        atMs: killedAt - clicked,
        fell: where,
        startMs: phases.start === undefined ? null : phases.start - clicked,
        completeMs: phases.complete === undefined ? null : phases.complete - clicked,
        verdict: await verdict(before, await dumpDatabase(running.page)),
      });
      await closeChromium(running);
      rmSync(profile, { recursive: true, force: true });
    }

    const count = (v: Verdict): number => kills.filter((k) => k.verdict === v).length;
    const fellCount = (f: Fell): number => kills.filter((k) => k.fell === f).length;
    recordFigure('crash', {
      kills: kills.length,
      rows: ROWS,
      importMs,
      commitWindowMs: commit,
      before: count('before'),
      after: count('after'),
      partial: count('partial'),
      fell: {
        beforeTransaction: fellCount('before the transaction'),
        insideCommitWindow: fellCount('inside the commit window'),
        afterCommit: fellCount('after the commit'),
      },
      points: kills,
    });
    expect(kills.map((k) => k.verdict)).not.toContain('partial');
    expect(kills).toHaveLength(KILLS);
    // docs/quality.md asks for 20: CHAIRDESK_KILLS may ask for more, not fewer.
    expect(kills.length).toBeGreaterThanOrEqual(20);
    // The kills aimed at the commit window landed there, a quarter of them at least.
    expect(fellCount('inside the commit window')).toBeGreaterThanOrEqual(Math.ceil(KILLS / 4));
    // A kill before the transaction began cannot have written anything; one after it completed cannot have lost it.
    for (const k of kills.filter((k) => k.fell === 'before the transaction')) expect(k.verdict, `killed at ${k.atMs} ms`).toBe('before');
    for (const k of kills.filter((k) => k.fell === 'after the commit')) expect(k.verdict, `killed at ${k.atMs} ms`).toBe('after');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
