// Backups as a user makes them: back up, change, restore, undo; a cut backup refused with
// the data unchanged; a snapshot in Settings after an import.
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { chooseFile } from './people-support';
import { databaseHash } from './reliability/db-dump';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

// From a blank profile: the Shanghai Cooperation Organisation's reference data (Kyrgyzstan's
// 2019 chairmanship) and one session planned through the dialog.
const MEETING_TITLE = 'Meeting of the Council of Ministers of Foreign Affairs';

/** Starts the SCO year from its reference data file, plans one session, and returns its id. */
async function startYearWithMeeting(page: Page): Promise<string> {
  await importReferenceFixture(page, 'sco-2019');
  return planSession(page, {
    title: [MEETING_TITLE, 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function renameMeeting(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`/#/sessions/${encodeURIComponent(id)}`);
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  await dialog.getByLabel('Title (English)').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a backup restores the old value, and Undo restore brings the new one back', async ({ page }) => {
  const errors = failOnPageErrors(page);
  const meeting = await startYearWithMeeting(page);
  await openSettings(page);
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  expect(backup.name).toMatch(/^chairdesk-2019-\d{4}-\d{2}-\d{2}-\d{6}\.chairdesk\.json$/);
  expect(JSON.parse(backup.bytes.toString('utf8'))).toMatchObject({ format: 'chairdesk-backup', formatVersion: 2, schemaVersion: 3 });

  await renameMeeting(page, meeting, 'Renamed after the backup');
  const changed = await databaseHash(page);

  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('From the backup, in their place: SCO · Chairmanship of Kyrgyzstan, 2019.');
  await expect(dialog.getByRole('row', { name: /^Sessions/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();

  await page.goto(`/#/sessions/${encodeURIComponent(meeting)}`);
  await expect(page.getByRole('heading', { level: 1, name: MEETING_TITLE })).toBeVisible();

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
  const meeting = await startYearWithMeeting(page);
  await openSettings(page);
  await page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('Бишкек 2019');
  await page.getByLabel('Passphrase again').fill('Бишкек 2020');
  await page.getByRole('button', { name: 'Back up…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The two passphrases differ.' })).toBeVisible();
  await page.getByLabel('Passphrase again').fill('Бишкек 2019');
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  const text = backup.bytes.toString('utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'chairdesk-backup-sealed', kdf: { name: 'PBKDF2', iterations: 600_000 } });
  expect(text).not.toContain(MEETING_TITLE);
  expect(text).not.toContain('Council of Ministers of Foreign Affairs');
  expect(text).not.toContain('Lavrov');

  await renameMeeting(page, meeting, 'Renamed after the protected backup');
  const changed = await databaseHash(page);
  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const ask = page.getByRole('dialog', { name: `Open ${backup.name}` });
  await ask.getByLabel('Passphrase').fill('Бишкек 2020');
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(ask.getByRole('alert')).toHaveText(/This passphrase does not open the backup/);
  expect(await databaseHash(page)).toBe(changed);
  await ask.getByLabel('Passphrase').fill('Бишкек 2019');
  await ask.getByRole('button', { name: 'Open' }).click();
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('From the backup, in their place: SCO · Chairmanship of Kyrgyzstan, 2019.');
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();
  await page.goto(`/#/sessions/${encodeURIComponent(meeting)}`);
  await expect(page.getByRole('heading', { level: 1, name: MEETING_TITLE })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a truncated backup is refused with a message, and the data stays as it was', async ({ page }) => {
  const meeting = await startYearWithMeeting(page);
  await openSettings(page);
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  await renameMeeting(page, meeting, 'Kept as it is');
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
  await startYearWithMeeting(page);
  const before = await databaseHash(page);
  // The reference data file's import left the first snapshot, of the blank profile.
  await openSettings(page);
  const snapshots = page.getByRole('table', { name: 'Snapshots, newest first' });
  await expect(snapshots.getByRole('row')).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'guests.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Family name;Given name\nAsanov;Bakyt\nOmurova;Aida\n', 'utf8'),
  });
  await page.getByRole('dialog', { name: 'Import persons from guests.csv' }).getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 persons.' })).toBeVisible();
  expect(await databaseHash(page)).not.toBe(before);

  await openSettings(page);
  await expect(snapshots.getByRole('row')).toHaveCount(3);
  const newest = snapshots.getByRole('row').nth(1);
  await expect(newest).toContainText('Before an import');
  await expect(newest).toContainText(/\d+ kB|\d+\.\d MB/);
  await newest.getByRole('button', { name: /^Restore the snapshot of / }).click();
  await page
    .getByRole('dialog', { name: /^Restore snapshot-/ })
    .getByRole('button', { name: 'Replace and restore' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();
  expect(await databaseHash(page)).toBe(before);
});

test('“Delete for good” erases the person from the snapshots too, which still restore', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await startYearWithMeeting(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'witness.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Family name;Given name;Phone\nWitnessov;Protected;+996 312 000-00-01\n', 'utf8'),
  });
  await page.getByRole('dialog', { name: 'Import persons from witness.csv' }).getByRole('button', { name: 'Import 1 person' }).click();
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
    'From the backup, in their place: SCO · Chairmanship of Kyrgyzstan, 2019.',
  );
  expect(errors).toEqual([]);
});
