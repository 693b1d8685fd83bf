// docs/quality.md reliability 8, "disk full": a QuotaExceededError injected into the browser's
// IndexedDB while the user edits a session, imports persons and restores a backup. Each time
// the transaction must roll back (the database hashes as before) and the user must be told in
// plain words. Injected two ways: thrown by the write itself, and (as a real full disk does)
// as the error of an aborted transaction, which Dexie hands on as `inner`.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { download } from '../files';
import { chooseFile } from '../people-support';
import { openExampleYear } from '../support';
import { databaseHash } from './db-dump';
import { recordFigure } from './figures';

type Mode = 'throw' | 'abort';

/**
 * From now on, writes to the `chairdesk` database find the disk full: in `throw` mode each
 * write request fails with QuotaExceededError; in `abort` mode the first `writes` requests
 * succeed and then the transaction aborts with QuotaExceededError as its error, which is how
 * Chromium reports a disk that fills while a transaction is written out.
 */
async function fillDisk(page: Page, mode: Mode, writes = 1): Promise<void> {
  await page.evaluate(
    ({ how, count }) => {
      const state = window as unknown as { __diskFull?: Mode; __writes?: number; __patched?: boolean };
      state.__diskFull = how;
      state.__writes = count;
      if (state.__patched) return;
      state.__patched = true;
      const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const method of ['add', 'put'] as const) {
        // The browser's own add/put, called below with the store as `this`.
        const original: unknown = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value;
        const write = (store: IDBObjectStore, args: Parameters<IDBObjectStore['put']>): IDBRequest<IDBValidKey> =>
          Reflect.apply(original as IDBObjectStore['put'], store, args);
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (!state.__diskFull || this.transaction.db.name !== 'chairdesk') return write(this, args);
          if (state.__diskFull === 'throw') throw quota();
          const request = write(this, args);
          state.__writes = (state.__writes ?? 1) - 1;
          if (state.__writes === 0) {
            const tx = this.transaction;
            // Once the last write of the transaction has succeeded: the commit is what fails.
            request.addEventListener('success', () => {
              const error = quota();
              Object.defineProperty(tx, 'error', { configurable: true, get: () => error });
              tx.abort();
            });
          }
          return request;
        };
      }
    },
    { how: mode, count: writes },
  );
}

async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __diskFull?: Mode }).__diskFull;
  });
}

/** The message, shown in the dialog the user is in (the page behind a modal dialog is inert). */
const told = (dialog: Locator) => dialog.getByRole('alert').filter({ hasText: 'The disk is full: nothing was saved.' });

/** Dismisses the message and closes the dialog; `edited`: a form with changes, which asks before discarding them. */
async function close(dialog: Locator, page: Page, { edited = false }: { edited?: boolean } = {}): Promise<void> {
  await told(dialog).getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.press('Escape');
  if (edited) await page.getByRole('dialog', { name: 'Discard the changes?' }).getByRole('button', { name: 'Discard the changes' }).click();
  await expect(dialog).toBeHidden();
}

test('a full disk rolls every write back and says so, for an edit, an import and a restore', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  const totalRows = Object.values((JSON.parse(backup.bytes.toString('utf8')) as { counts: Record<string, number> }).counts).reduce(
    (a, b) => a + b,
    0,
  );
  const outcomes: { mode: Mode; action: string; rolledBack: boolean; told: boolean }[] = [];

  for (const mode of ['abort', 'throw'] as const) {
    // An edit.
    await page.goto('/#/sessions/ex-session-2015-04-02-cfm');
    let before = await databaseHash(page);
    await fillDisk(page, mode);
    await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit session' });
    await dialog.getByLabel('Title (English)').fill('Never saved');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(told(dialog)).toBeVisible();
    await freeDisk(page);
    outcomes.push({ mode, action: 'edit', rolledBack: (await databaseHash(page)) === before, told: true });
    await close(dialog, page, { edited: true });

    // An import of persons.
    await page.goto('/#/people');
    before = await databaseHash(page);
    await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
      name: 'guests.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Family name,Given name', ...Array.from({ length: 300 }, (_, i) => `Guest${i},Quota`)].join('\n')),
    });
    await fillDisk(page, mode, 300);
    const importing = page.getByRole('dialog', { name: 'Import persons from guests.csv' });
    await importing.getByRole('button', { name: 'Import 300 persons' }).click();
    await expect(told(importing)).toBeVisible();
    await freeDisk(page);
    outcomes.push({ mode, action: 'import', rolledBack: (await databaseHash(page)) === before, told: true });
    await close(importing, page);

    // A restore.
    await page.goto('/#/settings');
    before = await databaseHash(page);
    await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
      name: backup.name,
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    await fillDisk(page, mode, totalRows);
    const restoring = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
    await restoring.getByRole('button', { name: 'Replace and restore' }).click();
    await expect(told(restoring)).toBeVisible();
    await freeDisk(page);
    outcomes.push({ mode, action: 'restore', rolledBack: (await databaseHash(page)) === before, told: true });
    await close(restoring, page);
  }

  // With space again, the app writes as before.
  await page.goto('/#/sessions/ex-session-2015-04-02-cfm');
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('dialog', { name: 'Edit session' }).getByLabel('Title (English)').fill('Saved once there is space');
  await page.getByRole('dialog', { name: 'Edit session' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved once there is space' })).toBeVisible();

  recordFigure('quota', {
    injected: outcomes.length,
    rolledBack: outcomes.filter((o) => o.rolledBack).length,
    told: outcomes.filter((o) => o.told).length,
    outcomes,
  });
  expect(outcomes.filter((o) => !o.rolledBack)).toEqual([]);
});
