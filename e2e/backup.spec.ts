// Backups as a user makes them: back up, change, restore, undo; a cut backup refused with
// the data unchanged; a snapshot in Settings after an import.
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { chooseFile } from './people-support';
import { databaseHash } from './reliability/db-dump';
import { failOnPageErrors, openExampleYear } from './support';

const APRIL = 'ex-session-2015-04-02-cfm';
const APRIL_TITLE = 'Session of the Council of Foreign Ministers';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function renameApril(page: Page, title: string): Promise<void> {
  await page.goto(`/#/sessions/${APRIL}`);
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  await dialog.getByLabel('Title (English)').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a backup restores the old value, and Undo restore brings the new one back', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await openSettings(page);
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  expect(backup.name).toMatch(/^chairdesk-2015-\d{4}-\d{2}-\d{2}-\d{4}\.chairdesk\.json$/);
  expect(JSON.parse(backup.bytes.toString('utf8'))).toMatchObject({ format: 'chairdesk-backup', formatVersion: 2, schemaVersion: 2 });

  await renameApril(page, 'Renamed after the backup');
  const changed = await databaseHash(page);

  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('From the backup, in their place: CSTO · Chairmanship of Tajikistan, 2015.');
  await expect(dialog.getByRole('row', { name: /^Sessions/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();

  await page.goto(`/#/sessions/${APRIL}`);
  await expect(page.getByRole('heading', { level: 1, name: APRIL_TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The restore was undone' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Renamed after the backup' })).toBeVisible();
  expect(await databaseHash(page)).toBe(changed);
  expect(errors).toEqual([]);
});

test('a backup protected by a passphrase shows nothing in clear, refuses a wrong passphrase and restores with the right one', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await openSettings(page);
  await page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('Душанбе 2015');
  await page.getByLabel('Passphrase again').fill('Душанбе 2016');
  await page.getByRole('button', { name: 'Back up…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The two passphrases differ.' })).toBeVisible();
  await page.getByLabel('Passphrase again').fill('Душанбе 2015');
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  const text = backup.bytes.toString('utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'chairdesk-backup-sealed', kdf: { name: 'PBKDF2', iterations: 600_000 } });
  expect(text).not.toContain('Council of Foreign Ministers');

  await renameApril(page, 'Renamed after the protected backup');
  const changed = await databaseHash(page);
  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const ask = page.getByRole('dialog', { name: `Open ${backup.name}` });
  await ask.getByLabel('Passphrase').fill('Душанбе 2016');
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(ask.getByRole('alert')).toHaveText(/This passphrase does not open the backup/);
  expect(await databaseHash(page)).toBe(changed);
  await ask.getByLabel('Passphrase').fill('Душанбе 2015');
  await ask.getByRole('button', { name: 'Open' }).click();
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('From the backup, in their place: CSTO · Chairmanship of Tajikistan, 2015.');
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();
  await page.goto(`/#/sessions/${APRIL}`);
  await expect(page.getByRole('heading', { level: 1, name: APRIL_TITLE })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a truncated backup is refused with a message, and the data stays as it was', async ({ page }) => {
  await openExampleYear(page);
  await openSettings(page);
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  await renameApril(page, 'Kept as it is');
  const before = await databaseHash(page);
  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes.subarray(0, Math.floor(backup.bytes.length * 0.7)),
  });
  await expect(page.getByRole('alert')).toContainText('The backup was not read, and nothing was changed: the file is incomplete');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await databaseHash(page)).toBe(before);
});

test('a snapshot appears in Settings after an import, and restores the data from before it', async ({ page }) => {
  await openExampleYear(page);
  const before = await databaseHash(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'guests.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Family name;Given name\nZas;Stanislav\nAslov;Sirojiddin\n', 'utf8'),
  });
  await page.getByRole('dialog', { name: 'Import persons from guests.csv' }).getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 persons.' })).toBeVisible();
  expect(await databaseHash(page)).not.toBe(before);

  await openSettings(page);
  const snapshots = page.getByRole('table', { name: 'Snapshots, newest first' });
  await expect(snapshots.getByRole('row')).toHaveCount(2);
  await expect(snapshots.getByRole('row').nth(1)).toContainText('Before an import');
  await expect(snapshots.getByRole('row').nth(1)).toContainText(/\d+ KB/);
  await snapshots.getByRole('button', { name: /^Restore the snapshot of / }).click();
  await page
    .getByRole('dialog', { name: /^Restore snapshot-/ })
    .getByRole('button', { name: 'Replace and restore' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();
  expect(await databaseHash(page)).toBe(before);
});

test('“Delete for good” erases the person from the snapshots too, which still restore', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'witness.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Family name;Given name;Phone\nWitnessov;Protected;+992 37 000-00-01\n', 'utf8'),
  });
  await page.getByRole('dialog', { name: 'Import persons from witness.csv' }).getByRole('button', { name: 'Import 1 persons' }).click();
  await openSettings(page);
  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  const snapshotTexts = (): Promise<string[]> =>
    page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('chairdesk-snapshots');
          open.onerror = () => reject(new Error('no snapshot database'));
          open.onsuccess = () => {
            const all = open.result.transaction('files').objectStore('files').getAll();
            all.onsuccess = () => {
              resolve((all.result as { bytes: Uint8Array }[]).map((f) => new TextDecoder().decode(f.bytes)));
              open.result.close();
            };
          };
        }),
    );
  await expect.poll(async () => (await snapshotTexts()).filter((t) => t.includes('Witnessov')).length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Search people').fill('Witnessov');
  await page.getByRole('link', { name: /WITNESSOV/ }).click();
  await page.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this person?' });
  await confirm.getByRole('checkbox', { name: /Delete for good/ }).check();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('status').filter({ hasText: /deleted for good, and erased from \d+ snapshots/ })).toBeVisible();
  const texts = await snapshotTexts();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t.includes('Witnessov') || t.includes('000-00-01'))).toEqual([]);

  // A rewritten snapshot still restores.
  await openSettings(page);
  await page.getByRole('table', { name: 'Snapshots, newest first' }).getByRole('button').first().click();
  await expect(page.getByRole('dialog', { name: /^Restore / })).toContainText(
    'From the backup, in their place: CSTO · Chairmanship of Tajikistan, 2015.',
  );
  expect(errors).toEqual([]);
});
