// The Action Plan status report: items in number order with who is responsible, the
// deadline, the status and the latest progress note, under a summary (items per status,
// overdue). One model feeds the printed report (PDF), the DOCX and the XLSX, so the three
// always say the same thing. Words come in through `ReportLabels`, in the document's language.
import { countByStatus } from '../domain/action-status';
import { themeName } from '../domain/themes';
import { effectiveDue, isOverdue, type EffectiveDue } from '../domain/deadlines';
import { hasText, personName, pickText, type Lang } from '../domain/text';
import { effectiveDay, inEffectiveOrder } from '../domain/progress-notes';
import {
  ACTION_STATUSES,
  type ActionItem,
  type ActionPlan,
  type ActionStatus,
  type ActionUpdate,
  type Body,
  type IsoDate,
  type Party,
  type Person,
  type Session,
  type Theme,
} from '../domain/types';
import type { DocxDocument } from '../io/docx';
import type { XlsxSheet } from '../io/xlsx';

/** The plan as the report needs it (the plan view read model satisfies it). */
export interface ReportSource {
  plan: ActionPlan;
  items: readonly ActionItem[];
  /** The organization's Action Plan themes, which name the items' themes. */
  themes: readonly Pick<Theme, 'id' | 'name'>[];
  updates: ReadonlyMap<string, readonly ActionUpdate[]>;
  lookups: {
    sessions: ReadonlyMap<string, Session>;
    parties: ReadonlyMap<string, Party>;
    bodies: ReadonlyMap<string, Body>;
    persons: ReadonlyMap<string, Person>;
  };
}

export interface ReportLabels {
  lang: Lang;
  title: string;
  summaryHeading: string;
  itemsHeading: string;
  columns: {
    number: string;
    item: string;
    theme: string;
    responsible: string;
    deadline: string;
    /** The session a deadline is tied to (the spreadsheet's deadline column holds its date). */
    deadlineSession: string;
    status: string;
    progress: string;
    overdue: string;
    note: string;
  };
  total: string;
  overdue: string;
  yes: string;
  asOf: (date: string) => string;
  approved: (date: string, by: string) => string;
  status: (status: ActionStatus) => string;
  /** An item without a theme. */
  noTheme: string;
  date: (date: IsoDate) => string;
  /** "by the CFM+CDM+CSSC session (14 September 2015)". */
  bySession: (session: Session, bodies: string) => string;
  missingSession: string;
  /** A status change without a written note: "In progress → Done". */
  change: (from: string, to: string) => string;
  /** "Page {page} of {pages}" for DOCX footers. */
  pageLabel: string;
  sheetItems: string;
  sheetSummary: string;
}

export interface ReportRow {
  id: string;
  number: string;
  depth: number;
  title: string;
  theme: string;
  responsible: string;
  deadline: string;
  /** For a deadline tied to a session: that session, in words ("by the CFM session (14 September 2015)"). */
  deadlineSession?: string;
  due?: IsoDate;
  status: ActionStatus;
  statusLabel: string;
  progress: number;
  overdue: boolean;
  note: string;
  noteDate?: IsoDate;
}

export interface StatusReport {
  lang: Lang;
  planTitle: string;
  asOf: IsoDate;
  approved?: string;
  counts: { status: ActionStatus; label: string; count: number }[];
  total: number;
  overdue: number;
  rows: ReportRow[];
}

export function responsibleOf(item: Pick<ActionItem, 'responsible'>, lookups: ReportSource['lookups'], lang: Lang): string {
  const { partyIds, bodyIds, personIds } = item.responsible;
  return [
    ...bodyIds.flatMap((id) => {
      const body = lookups.bodies.get(id);
      return body ? [pickText(body.acronym, lang) || pickText(body.name, lang)] : [];
    }),
    ...partyIds.flatMap((id) => {
      const party = lookups.parties.get(id);
      return party ? [pickText(party.short, lang) || pickText(party.name, lang)] : [];
    }),
    ...personIds.flatMap((id) => {
      const person = lookups.persons.get(id);
      return person ? [personName(person.names, lang)] : [];
    }),
  ].join(', ');
}

export function bodiesOf(session: Session, lookups: Pick<ReportSource['lookups'], 'bodies'>, lang: Lang): string {
  return session.bodyIds.flatMap((id) => (lookups.bodies.get(id) ? [pickText(lookups.bodies.get(id)?.acronym, lang)] : [])).join('+');
}

export function deadlineText(due: EffectiveDue | null, lookups: ReportSource['lookups'], labels: ReportLabels): string {
  if (!due) return '';
  if (due.by === 'date') return labels.date(due.date);
  const session = lookups.sessions.get(due.sessionId);
  if (due.by === 'missing-session' || !session) return labels.missingSession;
  return labels.bySession(session, bodiesOf(session, lookups, labels.lang));
}

