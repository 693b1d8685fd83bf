// @vitest-environment happy-dom
// (read-excel-file's browser entry parses the sheet XML with the page's DOMParser.)
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { guessMapping, previewImport } from './persons-import';
import { MAX_UNPACKED_BYTES, MAX_XML_DEPTH, readXlsxTable } from './xlsx-read';
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
    const preview = previewImport(
      table,
      guessMapping(table.header),
      [party('ru', 'member', 'Russia', 'Россия'), party('tj', 'member', 'Tajikistan', 'Таджикистан')],
      'org',
    );
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

describe('crafted XLSX files', () => {
  async function withSheet(change: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await toXlsx([{ name: 'People', header: ['Фамилия'], rows: [['Лавров']] }]));
    const sheet = zip.file('xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet');
    zip.file('xl/worksheets/sheet1.xml', change(await sheet.async('string')));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('reads a sheet nested as deep as the limit', async () => {
    const depth = MAX_XML_DEPTH - 3; // worksheet > sheetData > the nesting
    const bytes = await withSheet((xml) => xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`));
    expect((await readXlsxTable(bytes)).header).toEqual(['Фамилия']);
  });

  it('refuses a sheet nested deeper, before parsing it', async () => {
    const bytes = await withSheet((xml) => xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}`));
    const started = performance.now();
    await expect(readXlsxTable(bytes)).rejects.toMatchObject({ code: 'not-xlsx' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a workbook that would unpack to more than the limit (a zip bomb), before unpacking it', async () => {
    const zip = await JSZip.loadAsync(await toXlsx([{ name: 'People', header: ['Фамилия'], rows: [['Лавров']] }]));
    zip.file('xl/padding.xml', new Uint8Array(1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // What a zip bomb declares in its central directory: the size its part unpacks to.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const name = new TextEncoder().encode('xl/padding.xml');
    for (let at = 0; at + 46 + name.length < bytes.length; at++) {
      const named = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length;
      if (named && name.every((b, k) => bytes[at + 46 + k] === b)) view.setUint32(at + 24, MAX_UNPACKED_BYTES + 1, true);
    }
    await expect(readXlsxTable(bytes)).rejects.toMatchObject({ code: 'too-large' });
  });
});
