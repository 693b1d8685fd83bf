// docs/quality.md reliability 6, in a real browser: a schema upgrade made by another tab tells this
// tab to reload and it writes nothing more; a database left at a newer version is refused by
// this (older) code, again without a write.
import { expect, test } from '@playwright/test';
import { CURRENT_VERSION } from '../../src-renderer/src/lib/db/schema';
import { openExampleYear } from '../support';
import { dumpDatabase, hashDump, type Dump } from './db-dump';
import { recordFigure } from './figures';

// Dexie keeps IndexedDB versions at ten times its own: the next schema version's.
const NEWER_VERSION = (CURRENT_VERSION + 1) * 10;
/** How long the newer tab's upgrade may take before the test fails (it takes well under a second). */
const UPGRADE_LIMIT_MS = 15_000;

/** The stores this version of Chairdesk knows whose rows differ between two dumps. */
async function changedTables(before: Dump, after: Dump): Promise<string[]> {
  const changed: string[] = [];
  for (const table of Object.keys(before)) {
    if ((await hashDump({ [table]: before[table] ?? [] })) !== (await hashDump({ [table]: after[table] ?? [] }))) changed.push(table);
  }
  return changed;
}

test('an upgrade in another tab stops this one, and a newer database is refused, with no write', async ({ page, context }) => {
  // Every step has its own limit (actions and expectations 15 s, the upgrade below as much);
  // the whole test takes seconds, so a step that never ends fails it in two minutes at most.
  test.setTimeout(120_000);
  await openExampleYear(page);
  await page.goto('/#/sessions/ex-session-2015-04-02-cfm');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Edit' })).toBeVisible();
  const before = await dumpDatabase(page);

  // "Newer Chairdesk" in another tab: a page of the same origin that upgrades the database.
  const newer = await context.newPage();
  await newer.goto('/favicon.png');
  const upgraded = await newer.evaluate(
    ({ version, limitMs }) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the upgrade to ${version} did not finish in ${limitMs} ms`)), limitMs);
        const fail = (message: string): void => {
          clearTimeout(timer);
          reject(new Error(message));
        };
        const request = indexedDB.open('chairdesk', version);
        request.onupgradeneeded = () => request.result.createObjectStore('futureTable', { keyPath: 'id' });
        request.onsuccess = () => {
          const db = request.result;
          // Anything thrown in an IndexedDB callback would be lost, and the promise never settle.
          try {
            const tx = db.transaction('futureTable', 'readwrite');
            tx.objectStore('futureTable').put({ id: 'written-by-the-newer-version' });
            tx.oncomplete = () => {
              clearTimeout(timer);
              db.close();
              resolve(db.version);
            };
            tx.onerror = () => fail(tx.error?.message ?? 'write failed');
          } catch (error) {
            db.close();
            fail(`version ${db.version}: ${error instanceof Error ? error.message : String(error)}`);
          }
        };
        request.onerror = () => fail(request.error?.message ?? 'open failed');
        request.onblocked = () => fail('blocked: the old tab did not let go');
      }),
    { version: NEWER_VERSION, limitMs: UPGRADE_LIMIT_MS },
  );
  expect(upgraded).toBe(NEWER_VERSION);

  // The old tab was told, stopped, and says so.
  const told = page.getByRole('alert').filter({ hasText: 'Chairdesk was updated in another window' });
  await expect(told).toBeVisible();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  // Whatever it still runs (timers, snapshots) must not write: wait, then compare.
  await page.keyboard.press('Control+n');
  await page.waitForTimeout(1_500);
  const changedAfterTold = await changedTables(before, await dumpDatabase(newer));

  // Reopened, this code meets a database newer than itself: it refuses to touch it.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'This data was saved by a newer Chairdesk' })).toBeVisible();
  await page.waitForTimeout(1_000);
  const afterReopen = await dumpDatabase(newer);
  const changedAfterReopen = await changedTables(before, afterReopen);

  recordFigure('upgrade-browser', {
    toldToReload: true,
    tablesChangedAfterTold: changedAfterTold.length,
    newerRefused: true,
    tablesChangedByOlderCode: changedAfterReopen.length,
  });
  expect(changedAfterTold).toEqual([]);
  expect(changedAfterReopen).toEqual([]);
  expect(afterReopen.futureTable).toEqual([{ id: 'written-by-the-newer-version' }]);
});
