// @vitest-environment happy-dom
// Every Word and Excel export of the example year, opened by LibreOffice (headless, as Debian's
// libreoffice-writer-nogui and libreoffice-calc-nogui install it) and printed to PDF, then read
// with pdftotext, as a delegate opening the file would see it: the documents open, their text is
// all there, table headers and names are not broken mid-word, spreadsheet rates read as
// percentages and deadlines as dates, and text that looks like a formula stays the text typed.
// Runs where `soffice` is installed (CI installs it: .ci/run); elsewhere it says so and skips.
// (happy-dom: the app's export actions run as in the page.)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../../db';
import { CHAIRMANSHIP_ID } from '../../example/csto-2015';
import { loadExampleYear } from '../../example/load';
import { EXAMPLE_ORGANIZATION_ID } from '../../io/schema-upgrades';
import { platform, toBytes } from '../../platform';
import { app } from '../../state/app.svelte';
import { locale } from '../../state/locale.svelte';
import { exportStatusReportDocx, exportStatusReportXlsx } from '../action-plan';
import { exportAttendanceMatrix } from '../attendance-files';
import { exportAttendanceSheet, exportParticipantsList } from '../participant-files';
import { exportPeople } from '../people-files';

const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const APRIL = 'ex-session-2015-04-02-cfm';

let store: Store;
/** Each exported file's name → the text of its PDF, as LibreOffice prints it. */
const pdfText = new Map<string, string>();

/**
 * Prints every file of `dir` to PDF with one LibreOffice run (its own profile, so that it never
 * meets a user's), each kind into a folder of its own (a list's .docx and .xlsx share a name).
 */
function printAll(dir: string, files: string[]): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'chairdesk-lo-'));
  for (const ext of ['docx', 'xlsx']) {
    const these = files.filter((f) => f.endsWith(`.${ext}`));
    const out = path.join(dir, ext);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...these.map((f) => path.join(dir, f)),
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
    for (const file of these) {
      const pdf = path.join(out, file.replace(/\.(docx|xlsx)$/, '.pdf'));
      pdfText.set(file, execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    }
  }
}

describe.skipIf(!SOFFICE)('office documents, opened by LibreOffice', () => {
  beforeAll(async () => {
    store = await openStore(createStore(`office-${crypto.randomUUID()}`), () => undefined);
    setStore(store);
    await loadExampleYear(store);
    app.chairmanshipId = CHAIRMANSHIP_ID;
    app.organizationId = EXAMPLE_ORGANIZATION_ID;
    // A note that looks like a formula, as someone may have typed it.
    await store.bulkDb.persons.update('ex-person-lavrov', { notes: '=1+1 and @SUM(A1)' });
    const saved = new Map<string, Uint8Array>();
    vi.spyOn(platform(), 'saveFile').mockImplementation(async ({ name, data }) => {
      saved.set(name, toBytes(data));
      return 'saved';
    });
    const chairmanship = await store.chairmanships.require(CHAIRMANSHIP_ID);
    const [plan] = await store.actionPlans.toArray();
    if (!plan) throw new Error('no Action Plan');
    for (const lang of ['en', 'ru'] as const) {
      locale.lang = lang;
      await exportAttendanceSheet(APRIL, lang);
      await exportParticipantsList(APRIL, 'docx', lang);
      await exportParticipantsList(APRIL, 'xlsx', lang);
      await exportStatusReportDocx(plan.id, lang);
      await exportStatusReportXlsx(plan.id, lang);
      await exportAttendanceMatrix(chairmanship, lang);
      await exportPeople('xlsx');
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'chairdesk-office-'));
    for (const [name, bytes] of saved) writeFileSync(path.join(dir, name), bytes);
    printAll(dir, [...saved.keys()]);
    expect(pdfText.size).toBe(saved.size);
  }, 600_000);
  afterAll(() => {
    store.db.close();
    store.bulkDb.close();
  });

  const text = (pattern: RegExp): string => {
    const found = [...pdfText].filter(([name]) => pattern.test(name));
    expect(found.length, `no PDF for ${pattern}`).toBeGreaterThan(0);
    return found.map(([, t]) => t).join('\n');
  };

  it('opens every DOCX and XLSX export, in English and Russian', () => {
    expect([...pdfText.keys()].filter((n) => n.endsWith('.docx'))).toHaveLength(6);
    expect([...pdfText.keys()].filter((n) => n.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(7);
    for (const [name, body] of pdfText) expect(body.trim().length, name).toBeGreaterThan(100);
  });

  it('keeps the attendance sheet’s headers and delegations whole: “No.”, “Delegation”, “Kazakhstan”', () => {
    const en = text(/^attendance-sheet-.*\.docx$/);
    const words = en.split(/\s+/);
    for (const word of ['No.', 'Delegation', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Belarus', 'Signature'])
      expect(words, word).toContain(word);
    // A word cut by the column edge would leave its head at the end of a line.
    expect(en).not.toMatch(/\b(Delegatio|Kazakhsta|Kyrgyzsta|Tajikista|Signatur)\s*$/m);
    const ru = text(/^лист-регистрации-.*\.docx$/).split(/\s+/);
    for (const word of ['Делегация', 'Казахстан', 'Кыргызстан', 'Таджикистан']) expect(ru, word).toContain(word);
  });

  it('prints the lists and the status report with all their rows', () => {
    const list = text(/^participants-.*\.docx$/);
    for (const name of ['Sergey Lavrov', 'Sirodjiddin Aslov', 'Miroslav Jenča']) expect(list).toContain(name);
    const report = text(/status-report.*\.docx$|отче.*\.docx$/);
    expect(report).toMatch(/Канал|Channel/);
    // "40 %" stays on one line.
    expect(report).not.toMatch(/^\s*%\s*$/m);
  });

  it('shows spreadsheet rates as percentages and deadlines as dates', () => {
    const matrix = text(/^attendance-2015.*\.xlsx$/);
    expect(matrix).toMatch(/\b100%/);
    expect(matrix).not.toMatch(/\b0\.\d+\b/);
    const report = text(/status.*\.xlsx$|report.*\.xlsx$|plan.*\.xlsx$/i);
    expect(report).toMatch(/\b2015-\d\d-\d\d\b/);
    expect(report).toMatch(/\b(100|50)%/);
  });

  it('keeps text that looks like a formula as typed in a spreadsheet, never computed, with no apostrophe', () => {
    const people = text(/^people.*\.xlsx$|^persons.*\.xlsx$|^лица.*\.xlsx$/i);
    expect(people).toContain('=1+1 and @SUM(A1)');
    expect(people).not.toContain("'=1+1");
  });
});

if (!SOFFICE)
  console.log(
    'office documents: soffice is not installed, so LibreOffice does not open the exports here (CI installs libreoffice-writer-nogui and libreoffice-calc-nogui).',
  );
