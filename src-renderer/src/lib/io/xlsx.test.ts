import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx';

describe('XLSX export', () => {
  it('writes sheets that another library reads back: typed numbers, rates and dates, Cyrillic text, formulas as typed text', async () => {
    const bytes = await toXlsx([
      {
        name: 'Attendance: 2015/CFM',
        header: ['Delegation', 'Name', 'Rate', 'Phone', 'Deadline'],
        rows: [
          ['Таджикистан', 'Сироджиддин Аслов', 1, '+992 37 221 15 26', { day: '2015-06-30' }],
          ['Россия', '=HYPERLINK("http://evil")', { percent: 0.5 }, null, null],
          ['+Пётр', '@SUM(1)', null, null, null],
        ],
      },
      { name: 'Second', header: ['A'], rows: [['ӣ ӯ ҳ ҷ қ ғ']] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Attendance  2015 CFM', 'Second']);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Delegation', 'Name', 'Rate', 'Phone', 'Deadline']);
    expect(sheet?.getCell('A2').value).toBe('Таджикистан');
    expect(sheet?.getCell('C2').value).toBe(1);
    expect(sheet?.getCell('D2').value).toBe('+992 37 221 15 26');
    // A workbook string never runs as a formula: the text as typed, no apostrophe, no formula.
    expect(sheet?.getCell('B3').value).toBe('=HYPERLINK("http://evil")');
    expect(sheet?.getCell('B3').formula).toBeUndefined();
    expect(sheet?.getCell('A4').value).toBe('+Пётр');
    expect(sheet?.getCell('B4').value).toBe('@SUM(1)');
    expect(sheet?.getCell('C3').value).toBe(0.5);
    expect(sheet?.getCell('C3').numFmt).toBe('0%');
    expect(sheet?.getCell('E2').value).toEqual(new Date('2015-06-30T00:00:00.000Z'));
    expect(sheet?.getCell('E2').numFmt).toBe('yyyy-mm-dd');
    expect(book.worksheets[1]?.getCell('A2').value).toBe('ӣ ӯ ҳ ҷ қ ғ');
  });
});
