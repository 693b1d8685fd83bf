// The organization's reference data as a file: a new installation started from the file a
// secretariat hands over (the SCO chaired by Kyrgyzstan in 2019, never the example), exports
// read back by other readers, an edited workbook imported after its preview, and a bad one
// refused with the sheet, row and column in error.
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { chooseFile } from './people-support';
import { failOnPageErrors, importReferenceFixture } from './support';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function peopleCount(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  return (await page.getByText(/^\d+ persons$/).textContent()) ?? '';
}

/** Exports the reference data from Settings in `format` (and the workbook's language). */
async function exportReference(page: Page, format: 'json' | 'xlsx', language?: string): Promise<{ name: string; bytes: Buffer }> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Export the reference data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the reference data of SCO' });
  await dialog.getByRole('radio', { name: format === 'json' ? /Chairdesk file/ : /Excel workbook/ }).check();
  if (language) await dialog.getByLabel('Language of the headings').selectOption({ label: language });
  const file = await download(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
  await expect(dialog).toBeHidden();
  return file;
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // ExcelJS's types ask for its own Buffer type; it reads any Node Buffer.
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** Imports `file` from Settings and returns the preview dialog. */
async function importFile(page: Page, name: string, buffer: Buffer) {
  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Import reference data…' }).click(), {
    name,
    mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json',
    buffer,
  });
}

test('a new installation starts from a secretariat’s reference data file, asked only for the chairmanship', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Start from a reference data file…' }).click();
  await (await chooser).setFiles('e2e/fixtures/sco-2019.chairdesk-reference.json');
  const preview = page.getByRole('dialog', { name: 'Import reference data: sco-2019.chairdesk-reference.json' });
  await expect(preview.getByText('SCO is not kept here yet: it will be added with everything below.')).toBeVisible();
  const table = preview.getByRole('table', { name: 'What the import will do, table by table' });
  await expect(table.getByRole('row', { name: /Member states and organizations/ })).toHaveText(
    /Member states and organizations\s*11\s*0\s*0/,
  );
  await expect(table.getByRole('row', { name: /Persons/ })).toHaveText(/Persons\s*19\s*0\s*0/);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();

  const form = page.getByRole('form', { name: 'The chairmanship of SCO' });
  // Only the chairmanship is asked for: no organization's names.
  await expect(form.getByRole('textbox')).toHaveCount(2);
  await form.getByRole('button', { name: 'Start the chairmanship' }).click();
  await expect(form.getByLabel('Chairing state')).toHaveAccessibleDescription('Choose the chairing state.');
  await expect(form.getByLabel('Chairing state')).toBeFocused();
  const states = form.getByLabel('Chairing state').getByRole('option');
  // The member states only, in the organization's order (Russian alphabetical).
  await expect(states).toHaveText(['—', 'India', 'Kazakhstan', 'China', 'Kyrgyzstan', 'Pakistan', 'Russia', 'Tajikistan', 'Uzbekistan']);
  await form.getByLabel('Chairing state').selectOption({ label: 'Kyrgyzstan' });
  await expect(form.getByLabel('Home time zone')).toHaveValue('Asia/Bishkek');
  await form.getByLabel('Year', { exact: true }).fill('2019');
  await form.getByRole('button', { name: 'Start the chairmanship' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('Chairmanship of Kyrgyzstan, 2019')).toBeVisible();
  await expect(page.getByText('SCO', { exact: true })).toBeVisible();
  expect(await peopleCount(page)).toBe('19 persons');
  expect(errors).toEqual([]);
});

