import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx';

describe('XLSX export', () => {
  it('writes sheets that another library reads back: typed numbers, Cyrillic text, guarded formulas', async () => {
    const bytes = await toXlsx([
      {
        name: 'Attendance: 2015/CFM',
        header: ['Delegation', 'Name', 'Rate', 'Phone'],
        rows: [
          ['Таджикистан', 'Сироджиддин Аслов', 1, '+992 37 221 15 26'],
          ['Россия', '=HYPERLINK("http://evil")', 0.5, null],
        ],
      },
      { name: 'Second', header: ['A'], rows: [['ӣ ӯ ҳ ҷ қ ғ']] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Attendance  2015 CFM', 'Second']);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Delegation', 'Name', 'Rate', 'Phone']);
    expect(sheet?.getCell('A2').value).toBe('Таджикистан');
    expect(sheet?.getCell('C2').value).toBe(1);
    expect(sheet?.getCell('D2').value).toBe('+992 37 221 15 26');
    expect(sheet?.getCell('B3').value).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet?.getCell('B3').formula).toBeUndefined();
    expect(book.worksheets[1]?.getCell('A2').value).toBe('ӣ ӯ ҳ ҷ қ ғ');
  });
});
