// The register's files read back by other libraries than the ones that wrote them:
// read-excel-file for the workbook, JSZip for the Word document's XML.
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toDocx } from './docx';
import { registerDocx, registerSheet, type RegisterLabels, type RegisterRow } from './register';
import { toXlsx } from './xlsx';

const labels: RegisterLabels = {
  sheet: 'Реестр решений',
  title: 'Реестр решений',
  columns: ['Номер', 'Название', 'Вид', 'Орган', 'Заседание', 'Принято', 'Статус'],
  letterhead: ['Шанхайская организация сотрудничества'],
  language: 'ru-RU',
  pageLabel: 'Страница {page} из {pages}',
};

const rows: RegisterRow[] = [
  {
    reference: 'Решение СМИД № 1/2019',
    title: 'О плане действий',
    kind: 'Решение',
    body: 'СМИД',
    session: 'Заседание СМИД, Бишкек',
    adoptedOn: '2019-05-22',
    adoptedText: '22 мая 2019 г.',
    status: 'Принято',
  },
  {
    reference: '=1+1',
    title: 'Проект: қ ҳ ҷ ӣ ӯ ғ',
    kind: 'Заявление',
    body: 'СМИД',
    session: 'Заседание СМИД',
    adoptedText: '',
    status: 'Проект',
  },
];

describe('register of decisions: files', () => {
  it('writes an XLSX whose rows another reader gets back, dates as dates and formulas as text', async () => {
    const bytes = await toXlsx([registerSheet(rows, labels)]);
    const sheet = await readXlsxFile(Buffer.from(bytes));
    expect(sheet[0]).toEqual([...labels.columns]);
    expect(sheet[1]?.slice(0, 5)).toEqual(['Решение СМИД № 1/2019', 'О плане действий', 'Решение', 'СМИД', 'Заседание СМИД, Бишкек']);
    expect(sheet[1]?.[5]).toEqual(new Date('2019-05-22T00:00:00Z'));
    expect(sheet[2]?.[0]).toBe('=1+1');
    expect(sheet[2]?.[1]).toBe('Проект: қ ҳ ҷ ӣ ӯ ғ');
    expect(sheet[2]?.[5]).toBeNull();
  });

  it('writes a DOCX with the heading and every entry, in the document language', async () => {
    const zip = await JSZip.loadAsync(await toDocx(registerDocx(rows, labels)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of ['Реестр решений', 'Решение СМИД № 1/2019', '22 мая 2019 г.', 'Проект: қ ҳ ҷ ӣ ӯ ғ', 'Статус'])
      expect(xml).toContain(text);
    expect(xml).toContain('w:lang w:val="ru-RU"');
  });
});
