import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { guessMapping, previewImport } from './persons-import';
import { bombPart, plainPart, xlsxBomb, zipOf, type BombShape, type SizeClaim } from '../../reliability/corpus/zip-bomb';
import { MAX_UNPACKED_BYTES, MAX_XML_DEPTH, MAX_XML_ELEMENTS, readXlsxTable } from './xlsx-read';
import { UNZIP_LIMITS } from './xlsx-unzip';
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

  it('reads a workbook whose archive claims its parts are huge: sizes are counted, not believed', async () => {
    const zip = await JSZip.loadAsync(await toXlsx([{ name: 'People', header: ['Фамилия'], rows: [['Лавров']] }]));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, MAX_UNPACKED_BYTES + 1, true);
      if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, MAX_UNPACKED_BYTES + 1, true);
    }
    expect((await readXlsxTable(bytes)).rows).toEqual([['Лавров']]);
  });
});

describe('zip bombs', () => {
  // The most one chunk of the archive can inflate to before the counts are checked again.
  const OVERSHOOT = 1032 * UNZIP_LIMITS.chunkBytes;

  it('are refused within their first megabytes: a part inflating a thousand times over is caught by its ratio', async () => {
    const measure = { unpackedBytes: 0 };
    await expect(readXlsxTable(xlsxBomb(5_000, 'sheet', 'lie').bytes, measure)).rejects.toMatchObject({ code: 'too-large' });
    expect(measure.unpackedBytes).toBeLessThanOrEqual(UNZIP_LIMITS.ratioGraceBytes + OVERSHOOT);
  });

  it.each<[string, BombShape, SizeClaim]>([
    ['a sheet that declares a small size', 'sheet', 'lie'],
    ['a sheet that declares its true size', 'sheet', 'truth'],
    ['a sheet whose sizes follow its data', 'sheet', 'descriptor'],
    ['shared strings', 'shared-strings', 'lie'],
    ['forty parts, none large alone', 'many-parts', 'lie'],
  ])('are refused as too large, inflating no more than the limit: %s', async (_, shape, claim) => {
    const bomb = xlsxBomb(1_000, shape, claim);
    const measure = { unpackedBytes: 0 };
    await expect(readXlsxTable(bomb.bytes, measure)).rejects.toMatchObject({ code: 'too-large' });
    expect(bomb.unpackedBytes).toBeGreaterThan(1_000_000_000);
    expect(measure.unpackedBytes).toBeLessThanOrEqual(MAX_UNPACKED_BYTES + OVERSHOOT);
  });

  it('are refused once a part inflates to a hundred times its bytes, under the absolute limit too', async () => {
    const bomb = xlsxBomb(12, 'sheet', 'lie');
    expect(bomb.unpackedBytes).toBeLessThan(MAX_UNPACKED_BYTES);
    const measure = { unpackedBytes: 0 };
    await expect(readXlsxTable(bomb.bytes, measure)).rejects.toMatchObject({ code: 'too-large' });
    expect(measure.unpackedBytes).toBeLessThanOrEqual(
      Math.max(UNZIP_LIMITS.ratioGraceBytes, UNZIP_LIMITS.maxRatio * bomb.bytes.length) + OVERSHOOT,
    );
  });

  it('inflate nothing from the parts the reader does not need', async () => {
    const good = await toXlsx([{ name: 'People', header: ['Фамилия'], rows: [['Лавров']] }]);
    const zip = await JSZip.loadAsync(good);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => ({ name: f.name, part: plainPart(await f.async('string')), claim: 'truth' as const })),
    );
    const bytes = zipOf([...parts, { name: 'docProps/thumbnail.xml', part: bombPart(1_000, 'spaces') }]);
    const measure = { unpackedBytes: 0 };
    expect((await readXlsxTable(bytes, measure)).rows).toEqual([['Лавров']]);
    expect(measure.unpackedBytes).toBeLessThan(1_000_000);
  });
});

