// @vitest-environment happy-dom
// (read-excel-file's browser entry parses the sheet XML with the page's DOMParser.)
import readXlsxFile, { readSheetNames } from 'read-excel-file';
import { describe, expect, it } from 'vitest';
import { referenceXlsxLabels } from '../actions/reference-file-labels';
import type { Row } from '../domain/types';
import { ReferenceFileError, rowsOfSet, type ReferenceIssue, type ReferenceSet } from './reference-file-format';
import { scoSet } from './reference-file.fixture';
import { readReferenceWorkbook } from './reference-xlsx-read';
import { referenceSheets } from './reference-xlsx-write';
import { toXlsx, type XlsxSheet } from './xlsx';
import { readXlsxSheets } from './xlsx-read';

const labels = referenceXlsxLabels();
const now = new Date('2026-01-15T09:00:00Z');
let counter = 0;
const options = { labels, now, newId: () => `new-${++counter}` };

const workbook = (set: ReferenceSet, lang: 'en' | 'ru' = 'en'): Promise<Uint8Array> => toXlsx(referenceSheets(set, lang, labels));
const readBack = async (bytes: Uint8Array): Promise<ReferenceSet> => readReferenceWorkbook(await readXlsxSheets(bytes), options).set;

/** A row's own fields: what a workbook carries (no bookkeeping). */
const own = ({ createdAt: _c, updatedAt: _u, rev: _r, fieldHlc: _f, ...fields }: Row) => fields;
const ownRows = (set: ReferenceSet) => Object.fromEntries(Object.entries(rowsOfSet(set)).map(([t, rows]) => [t, rows.map(own)]));

async function issuesOf(bytes: Uint8Array): Promise<ReferenceIssue[]> {
  try {
    await readBack(bytes);
  } catch (error) {
    if (error instanceof ReferenceFileError) return [...error.issues];
    throw error;
  }
  throw new Error('the workbook was taken');
}

/** The sheets of the set with one cell changed: sheet `sheet`, data row `row` (0-based), column by header. */
function edited(sheets: XlsxSheet[], sheet: string, row: number, header: string, value: string): XlsxSheet[] {
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const at = s.header.indexOf(header);
    if (at < 0) throw new Error(`no column ${header}`);
    return { ...s, rows: s.rows.map((r, i) => (i === row ? r.map((c, j) => (j === at ? value : c)) : r)) };
  });
}

