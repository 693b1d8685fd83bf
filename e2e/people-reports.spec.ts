import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { download } from './files';
import { APRIL, openParticipants } from './people-support';

test('the attendance matrix shows marks and rates, and exports to Excel that another library reads back', async ({ page }) => {
  await openParticipants(page, APRIL);
  // Belarus's minister was excused after all: the matrix must follow.
  await page.getByRole('combobox', { name: 'Attendance of Vladimir Makei' }).selectOption('excused');
  await expect(page.getByRole('status').filter({ hasText: 'Consensus:' })).toHaveText(/missing Belarus \(5 of 6/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const matrix = page.getByRole('table', { name: /Attendance matrix/ });
  await expect(matrix.getByRole('row', { name: /^Armenia/ })).toHaveText(/Armenia\s*P\s*Present.*100%/);
  await expect(matrix.getByRole('row', { name: /^Belarus/ })).toHaveText(/Belarus\s*E\s*Excused.*0%/);
  await expect(matrix.locator('tfoot')).toHaveText(/Rate\s*83%/);
  await expect(page.getByRole('img', { name: 'Attendance rate per member state' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Attendance rate per body' })).toBeVisible();

  await page.getByRole('radio', { name: 'By person' }).check();
  await expect(matrix.getByRole('row', { name: /LAVROV, Sergey \(Russia\)/ })).toHaveText(/Present.*100%/);

  const file = await download(page, () => page.getByRole('button', { name: 'Export to Excel' }).click());
  expect(file.name).toBe('attendance-2015.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(file.bytes).buffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(['By member state', 'By person']);
  const states = book.worksheets[0];
  if (!states) throw new Error('no sheet');
  const header = (states.getRow(1).values as unknown[]).slice(1);
  expect(header[0]).toBe('Member state');
  expect(header[1]).toBe('2 Apr 2015 · CFM');
  expect(header.at(-1)).toBe('Rate');
  const rows = new Map<string, unknown[]>();
  states.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.set(String(values[0]), values);
  });
  expect([...rows.keys()]).toEqual(['Member state', 'Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Rate']);
  expect(rows.get('Armenia')?.[1]).toBe('Present');
  expect(rows.get('Belarus')?.[1]).toBe('Excused');
  expect(rows.get('Belarus')?.at(-1)).toBe(0);
  expect(rows.get('Armenia')?.at(-1)).toBe(1);
  expect(rows.get('Rate')?.[1]).toBeCloseTo(5 / 6, 5);
  // Rates are numbers 0–1 with a percent format (83%), not text.
  expect(states.getCell('B8').numFmt).toBe('0%');

  const persons = book.worksheets[1];
  const lavrov = [] as unknown[];
  persons?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (String(values[0]).startsWith('LAVROV')) lavrov.push(...values);
  });
  expect(lavrov[1]).toBe('Present');
});