describe('what other spreadsheet writers write', () => {
  it('reads as read-excel-file reads it: shared and inline strings, rich text, numbers, booleans, dates, gaps', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Люди');
    sheet.addRow(['Фамилия', 'Имя', 'Телефон', 'Дата', 'Да/нет', '', 'Заметки']);
    sheet.addRow(['  Лавров ', 'Сергей', 74952441606, new Date(Date.UTC(2015, 8, 15)), true, null, 'a & b <c>']);
    sheet.addRow([]);
    sheet.addRow([
      'Аслов',
      { richText: [{ text: 'Сиро' }, { text: 'джиддин', font: { bold: true } }] },
      1.5,
      null,
      false,
      null,
      { formula: 'A1', result: 'Фамилия' },
    ]);
    sheet.getCell('D2').numFmt = 'dd.mm.yyyy';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const rows = await readXlsxFile(Buffer.from(bytes));
    const expected = rows.map((r) => r.map(oldCellText)).filter((r) => r.some(Boolean));
    const table = await readXlsxTable(bytes);
    expect([table.header, ...table.rows]).toEqual(expected);
    expect(table.rows[0]).toEqual(['Лавров', 'Сергей', '74952441606', '2015-09-15', 'true', '', 'a & b <c>']);
  });

  it('reads dates of the 1904 date system, inline strings and cells without references', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const bytes = zipOf([
      {
        name: 'xl/workbook.xml',
        part: plainPart(
          `<workbook ${ns} xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>`,
        ),
        claim: 'truth',
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        part: plainPart(
          '<Relationships><Relationship Id="rId7" Type="x/worksheet" Target="/xl/worksheets/../worksheets/s.xml"/><Relationship Id="rId8" Type="x/styles" Target="styles.xml"/></Relationships>',
        ),
        claim: 'truth',
      },
      {
        name: 'xl/styles.xml',
        part: plainPart(
          `<styleSheet ${ns}><numFmts><numFmt numFmtId="164" formatCode="&quot;Day&quot; d/m/yy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
        ),
        claim: 'truth',
      },
      {
        name: 'xl/worksheets/s.xml',
        part: plainPart(
          `<worksheet ${ns}><sheetData><row><c t="inlineStr" __proto__="x"><is><t>Name</t></is></c><c t="inlineStr"><is><r><t>Da</t></r><r><t>te</t></r><rPh><t>ignored</t></rPh></is></c></row>` +
            '<row><c t="inlineStr"><is><t><![CDATA[A&B]]></t></is></c><c s="1"><v>0</v></c><c r="D2" s="2"><v>41530</v></c></row></sheetData></worksheet>',
        ),
        claim: 'truth',
      },
    ]);
    const table = await readXlsxTable(bytes);
    expect(table.header).toEqual(['Name', 'Date', '', '']);
    expect(table.rows).toEqual([['A&B', '1904-01-01', '', '2017-09-14']]);
    const fresh: Record<string, unknown> = {};
    expect(fresh.x).toBeUndefined();
  });
});

// How the reader before this one turned read-excel-file's cells into text.
function oldCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  return '';
}

describe('damaged sheet XML', () => {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  function withSheetXml(sheet: string): Uint8Array {
    return zipOf([
      {
        name: 'xl/workbook.xml',
        part: plainPart(`<workbook ${ns} xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
        claim: 'truth',
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        part: plainPart('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        claim: 'truth',
      },
      { name: 'xl/worksheets/sheet1.xml', part: plainPart(`<worksheet ${ns}><sheetData>${sheet}</sheetData></worksheet>`), claim: 'truth' },
    ]);
  }
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Family name</t></is></c></row>';

  it('reads the sheet the damaged ones come from', async () => {
    const table = await readXlsxTable(withSheetXml(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>Lavrov</t></is></c></row>`));
    expect(table.rows).toEqual([['Lavrov']]);
  });

  // A changed byte must not turn into a value: a cell moved to another column, a row made up.
  it.each([
    ['an attribute without quotes', '<row r="2"><c r=A2 t="inlineStr"><is><t>Lavrov</t></is></c></row>'],
    ['attributes run together', '<row r="2"><c r="A2"t="inlineStr"><is><t>Lavrov</t></is></c></row>'],
    ['an attribute given twice', '<row r="2"><c r="A2" r="B2" t="inlineStr"><is><t>Lavrov</t></is></c></row>'],
    ['a tag left open', '<row r="2"><c r="A2" t="inlineStr"><is><t>Lavrov</t></is></row>'],
    ['a stray <', '<row r="2"><c r="A2" t="inlineStr"><is><t>Lavrov < 1</t></is></c></row>'],
  ])('is refused: %s', async (_, row) => {
    await expect(readXlsxTable(withSheetXml(`${header}${row}`))).rejects.toMatchObject({ code: 'not-xlsx' });
  });

  it('is refused when padded with millions of empty elements, without parsing them all', async () => {
    await expect(readXlsxTable(withSheetXml(`${header}${'<row/>'.repeat(MAX_XML_ELEMENTS)}`))).rejects.toMatchObject({ code: 'too-large' });
  });
});
