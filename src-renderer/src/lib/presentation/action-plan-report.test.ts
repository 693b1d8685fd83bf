import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ACTION_ITEMS, ACTION_PLAN, ACTION_UPDATES, BODIES, PARTIES, SESSIONS, THEMES } from '../example/csto-2015';
import type { ActionItem, ActionUpdate, Body, Party, Session } from '../domain/types';
import {
  buildStatusReport,
  latestNote,
  statusReportDocx,
  statusReportSheets,
  type ReportLabels,
  type ReportSource,
} from './action-plan-report';
import { toDocx } from '../io/docx';
import { toXlsx } from '../io/xlsx';

const row = { createdAt: '2015-01-20T00:00:00.000Z', updatedAt: '2015-01-20T00:00:00.000Z', rev: 1 };
const sessions = SESSIONS.map(({ id, input }): Session => ({
  ...input,
  id,
  ...row,
  startUtc: `${input.start}:00.000Z`,
  endUtc: `${input.end}:00.000Z`,
  icsUid: id,
  icsSequence: 0,
}));
const items: ActionItem[] = ACTION_ITEMS.map((i) => ({ ...i, ...row }));
const updates: ActionUpdate[] = ACTION_UPDATES.map((u) => ({ ...u, ...row }));

const source: ReportSource = {
  plan: { ...ACTION_PLAN, ...row },
  items,
  themes: THEMES,
  updates: new Map(items.map((i) => [i.id, updates.filter((u) => u.actionItemId === i.id)])),
  lookups: {
    sessions: new Map(sessions.map((s) => [s.id, s])),
    parties: new Map(PARTIES.map((p): [string, Party] => [p.id, { ...p, ...row }])),
    bodies: new Map(BODIES.map((b): [string, Body] => [b.id, { ...b, ...row }])),
    persons: new Map(),
  },
};

const labels: ReportLabels = {
  lang: 'en',
  title: 'Status report',
  summaryHeading: 'Summary',
  itemsHeading: 'Items',
  columns: {
    number: 'No.',
    item: 'Item',
    theme: 'Theme',
    responsible: 'Responsible',
    deadline: 'Deadline',
    deadlineSession: 'Deadline tied to',
    status: 'Status',
    progress: 'Progress',
    overdue: 'Overdue',
    note: 'Latest note',
  },
  total: 'Total',
  overdue: 'Overdue',
  yes: 'Yes',
  asOf: (d) => `As of ${d}`,
  approved: (d, by) => `Approved ${d} by ${by}`,
  status: (s) => s,
  noTheme: 'No theme',
  date: (d) => d,
  bySession: (s, bodies) => `by the ${bodies} session (${s.start.slice(0, 10)})`,
  missingSession: 'by a deleted session',
  change: (from, to) => `${from} → ${to}`,
  pageLabel: 'Page {page} of {pages}',
  sheetItems: 'Items',
  sheetSummary: 'Summary',
};

