// The attendance matrix as a report: labelled rows (member states or persons) × the year's
// sessions, rates per row, per column, per member state and per body, and its XLSX sheets.
import type { AttendanceData } from '../db/people-read-models';
import { attendanceMatrix, rateByBody, type Mark } from '../domain/attendance';
import { formatDate } from '../domain/format';
import { protocolComparator } from '../domain/protocol-order';
import { personName, pickText, type Lang } from '../domain/text';
import { datePart } from '../domain/time';
import type { Person } from '../domain/types';
import { m } from './i18n';
import type { XlsxPercent, XlsxSheet } from '../io/xlsx';
import { markName } from './people-labels';

export type Axis = 'parties' | 'persons';

export interface ReportColumn {
  id: string;
  /** "2 Apr 2015 · CFM" */
  label: string;
  title: string;
}

export interface ReportRow {
  key: string;
  label: string;
  marks: Mark[];
  rate: number | null;
}

export interface AttendanceReport {
  axis: Axis;
  columns: ReportColumn[];
  rows: ReportRow[];
  columnRates: (number | null)[];
  overall: number | null;
  /** The member states' rate over the year, for the chart. */
  byParty: { label: string; rate: number | null }[];
  /** The member states' rate per body, for the chart. */
  byBody: { label: string; rate: number | null }[];
}

export function attendanceReport(data: AttendanceData, axis: Axis, lang: Lang): AttendanceReport {
  const sessions = data.sessions.filter((s) => s.session.status !== 'cancelled');
  const columns = sessions.map(({ session, bodies }) => ({
    id: session.id,
    label: `${formatDate(datePart(session.start), lang, 'medium')} · ${bodies.map((b) => pickText(b.acronym, lang)).join(' + ')}`,
    title: pickText(session.title, lang),
  }));
  const sessionIds = columns.map((c) => c.id);
  const members = data.parties.filter((p) => p.kind === 'member');
  const parties = attendanceMatrix(
    'parties',
    sessionIds,
    members.map((p) => p.id),
    data.lists,
  );

  const partyById = new Map(data.parties.map((p) => [p.id, p]));
  const collator = new Intl.Collator(lang);
  const compareProtocol = protocolComparator(data.rule, data.parties);
  const personParty = (p: Person): ReturnType<typeof partyById.get> => (p.partyId ? partyById.get(p.partyId) : undefined);
  const persons = [...data.persons].sort((a, b) => {
    const pa = personParty(a);
    const pb = personParty(b);
    const party = pa && pb ? compareProtocol(pa, pb) : pa ? -1 : pb ? 1 : 0;
    return party || collator.compare(personName(a.names, lang, 'family-given'), personName(b.names, lang, 'family-given'));
  });
  const matrix =
    axis === 'parties'
      ? parties
      : attendanceMatrix(
          'persons',
          sessionIds,
          persons.map((p) => p.id),
          data.lists,
        );
  const labels =
    axis === 'parties'
      ? members.map((p) => pickText(p.short, lang))
      : persons.map((p) => {
          const party = personParty(p);
          return party
            ? `${personName(p.names, lang, 'family-given')} (${pickText(party.short, lang)})`
            : personName(p.names, lang, 'family-given');
        });

  const bodyIds = [...new Set(sessions.flatMap((s) => s.session.bodyIds))];
  const bodyById = new Map(data.bodies.map((b) => [b.id, b]));
  return {
    axis,
    columns,
    rows: matrix.rows.map((r, i) => ({ ...r, label: labels[i] ?? r.key })),
    columnRates: matrix.columnRates,
    overall: matrix.overall,
    byParty: members.map((p, i) => ({ label: pickText(p.short, lang), rate: parties.rows[i]?.rate ?? null })),
    byBody: rateByBody(
      bodyIds,
      sessions.map((s) => s.session),
      parties,
    ).map((b) => ({ label: pickText(bodyById.get(b.bodyId)?.acronym, lang) || b.bodyId, rate: b.rate })),
  };
}

const percent = (rate: number | null): XlsxPercent | null => (rate === null ? null : { percent: rate });

/** One sheet: a row per member state (or person), a column per session, the rate last; rates as percentages. */
export function attendanceSheet(report: AttendanceReport, lang: Lang): XlsxSheet {
  const o = { locale: lang };
  const first = report.axis === 'parties' ? m.attendance_report_member_state({}, o) : m.attendance_report_person({}, o);
  return {
    name: report.axis === 'parties' ? m.attendance_report_by_state({}, o) : m.attendance_report_by_person({}, o),
    header: [first, ...report.columns.map((c) => c.label), m.attendance_report_rate({}, o)],
    rows: [
      ...report.rows.map((r) => [r.label, ...r.marks.map((mark) => (mark === 'none' ? '' : markName(mark, lang))), percent(r.rate)]),
      [m.attendance_report_rate({}, o), ...report.columnRates.map(percent), percent(report.overall)],
    ],
    widths: [34, ...report.columns.map(() => 18), 10],
  };
}