describe('reference data as a workbook', () => {
  it('writes one sheet per table with headers in the chosen language and ids in a column, read back by another reader', async () => {
    const bytes = await workbook(scoSet(), 'ru');
    const buffer = (): ArrayBuffer => new Uint8Array(bytes).buffer;
    expect(await readSheetNames(buffer())).toEqual([
      'Организация',
      'Государства и организации',
      'Органы',
      'Члены органов',
      'Прежние названия органов',
      'Участники',
      'Назначения',
      'Темы Плана мероприятий',
    ]);
    const people = await readXlsxFile(buffer(), { sheet: 'Участники' });
    expect(people[0]?.slice(0, 8)).toEqual([
      'Идентификатор',
      'Фамилия (англ.)',
      'Имя (англ.)',
      'Фамилия (рус.)',
      'Имя (рус.)',
      'Обращение (англ.)',
      'Обращение (рус.)',
      'Государство или организация',
    ]);
    expect(people.find((r) => r[0] === 'pe-muhriddin')?.slice(3, 5)).toEqual(['Муҳриддин', 'Сироҷиддин']);
    const seats = await readXlsxFile(buffer(), { sheet: 'Назначения' });
    // States, bodies and people are named, not numbered, where the name is unique.
    expect(seats.find((r) => r[0] === 'a-ru')?.slice(1, 4)).toEqual(['Лавров Сергей', 'СМИД', 'Россия']);
    const states = await readXlsxFile(buffer(), { sheet: 'Государства и организации' });
    expect(states.find((r) => r[0] === 'p-by')?.[1]).toBe('Наблюдатель');
  });

  it.each(['en', 'ru'] as const)('reads its own workbook (%s headers) back to the same rows', async (lang) => {
    const set = scoSet();
    const back = await readBack(await workbook(set, lang));
    expect(ownRows(back)).toEqual(ownRows(set));
    expect(back.persons[0]?.createdAt).toBe(now.toISOString());
  });

  it('gives rows typed in without an id a new one, and takes names for states, bodies and people', async () => {
    const sheets = referenceSheets(scoSet(), 'en', labels);
    const people = sheets.find((s) => s.name === 'People');
    const seats = sheets.find((s) => s.name === 'Appointments');
    people?.rows.push(['', 'Tokayev', 'Kassym-Jomart', 'Токаев', 'Касым-Жомарт', '', '', 'Казахстан', '', '', '', '', '']);
    seats?.rows.push(['', 'Токаев Касым-Жомарт', 'Council of Foreign Ministers', 'KZ', '', '', '14.06.2019', '', 'да']);
    const back = await readBack(await toXlsx(sheets));
    const tokayev = back.persons.at(-1);
    expect(tokayev?.id).toMatch(/^new-/);
    expect(tokayev).toMatchObject({ partyId: 'p-kz', organizationId: 'org-sco' });
    expect(back.appointments.at(-1)).toMatchObject({
      personId: tokayev?.id,
      bodyId: 'b-cfm',
      partyId: 'p-kz',
      from: '2019-06-14',
      acting: true,
    });
  });

  it('names the sheet, row, column and value of every cell in error, and writes nothing of it', async () => {
    let sheets = referenceSheets(scoSet(), 'en', labels);
    sheets = edited(sheets, 'Appointments', 1, 'From', '31.02.2019');
    sheets = edited(sheets, 'People', 2, 'Member state or organization', 'Atlantis');
    sheets = edited(sheets, 'Bodies', 0, 'Level', 'Ministers of everything');
    const issues = await issuesOf(await toXlsx(sheets));
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: 'Bodies',
        row: 2,
        column: 'F',
        header: 'Level',
        code: 'unknown-value',
        value: 'Ministers of everything',
      }),
      expect.objectContaining({ sheet: 'People', row: 4, column: 'H', code: 'unknown-reference', value: 'Atlantis' }),
      expect.objectContaining({ sheet: 'Appointments', row: 3, column: 'G', header: 'From', code: 'invalid', value: '31.02.2019' }),
    ]);
  });

  it('places a rule broken across rows on the cell it is about: a seat before its start, a state twice on a body', async () => {
    let sheets = referenceSheets(scoSet(), 'en', labels);
    sheets = edited(sheets, 'Appointments', 0, 'To', '2001-01-01');
    sheets = edited(sheets, 'Body members', 1, 'Member state or organization', 'Kyrgyzstan');
    sheets = edited(sheets, 'People', 0, 'Email', 'aidarbekov(at)mfa.kg');
    const issues = await issuesOf(await toXlsx(sheets));
    expect(issues.map((i) => `${i.sheet ?? ''}!${i.column ?? ''}${i.row} ${i.code}`)).toEqual([
      'Body members!B3 duplicate-seat',
      'People!K2 email-invalid',
      'Appointments!H2 end-before-start',
    ]);
  });

  it('refuses unknown columns and a workbook without its Organization sheet', async () => {
    const sheets = referenceSheets(scoSet(), 'en', labels).map((s) =>
      s.name === 'People' ? { ...s, header: [...s.header.slice(0, -1), 'Remarks'] } : s,
    );
    expect(await issuesOf(await toXlsx(sheets))).toEqual([
      expect.objectContaining({ sheet: 'People', row: 1, column: 'M', header: 'Remarks', code: 'unknown-column' }),
    ]);
    const without = referenceSheets(scoSet(), 'en', labels).filter((s) => s.name !== 'Organization');
    expect(await issuesOf(await toXlsx(without))).toEqual([expect.objectContaining({ code: 'missing-sheet' })]);
  });
});