/** The newest note with words in it (by the day it took effect); failing that, the newest status change. */
export function latestNote(
  updates: readonly ActionUpdate[] | undefined,
  labels: ReportLabels,
  zone: string,
): { text: string; date?: IsoDate } {
  const list = inEffectiveOrder(updates ?? [], zone);
  const day = (u: ActionUpdate): IsoDate => effectiveDay(u, zone);
  const written = list.findLast((u) => hasText(u.text));
  if (written) return { text: pickText(written.text, labels.lang), date: day(written) };
  const change = list.findLast((u) => u.statusTo !== undefined);
  if (change?.statusTo) {
    const from = change.statusFrom ? labels.status(change.statusFrom) : '—';
    return { text: labels.change(from, labels.status(change.statusTo)), date: day(change) };
  }
  return { text: '' };
}

/**
 * `today` is the home zone's date (`todayIn(zone)`), for "overdue"; `zone` is the
 * chairmanship's home time zone, whose calendar dates the notes.
 */
export function buildStatusReport(source: ReportSource, when: { today: IsoDate; zone: string }, labels: ReportLabels): StatusReport {
  const { today, zone } = when;
  const { plan, items, lookups } = source;
  const rows = items.map((item): ReportRow => {
    const due = effectiveDue(item, lookups.sessions);
    const note = latestNote(source.updates.get(item.id), labels, zone);
    return {
      id: item.id,
      number: item.number,
      depth: item.number.split('.').length - 1,
      title: pickText(item.title, labels.lang),
      theme: themeName(item.theme, source.themes, labels.lang) || labels.noTheme,
      responsible: responsibleOf(item, lookups, labels.lang),
      deadline: deadlineText(due, lookups, labels),
      ...(due?.by === 'session' ? { deadlineSession: deadlineText(due, lookups, labels) } : {}),
      ...(due && due.by !== 'missing-session' ? { due: due.date } : {}),
      status: item.status,
      statusLabel: labels.status(item.status),
      progress: item.progress,
      overdue: isOverdue(item, lookups.sessions, today),
      note: note.text,
      ...(note.date ? { noteDate: note.date } : {}),
    };
  });
  const counts = countByStatus(items);
  return {
    lang: labels.lang,
    planTitle: pickText(plan.title, labels.lang),
    asOf: today,
    ...(plan.approvedOn ? { approved: labels.approved(labels.date(plan.approvedOn), pickText(plan.approvedBy, labels.lang)) } : {}),
    counts: ACTION_STATUSES.map((status) => ({ status, label: labels.status(status), count: counts[status] })),
    total: items.length,
    overdue: rows.filter((r) => r.overdue).length,
    rows,
  };
}

function noteCell(row: ReportRow, labels: ReportLabels): string {
  return row.note && row.noteDate ? `${labels.date(row.noteDate)}: ${row.note}` : row.note;
}

/** Two sheets: every item with typed progress and dates, then the summary. */
export function statusReportSheets(report: StatusReport, labels: ReportLabels): XlsxSheet[] {
  const c = labels.columns;
  return [
    {
      name: labels.sheetItems,
      header: [c.number, c.item, c.theme, c.responsible, c.deadline, c.deadlineSession, c.status, c.progress, c.overdue, c.note],
      rows: report.rows.map((r) => [
        r.number,
        r.title,
        r.theme,
        r.responsible,
        // The deadline's day as a real date; the text where there is none (a session not yet dated).
        r.due ? { day: r.due } : r.deadline,
        r.deadlineSession ?? '',
        r.statusLabel,
        { percent: r.progress / 100 },
        r.overdue ? labels.yes : '',
        noteCell(r, labels),
      ]),
      widths: [8, 60, 22, 24, 12, 36, 14, 10, 10, 60],
    },
    {
      name: labels.sheetSummary,
      header: [c.status, labels.total],
      rows: [...report.counts.map((x) => [x.label, x.count]), [labels.total, report.total], [labels.overdue, report.overdue]],
      widths: [24, 10],
    },
  ];
}

export function statusReportDocx(report: StatusReport, labels: ReportLabels, letterhead: string[]): DocxDocument {
  const c = labels.columns;
  return {
    letterhead,
    title: labels.title,
    subtitle: report.planTitle,
    language: labels.lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: labels.pageLabel,
    landscape: true,
    sections: [
      {
        heading: labels.summaryHeading,
        paragraphs: [...(report.approved ? [report.approved] : []), labels.asOf(labels.date(report.asOf))],
        table: {
          header: [c.status, labels.total],
          rows: [
            ...report.counts.map((x) => [x.label, String(x.count)]),
            [labels.total, String(report.total)],
            [labels.overdue, String(report.overdue)],
          ],
          widths: [3, 1],
        },
      },
      {
        heading: labels.itemsHeading,
        table: {
          header: [c.number, c.item, c.responsible, c.deadline, c.status, c.note],
          rows: report.rows.map((r) => [
            r.number,
            r.title,
            r.responsible,
            r.deadline,
            // A no-break space: "40 %" never splits at the end of a line.
            `${r.statusLabel}${r.overdue ? ` (${labels.overdue.toLocaleLowerCase(labels.lang)})` : ''}, ${r.progress}\u00a0%`,
            noteCell(r, labels),
          ]),
          widths: [1, 5, 2, 2, 2, 4],
        },
      },
    ],
  };
}
