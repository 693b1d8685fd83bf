// Attendance marks and rates for the attendance matrix and a person's record.
// A mark says how a person (or a member state) took part in one session:
//  - present: there in person (for a state: a delegate of its own, not only a substitute);
//  - represented: not there, but a substitute sat in (for a state: only a substitute);
//  - absent / excused: as recorded; unknown: invited, nothing recorded yet;
//  - none: not on the session's list at all.
// A rate is (present + represented) / (present + represented + absent + excused): sessions
// not recorded yet (unknown) or where the row was not invited (none) do not count.
import type { Participant } from './types';

export const MARKS = ['present', 'represented', 'absent', 'excused', 'unknown', 'none'] as const;
export type Mark = (typeof MARKS)[number];

type Attending = Pick<Participant, 'personId' | 'partyId' | 'attendance' | 'representsPersonId'>;

export function personMark(personId: string, participants: readonly Attending[]): Mark {
  const own = participants.find((p) => p.personId === personId);
  if (own?.attendance === 'present') return 'present';
  const substitute = participants.some((p) => p.representsPersonId === personId && p.attendance === 'present');
  if (substitute) return 'represented';
  return own ? own.attendance : 'none';
}

export function partyMark(partyId: string, participants: readonly Attending[]): Mark {
  const delegation = participants.filter((p) => p.partyId === partyId);
  if (delegation.length === 0) return 'none';
  const present = delegation.filter((p) => p.attendance === 'present');
  if (present.some((p) => !p.representsPersonId)) return 'present';
  if (present.length) return 'represented';
  if (delegation.some((p) => p.attendance === 'excused')) return 'excused';
  if (delegation.some((p) => p.attendance === 'absent')) return 'absent';
  return 'unknown';
}

export function attended(mark: Mark): boolean {
  return mark === 'present' || mark === 'represented';
}

export function counts(mark: Mark): boolean {
  return mark !== 'unknown' && mark !== 'none';
}

/** The share of recorded sessions attended, 0..1; null when nothing is recorded. */
export function attendanceRate(marks: readonly Mark[]): number | null {
  const recorded = marks.filter(counts);
  return recorded.length ? recorded.filter(attended).length / recorded.length : null;
}

export interface MatrixRow {
  key: string;
  marks: Mark[];
  rate: number | null;
}

export interface AttendanceMatrix {
  sessionIds: string[];
  rows: MatrixRow[];
  /** One rate per session (column), over the rows. */
  columnRates: (number | null)[];
  /** Over every cell. */
  overall: number | null;
}

/** Rows (persons or member states) × sessions; `participants` maps a session id to its list. */
export function attendanceMatrix(
  axis: 'persons' | 'parties',
  sessionIds: readonly string[],
  rowKeys: readonly string[],
  participants: ReadonlyMap<string, readonly Attending[]>,
): AttendanceMatrix {
  const mark = axis === 'persons' ? personMark : partyMark;
  const rows = rowKeys.map((key) => {
    const marks = sessionIds.map((id) => mark(key, participants.get(id) ?? []));
    return { key, marks, rate: attendanceRate(marks) };
  });
  const columnRates = sessionIds.map((_, i) => attendanceRate(rows.map((r) => r.marks[i] ?? 'none')));
  return { sessionIds: [...sessionIds], rows, columnRates, overall: attendanceRate(rows.flatMap((r) => r.marks)) };
}

/** The member states' attendance rate over the sessions of each body (joint sessions count for each). */
export function rateByBody(
  bodyIds: readonly string[],
  sessions: readonly { id: string; bodyIds: readonly string[] }[],
  matrix: AttendanceMatrix,
): { bodyId: string; rate: number | null }[] {
  return bodyIds.map((bodyId) => {
    const columns = sessions.filter((s) => s.bodyIds.includes(bodyId)).map((s) => matrix.sessionIds.indexOf(s.id));
    const marks = matrix.rows.flatMap((r) => columns.map((c) => r.marks[c] ?? 'none'));
    return { bodyId, rate: attendanceRate(marks) };
  });
}