test('exports the reference data as Chairdesk’s file and as an Excel workbook another reader opens', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const json = await exportReference(page, 'json');
  expect(json.name).toMatch(/^sco-reference-data-\d{4}-\d{2}-\d{2}\.chairdesk-reference\.json$/);
  const file = JSON.parse(json.bytes.toString('utf8')) as { format: string; counts: Record<string, number>; sha256: string };
  expect(file.format).toBe('chairdesk-reference');
  expect(file.counts).toEqual({ organizations: 1, parties: 11, bodies: 3, persons: 19, appointments: 18, themes: 5 });
  expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

  const xlsx = await exportReference(page, 'xlsx', 'Русский');
  // Named in the workbook's language.
  expect(xlsx.name).toMatch(/^шос-справочные-данные-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = await workbookOf(xlsx.bytes);
  expect(book.worksheets.map((s) => s.name)).toEqual([
    'Организация',
    'Государства и организации',
    'Органы',
    'Члены органов',
    'Прежние названия органов',
    'Участники',
    'Назначения',
    'Темы Плана мероприятий',
  ]);
  const people = book.getWorksheet('Участники');
  expect(people?.rowCount).toBe(20);
  expect(people?.getRow(1).getCell(4).value).toBe('Фамилия (рус.)');
  const seats = book.getWorksheet('Назначения');
  const tokayev = seats?.getRows(2, 18)?.find((r) => r.getCell(1).value === 'sco-seat-tokayev');
  expect([2, 3, 4, 7].map((c) => tokayev?.getCell(c).value)).toEqual(['Токаев Касым-Жомарт', 'СГГ', 'Казахстан', '2019-03-20']);
});

test('an edited workbook updates the organization after a preview of what it adds and changes', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const book = await workbookOf((await exportReference(page, 'xlsx', 'English')).bytes);
  const people = book.getWorksheet('People');
  if (!people) throw new Error('no People sheet');
  people.addRow(['', 'Lavrov', 'Sergei', '', '', '', '', 'Russia']);
  people.addRow(['', 'Kuliev', 'Rashid', 'Кулиев', 'Рашид', 'Mr', 'г-н', 'Uzbekistan', 'National Coordinator', 'Национальный координатор']);
  people.eachRow((row) => {
    if (row.getCell(1).value === 'sco-person-lavrov') row.getCell(11).value = 'lavrov@mid.ru';
  });
  const seats = book.getWorksheet('Appointments');
  seats?.addRow(['', 'Kuliev Rashid', 'CNC', 'Uzbekistan', '', '', '2019-01-01']);
  await importFile(page, 'sco-edited.xlsx', Buffer.from(await book.xlsx.writeBuffer()));

  const preview = page.getByRole('dialog', { name: 'Import reference data: sco-edited.xlsx' });
  await expect(preview.getByText('Into SCO, kept here already (the same record).')).toBeVisible();
  const table = preview.getByRole('table', { name: 'What the import will do, table by table' });
  await expect(table.getByRole('row', { name: /Persons/ })).toHaveText(/Persons\s*2\s*1\s*18/);
  await expect(table.getByRole('row', { name: /Appointments/ })).toHaveText(/Appointments\s*1\s*0\s*18/);
  await expect(preview.getByRole('region', { name: 'Changes to records here' })).toContainText('Persons · Sergey Lavrov: e-mail');
  // Another spelling of a name in the list is flagged, and added all the same (the person page can merge them).
  await expect(preview.getByRole('region', { name: 'New people who look like someone in the list' })).toContainText(
    'Sergei Lavrov looks like Sergey Lavrov.',
  );
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Reference data of SCO imported: 3 records added, 1 updated.')).toBeVisible();
  expect(await peopleCount(page)).toBe('21 persons');
  await page.getByRole('link', { name: 'KULIEV, Rashid' }).click();
  await expect(page.getByRole('table', { name: 'Appointments' })).toContainText('Council of National Coordinators');
});

test('a workbook with a bad cell is refused with its sheet, row and column, and nothing is written', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const book = await workbookOf((await exportReference(page, 'xlsx', 'English')).bytes);
  const seats = book.getWorksheet('Appointments');
  if (!seats) throw new Error('no Appointments sheet');
  seats.getRow(5).getCell(7).value = '31.02.2019';
  book.getWorksheet('People')?.addRow(['', 'Kuliev', 'Rashid', '', '', '', '', 'Atlantis']);
  await importFile(page, 'sco-bad.xlsx', Buffer.from(await book.xlsx.writeBuffer()));

  const refused = page.getByRole('dialog', { name: 'Not imported: sco-bad.xlsx' });
  const issues = refused.getByRole('list');
  await expect(issues.getByRole('listitem')).toHaveText([
    'Sheet “People”, row 21, column H (Member state or organization): no row of the file has this name or id (“Atlantis”)',
    'Sheet “Appointments”, row 5, column G (From): the value is not valid (“31.02.2019”)',
  ]);
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  expect(await peopleCount(page)).toBe('19 persons');
});
