// A restore says which chairmanships it replaces by which, and that the open one goes when the
// backup does not hold it; the first screen restores a backup too.
import { expect, test } from '@playwright/test';
import { download } from './files';
import { chooseFile } from './people-support';
import { databaseHash, dumpDatabase } from './reliability/db-dump';
import { failOnPageErrors, importReferenceFixture, openExampleYear } from './support';

test('restoring another organization’s backup names what is replaced by what, and Cancel changes nothing', async ({ browser }) => {
  // One computer holds the SCO's 2019 year and backs it up.
  const sco = await (await browser.newContext()).newPage();
  await importReferenceFixture(sco, 'sco-2019');
  await sco.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const backup = await download(sco, () => sco.getByRole('button', { name: 'Back up…' }).click());

  // Another works on the CSTO example year, and opens that backup in Settings.
  const page = await (await browser.newContext()).newPage();
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  const before = await databaseHash(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('Here now, replaced by the restore: CSTO · Chairmanship of Tajikistan, 2015.');
  await expect(dialog).toContainText('From the backup, in their place: SCO · Chairmanship of Kyrgyzstan, 2019.');
  await expect(dialog.getByRole('note')).toHaveText(
    'The chairmanship open now, CSTO · Chairmanship of Tajikistan, 2015, is not in this backup: after the restore it is no longer here (Undo restore brings it back).',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await databaseHash(page)).toBe(before);

  // In Russian, the same.
  await page.getByRole('button', { name: 'Русский' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Восстановить из копии…' }).click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  await expect(page.getByRole('dialog')).toContainText(
    'Сейчас здесь, будет заменено восстановлением: ОДКБ · Председательство: Таджикистан, 2015.',
  );
  expect(errors).toEqual([]);
});

test('the first screen restores a backup, and opens its chairmanship', async ({ browser }) => {
  const source = await (await browser.newContext()).newPage();
  await importReferenceFixture(source, 'sco-2019');
  await source.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const backup = await download(source, () => source.getByRole('button', { name: 'Back up…' }).click());
  const expected = await dumpDatabase(source);

  const page = await (await browser.newContext()).newPage();
  const errors = failOnPageErrors(page);
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Restore from a backup' });
  const restore = card.getByRole('button', { name: 'Restore from a backup…' });
  // A file that is no backup is refused, and its message at the bottom of the window leaves the
  // page room to scroll: the button under it can be reached again.
  await chooseFile(page, () => restore.click(), { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not a backup') });
  await expect(page.getByRole('alert').filter({ hasText: 'The backup was not read, and nothing was changed' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const hidden = await restore.evaluate((button) => {
    const r = button.getBoundingClientRect();
    return !button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(hidden).toBe(false);
  await chooseFile(page, () => restore.click(), {
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const dialog = page.getByRole('dialog', { name: `Restore ${backup.name}?` });
  await expect(dialog).toContainText('Nothing is held here yet: nothing is replaced.');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('Chairmanship of Kyrgyzstan, 2019')).toBeVisible();
  // The year's data as the backup holds it (this computer's own settings aside).
  const restored = await dumpDatabase(page);
  for (const table of ['organizations', 'chairmanships', 'parties', 'bodies', 'persons', 'appointments', 'themes'])
    expect(restored[table], table).toEqual(expected[table]);
  expect(errors).toEqual([]);
});
