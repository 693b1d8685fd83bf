import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { download, printViewText } from './files';
import { openExampleYear } from './support';
import { EXAMPLE_NUMBERS, openExamplePlan } from './action-plan-support';

/** The item numbers that start the rows of the printed items table, top to bottom. */
function rowNumbers(text: string, header: string): string[] {
  const table = text.slice(text.indexOf(header));
  return [...table.matchAll(/^\s{0,12}(\d+(?:\.\d+)*)\s+\p{Lu}/gmu)].map((m) => m[1] ?? '');
}

test('the status report prints to PDF with the items in number order, a summary, in English and in Russian', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-11-01T06:00:00Z'));
  await openExampleYear(page);
  const en = await printViewText(page, '#/print/action-plan-report/ex-plan-2015?lang=en');
  expect(en.text).toContain('Action Plan status report');
  expect(en.text).toMatch(/Not started\s+In progress\s+Done\s+Blocked\s+Cancelled\s+Total\s+Overdue/);
  expect(en.text).toMatch(/3\s+7\s+3\s+0\s+0\s+13\s+4/);
  expect(en.text).toContain('As of 1 November 2015');
  expect(rowNumbers(en.text, 'Latest note')).toEqual(EXAMPLE_NUMBERS);
  expect(en.text).toMatch(/Page 1 of \d/);
  expect(en.fonts).toEqual(['NotoSans-Regular', 'NotoSans-SemiBold']);

  const ru = await printViewText(page, '#/print/action-plan-report/ex-plan-2015?lang=ru');
  expect(ru.text).toContain('Отчёт о ходе выполнения Плана мероприятий');
  expect(ru.text).toContain('операцию «Канал»');
  expect(rowNumbers(ru.text, 'Последняя отметка')).toEqual(EXAMPLE_NUMBERS);
  expect(ru.text).toMatch(/Стр\. 1 из \d/);
  // Its Cyrillic in the app's own font too, not in a system font the printer happens to have.
  expect(ru.fonts).toEqual(['NotoSans-Regular', 'NotoSans-SemiBold']);
});

test('the status report exports as XLSX that reads back, and as DOCX', async ({ page }) => {
  await openExamplePlan(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const section = page.getByRole('region', { name: 'Action Plan status report' });
  await section.getByRole('radio', { name: 'Русский' }).check();
  const xlsx = await download(page, () => section.getByRole('button', { name: /^Export XLSX: the status report of/ }).click());
  expect(xlsx.name).toMatch(/\.xlsx$/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const sheet = book.getWorksheet('Мероприятия');
  expect(sheet?.getRow(1).values).toEqual([
    undefined,
    '№',
    'Мероприятие',
    'Направление',
    'Ответственные',
    'Срок',
    'Срок привязан к',
    'Состояние',
    'Выполнение, %',
    'Просрочено',
    'Последняя отметка',
  ]);
  expect(sheet?.getColumn(1).values.slice(2)).toEqual(EXAMPLE_NUMBERS);
  expect(sheet?.getCell('B6').value).toBe('Провести региональную антинаркотическую операцию «Канал»');
  // Progress is a rate with a percent format, shown as 100%.
  expect(sheet?.getCell('H6').value).toBe(1);
  expect(sheet?.getCell('H6').numFmt).toBe('0%');
  // A deadline tied to a session: the session's date as a date, and the session in words beside it.
  expect(sheet?.getCell('E3').value).toEqual(new Date('2015-09-14T00:00:00.000Z'));
  expect(sheet?.getCell('F3').value).toBe('к заседанию СМИД+СМО+КССБ (14 сентября 2015 г.)');
  expect(book.getWorksheet('Сводка')?.getCell('B7').value).toBe(13);

  const docx = await download(page, () => section.getByRole('button', { name: /^Export DOCX: the status report of/ }).click());
  const xml = (await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('Отчёт о ходе выполнения Плана мероприятий');
  expect(xml).toContain('Актуализировать единый список организаций');
});
