import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './people-support';
import { failOnPageErrors, importReferenceFixture } from './support';

// From a blank profile (the SCO reference file, 19 persons): person files saved by other
// programs in other encodings. The bytes are written by iconv, not by the app.

function iconv(text: string, to: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: Buffer.from(text, 'utf8') });
}

const TABLE = 'Фамилия;Имя;Страна\r\nАбдуллаев;Фаррух;Таджикистан\r\nСемёнова;Юлия;Россия\r\n';

async function openPeople(page: Page): Promise<void> {
  await importReferenceFixture(page, 'sco-2019');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByText('19 persons')).toBeVisible();
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), { name, mimeType: 'text/csv', buffer });
  return page.getByRole('dialog', { name: `Import persons from ${name}` });
}

const previewNames = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.getByRole('table', { name: 'Preview' }).locator('tbody tr td:nth-child(2)');

test('a KOI8-R person file is detected; read as windows-1251 its garbled names are never ready', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openPeople(page);
  const dialog = await importFile(page, 'koi8.csv', iconv(TABLE, 'KOI8-R'));
  await expect(dialog.getByText('2 rows · CSV in koi8-r, columns separated by “;”')).toBeVisible();
  await expect(dialog.getByLabel('Encoding')).toHaveValue('koi8-r');
  await expect(previewNames(dialog)).toHaveText(['АБДУЛЛАЕВ, Фаррух', 'СЕМЁНОВА, Юлия']);
  await expect(dialog.getByText('2 rows ready, 0 with errors.')).toBeVisible();

  // The wrong code page: every name garbled, no row ready, nothing to import.
  await dialog.getByLabel('Encoding').selectOption('windows-1251');
  await expect(dialog.getByText('0 rows ready, 2 with errors.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Errors in the file' }).getByRole('listitem').first()).toContainText(
    'The text looks garbled: the file is probably in another encoding.',
  );
  await expect(dialog.getByRole('button', { name: 'Import 0 persons' })).toBeDisabled();

  await dialog.getByLabel('Encoding').selectOption('koi8-r');
  await expect(dialog.getByText('2 rows ready, 0 with errors.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByText('21 persons')).toBeVisible();
  await page.getByLabel('Search people').fill('семенова');
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr td:first-child')).toHaveText(['СЕМЁНОВА, Юлия']);
  expect(errors).toEqual([]);
});

test('UTF-16 person files, little-endian with a byte-order mark and big-endian without, import as written', async ({ page }) => {
  await openPeople(page);
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv(TABLE, 'UTF-16LE')]);
  let dialog = await importFile(page, 'unicode.csv', little);
  await expect(dialog.getByLabel('Encoding')).toHaveValue('utf-16le');
  await expect(previewNames(dialog)).toHaveText(['АБДУЛЛАЕВ, Фаррух', 'СЕМЁНОВА, Юлия']);
  await dialog.getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByText('21 persons')).toBeVisible();

  const big = iconv(TABLE.replace('Абдуллаев', 'Каримов').replace('Семёнова', 'Орлова'), 'UTF-16BE');
  dialog = await importFile(page, 'unicode-be.csv', big);
  await expect(dialog.getByLabel('Encoding')).toHaveValue('utf-16be');
  await expect(previewNames(dialog)).toHaveText(['КАРИМОВ, Фаррух', 'ОРЛОВА, Юлия']);
  await dialog.getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByText('23 persons')).toBeVisible();
});

test('the column menus fit the import dialog, however long the file’s headers', async ({ page }) => {
  await openPeople(page);
  const long = 'Фамилия участника делегации в именительном падеже, как в паспорте и в верительных грамотах';
  const dialog = await importFile(page, 'long.csv', Buffer.from(`${long};Имя;Страна\nАбдуллаев;Фаррух;TJ\n`, 'utf8'));
  await expect(dialog.getByLabel('Family name (Russian)')).toHaveValue('');
  await dialog.getByLabel('Family name (Russian)').selectOption('0');
  const box = await dialog.getByRole('group', { name: 'Which column holds what' }).boundingBox();
  expect(box).not.toBeNull();
  const menus = dialog.getByRole('group', { name: 'Which column holds what' }).getByRole('combobox');
  expect(await menus.count()).toBe(12);
  for (const menu of await menus.all()) {
    const own = await menu.boundingBox();
    expect(own && box && own.x + own.width <= box.x + box.width + 0.5).toBe(true);
  }
  const body = dialog.locator('.body');
  expect(await body.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});
