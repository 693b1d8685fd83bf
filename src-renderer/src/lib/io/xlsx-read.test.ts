// @vitest-environment happy-dom
// (read-excel-file's browser entry parses the sheet XML with the page's DOMParser.)
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { guessMapping, previewImport } from './persons-import';
import { readXlsxTable } from './xlsx-read';
import { toXlsx } from './xlsx';
import { party } from '../domain/test-fixtures';

describe('XLSX import', () => {
  it('reads the first sheet as a header and rows of text, phone numbers keeping their digits', async () => {
    const bytes = await toXlsx([
      {
        name: 'People',
        header: ['Фамилия', 'Имя', 'Страна', 'Телефон', 'Count'],
        rows: [
          ['Лавров', 'Сергей', 'Россия', '+7 495 244-16-06', 3],
          ['Аслов', 'Сироджиддин', 'Таджикистан', null, null],
        ],
      },
    ]);
    const table = await readXlsxTable(bytes);
    expect(table.header).toEqual(['Фамилия', 'Имя', 'Страна', 'Телефон', 'Count']);
    expect(table.rows[0]).toEqual(['Лавров', 'Сергей', 'Россия', '+7 495 244-16-06', '3']);
    expect(table.rows[1]?.slice(0, 3)).toEqual(['Аслов', 'Сироджиддин', 'Таджикистан']);
    const preview = previewImport(table, guessMapping(table.header), [
      party('ru', 'member', 'Russia', 'Россия'),
      party('tj', 'member', 'Tajikistan', 'Таджикистан'),
    ]);
    expect(preview.errors).toEqual([]);
    expect(preview.valid.map((r) => r.person.partyId)).toEqual(['ru', 'tj']);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readXlsxTable(new TextEncoder().encode('Фамилия;Имя'))).rejects.toBeInstanceOf(ImportError);
    await expect(readXlsxTable(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]))).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});

describe('truncated XLSX files', () => {
  it('are refused, whatever the cut', async () => {
    const bytes = await toXlsx([{ name: 'People', header: ['Фамилия'], rows: [['Лавров']] }]);
    for (const share of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      await expect(readXlsxTable(bytes.slice(0, Math.floor(bytes.length * share)))).rejects.toBeInstanceOf(ImportError);
    }
  });
});