describe('the Action Plan status report', () => {
  const report = buildStatusReport(source, { today: '2015-11-01', zone: 'Asia/Dushanbe' }, labels);

  it('lists the items in number order with responsible, deadline, status and latest note', () => {
    expect(report.rows.map((r) => r.number)).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3', '4', '5', '5.1', '5.2', '6']);
    expect(report.rows.find((r) => r.number === '1.1')).toMatchObject({
      responsible: 'CSSC',
      deadline: 'by the CFM+CDM+CSSC session (2015-09-14)',
      statusLabel: 'in-progress',
      overdue: true,
      note: 'Draft list reviewed by the Committee of Secretaries of Security Councils in Khujand.',
      noteDate: '2015-05-20',
    });
    expect(report.rows.find((r) => r.number === '2.1')).toMatchObject({
      responsible: 'Russia, Tajikistan',
      deadline: '2015-06-30',
      overdue: false,
    });
  });

  it('names each item’s theme from the organization’s themes, in the report’s language', () => {
    expect(report.rows.find((r) => r.number === '1')?.theme).toBe('Counter-terrorism');
    const russian = buildStatusReport(source, { today: '2015-11-01', zone: 'Asia/Dushanbe' }, { ...labels, lang: 'ru' });
    expect(russian.rows.find((r) => r.number === '1')?.theme).toBe('Противодействие терроризму');
    const [first, second] = items;
    if (!first || !second) throw new Error('the example has items');
    const odd = buildStatusReport(
      {
        ...source,
        items: [
          { ...first, theme: '' },
          { ...second, theme: 'space' },
        ],
      },
      { today: '2015-11-01', zone: 'Asia/Dushanbe' },
      labels,
    );
    expect(odd.rows.map((r) => r.theme)).toEqual(['No theme', 'space']);
  });

  it('dates the latest note by the home zone’s calendar, and falls back to the last status change', () => {
    const late: ActionUpdate = {
      ...row,
      id: 'late',
      actionItemId: 'x',
      text: { en: 'Reported late in the evening.', ru: 'Доложено поздно вечером.' },
      at: '2015-06-30T21:00:00.000Z',
    };
    expect(latestNote([late], labels, 'Asia/Dushanbe')).toEqual({ text: 'Reported late in the evening.', date: '2015-07-01' });
    expect(latestNote([late], labels, 'UTC').date).toBe('2015-06-30');
    expect(latestNote([{ ...late, text: { en: ' ', ru: '' }, statusFrom: 'in-progress', statusTo: 'done' }], labels, 'UTC').text).toBe(
      'in-progress → done',
    );
    expect(latestNote(undefined, labels, 'UTC')).toEqual({ text: '' });
  });

  it('dates a note written after the meeting by the day it took effect, and takes the latest such day as the newest', () => {
    const base: ActionUpdate = { ...row, id: 'n', actionItemId: 'x', text: { en: '', ru: '' }, at: '2015-06-10T06:00:00.000Z' };
    const done: ActionUpdate = { ...base, id: 'done', statusFrom: 'in-progress', statusTo: 'done', on: '2015-06-02' };
    const earlier: ActionUpdate = {
      ...base,
      id: 'early',
      statusFrom: 'not-started',
      statusTo: 'in-progress',
      at: '2015-06-12T06:00:00.000Z',
      on: '2015-05-20',
    };
    expect(latestNote([done], labels, 'Asia/Dushanbe')).toEqual({ text: 'in-progress → done', date: '2015-06-02' });
    // Written last, but about an earlier day: the change to done is still the newest.
    expect(latestNote([done, earlier], labels, 'Asia/Dushanbe')).toEqual({ text: 'in-progress → done', date: '2015-06-02' });
  });

  it('sums up the items per status and counts the overdue ones as of the given day', () => {
    expect(report.counts.map((c) => [c.status, c.count])).toEqual([
      ['not-started', 3],
      ['in-progress', 7],
      ['done', 3],
      ['blocked', 0],
      ['cancelled', 0],
    ]);
    expect(report.total).toBe(13);
    // On 1 November 2015: 1.1, 2.2, 2.3 and 6 are past their deadline and still open.
    expect(report.rows.filter((r) => r.overdue).map((r) => r.number)).toEqual(['1.1', '2.2', '2.3', '6']);
    expect(report.overdue).toBe(4);
    expect(report.approved).toMatch(/^Approved 2015-01-20 by Emomali Rahmon/);
  });

  it('exports an XLSX that another library reads back, progress as a percentage and deadlines as dates', async () => {
    const bytes = await toXlsx(statusReportSheets(report, labels));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Items');
    expect(sheet?.getColumn(1).values.slice(2)).toEqual(report.rows.map((r) => r.number));
    expect(sheet?.getCell('H3').value).toBe(0.5);
    expect(sheet?.getCell('H3').numFmt).toBe('0%');
    const dated = report.rows.findIndex((r) => r.due);
    const deadline = sheet?.getCell(`E${dated + 2}`);
    expect(deadline?.value).toEqual(new Date(`${report.rows[dated]?.due ?? ''}T00:00:00.000Z`));
    expect(deadline?.numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getCell('I3').value).toBe('Yes');
    expect(book.getWorksheet('Summary')?.getCell('B7').value).toBe(13);
  });

  it('exports a DOCX with the summary and every item', async () => {
    const bytes = await toDocx(statusReportDocx(report, labels, ['CSTO']));
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    const positions = [
      'Summary',
      'Update the coordinated list',
      'Conduct the regional anti-drug operation',
      'Intensify military-political',
    ].map((t) => xml.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
