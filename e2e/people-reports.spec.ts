// The attendance report of a year of the Shanghai Cooperation Organisation, from a blank profile:
// its reference data, a session planned through the dialog, attendance recorded at check-in and
// on the list, then the matrix on screen and in Excel, in English and in Russian.
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { openMeetingParticipants } from './people-support';

/** Each sheet's rows by their first cell, and the number format of the first rate in the first sheet's last row (Rate). */
async function readWorkbook(bytes: Buffer): Promise<{ names: string[]; sheets: Map<string, unknown[]>[]; rateFormat: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const sheets = book.worksheets.map((sheet) => {
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.set(String(values[0]), values);
    });
    return rows;
  });
  const first = book.worksheets[0];
  const rateFormat = first ? first.getRow(first.rowCount).getCell(2).numFmt : '';
  return { names: book.worksheets.map((w) => w.name), sheets, rateFormat };
}

async function checkIn(page: Page, typed: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Check-in mode' }).click();
  await expect(page.getByRole('combobox', { name: 'Find a participant' })).toBeFocused();
  for (const name of typed) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: `Arrived (${typed.length})` })).toBeVisible();
  await page.getByRole('link', { name: 'Participants' }).first().click();
}

test('the attendance matrix shows marks and rates, and exports to Excel that another library reads back', async ({ page }) => {
  await openMeetingParticipants(page);
  // Six of the eight ministers arrive; Pakistan's is excused, China's is absent.
  await checkIn(page, ['сварадж', 'atamkulov', 'aidarbekov', 'лавров', 'muhriddin', 'камилов']);
  await page.getByRole('combobox', { name: 'Attendance of Shah Mahmood Qureshi' }).selectOption('excused');
  await page.getByRole('combobox', { name: /^Attendance of (Wang Yi|Yi Wang)$/ }).selectOption('absent');
  await expect(page.getByRole('status').filter({ hasText: 'Consensus:' })).toHaveText(/missing China, Pakistan \(6 of 8/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const matrix = page.getByRole('table', { name: /Attendance matrix/ });
  await expect(matrix.getByRole('row', { name: /^India/ })).toHaveText(/India\s*P\s*Present.*100%/);
  await expect(matrix.getByRole('row', { name: /^Pakistan/ })).toHaveText(/Pakistan\s*E\s*Excused.*0%/);
  await expect(matrix.getByRole('row', { name: /^China/ })).toHaveText(/China\s*A\s*Absent.*0%/);
  await expect(matrix.locator('tfoot')).toHaveText(/Rate\s*75%/);
  await expect(page.getByRole('img', { name: 'Attendance rate per member state' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Attendance rate per body' })).toBeVisible();

  await page.getByRole('radio', { name: 'By person' }).check();
  await expect(matrix.getByRole('row', { name: /LAVROV, Sergey \(Russia\)/ })).toHaveText(/Present.*100%/);

  const file = await download(page, () => page.getByRole('button', { name: 'Export to Excel' }).click());
  expect(file.name).toBe('attendance-2019.xlsx');
  const english = await readWorkbook(file.bytes);
  expect(english.names).toEqual(['By member state', 'By person']);
  const [states, persons] = english.sheets;
  if (!states || !persons) throw new Error('a sheet is missing');
  const header = states.get('Member state') ?? [];
  expect(header[1]).toBe('21 May 2019 · CFM');
  expect(header.at(-1)).toBe('Rate');
  // The SCO's protocol order: its member states in Russian alphabetical order.
  expect([...states.keys()]).toEqual([
    'Member state',
    'India',
    'Kazakhstan',
    'China',
    'Kyrgyzstan',
    'Pakistan',
    'Russia',
    'Tajikistan',
    'Uzbekistan',
    'Rate',
  ]);
  expect(states.get('India')?.[1]).toBe('Present');
  expect(states.get('Pakistan')?.[1]).toBe('Excused');
  expect(states.get('China')?.[1]).toBe('Absent');
  expect(states.get('Pakistan')?.at(-1)).toBe(0);
  expect(states.get('India')?.at(-1)).toBe(1);
  expect(states.get('Rate')?.[1]).toBeCloseTo(6 / 8, 5);
  // Rates are numbers 0–1 with a percent format (75%), not text.
  expect(english.rateFormat).toBe('0%');
  const lavrov = [...persons.entries()].find(([name]) => name.startsWith('LAVROV'))?.[1] ?? [];
  expect(lavrov[1]).toBe('Present');

  // In Russian: the screen and the workbook.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await page.goto('/#/reports');
  const russianMatrix = page.getByRole('table', { name: /Матрица посещаемости/ });
  await expect(russianMatrix.getByRole('row', { name: /^Пакистан/ })).toHaveText(/Пакистан\s*У/);
  const russianFile = await download(page, () => page.getByRole('button', { name: 'Экспорт в Excel' }).click());
  expect(russianFile.name).toBe('посещаемость-2019.xlsx');
  const russian = await readWorkbook(russianFile.bytes);
  expect(russian.names).toEqual(['По государствам', 'По лицам']);
  expect(russian.rateFormat).toBe('0%');
  const [russianStates] = russian.sheets;
  if (!russianStates) throw new Error('a sheet is missing');
  expect([...russianStates.keys()]).toEqual([
    'Государство-член',
    'Индия',
    'Казахстан',
    'Китай',
    'Кыргызстан',
    'Пакистан',
    'Россия',
    'Таджикистан',
    'Узбекистан',
    'Доля',
  ]);
  expect(russianStates.get('Государство-член')?.[1]).toBe('21 мая 2019 г. · СМИД');
  expect(russianStates.get('Доля')?.[1]).toBeCloseTo(6 / 8, 5);
});
