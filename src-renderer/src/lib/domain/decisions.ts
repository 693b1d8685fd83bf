// The register of decisions: the chairmanship's outcome documents, numbered per body and year.
//
// Rules (they are what a secretariat keeps by hand in a paper register):
//  - A series is one body, one kind of document and one calendar year: "CFM Decision No. 3/2015"
//    is the third decision the CFM took in 2015; its statements, if it numbers them, form
//    their own series. The year is the year of adoption; a draft not adopted yet counts in the
//    year of its session.
//  - The next number of a series is one more than the highest number it holds, withdrawn
//    entries included: a number once cited is never given to another document.
//  - An adopted decision is never renumbered. Withdrawing it keeps its number; the register
//    shows it withdrawn, so the series has no hole.
//  - A draft's number is provisional. Withdrawing a draft releases its number, and the drafts
//    numbered after it in the series move down to the lowest free numbers (never onto a
//    number an adopted or withdrawn decision holds), so the drafts still close the series
//    without a gap.
//  - Two documents with one number in a series are duplicates; a number missing below the
//    highest is a gap. Both are reported, never corrected silently.
import type { DocumentKind, DocumentStatus, IsoDate, OutcomeDocument } from './types';

type Entry = Pick<OutcomeDocument, 'id' | 'kind' | 'bodyId' | 'number' | 'status' | 'adoptedOn'>;

/** The status of a register entry; rows from before the register: adopted when dated, else draft. */
export function documentStatus(doc: Pick<OutcomeDocument, 'status' | 'adoptedOn'>): DocumentStatus {
  return doc.status ?? (doc.adoptedOn ? 'adopted' : 'draft');
}

/** The year of an entry's series: the year of adoption, else of its session's first day. */
export function registerYear(doc: Pick<OutcomeDocument, 'adoptedOn'>, sessionDate: IsoDate): number {
  return Number((doc.adoptedOn ?? sessionDate).slice(0, 4));
}

export interface SeriesKey {
  bodyId: string;
  kind: DocumentKind;
  year: number;
}

export function seriesKey(key: SeriesKey): string {
  return `${key.bodyId}|${key.kind}|${key.year}`;
}

/** The series an entry belongs to; none when it names no body. */
export function seriesOf(doc: Entry, sessionDate: IsoDate): SeriesKey | null {
  return doc.bodyId ? { bodyId: doc.bodyId, kind: doc.kind, year: registerYear(doc, sessionDate) } : null;
}

/** The next number of a series: one more than the highest it holds, withdrawn entries included. */
export function nextNumber(series: readonly Pick<Entry, 'number'>[]): number {
  return series.reduce((max, d) => Math.max(max, d.number ?? 0), 0) + 1;
}

export type NumberingProblem =
  { kind: 'duplicate'; series: SeriesKey; number: number; ids: string[] } | { kind: 'gap'; series: SeriesKey; missing: number[] };

/**
 * The duplicates and gaps of every series in the register. `sessionDate` gives the first day
 * of an entry's session (for drafts, which count in their session's year).
 */
export function numberingProblems(docs: readonly Entry[], sessionDate: (doc: Entry) => IsoDate): NumberingProblem[] {
  const groups = new Map<string, { key: SeriesKey; docs: Entry[] }>();
  for (const doc of docs) {
    const key = seriesOf(doc, sessionDate(doc));
    if (!key || doc.number === undefined) continue;
    const group = groups.get(seriesKey(key)) ?? { key, docs: [] };
    group.docs.push(doc);
    groups.set(seriesKey(key), group);
  }
  const problems: NumberingProblem[] = [];
  for (const { key, docs: series } of [...groups.values()].sort((a, b) => seriesKey(a.key).localeCompare(seriesKey(b.key)))) {
    const byNumber = new Map<number, string[]>();
    for (const doc of series) if (doc.number !== undefined) byNumber.set(doc.number, [...(byNumber.get(doc.number) ?? []), doc.id]);
    for (const [number, ids] of [...byNumber].sort((a, b) => a[0] - b[0])) {
      if (ids.length > 1) problems.push({ kind: 'duplicate', series: key, number, ids });
    }
    const highest = Math.max(...byNumber.keys());
    const missing: number[] = [];
    for (let n = 1; n < highest; n++) if (!byNumber.has(n)) missing.push(n);
    if (missing.length) problems.push({ kind: 'gap', series: key, missing });
  }
  return problems;
}

/** The new numbers of a series once the draft `withdrawnId` is withdrawn (see the rules above). */
export function renumberAfterWithdrawal(series: readonly Entry[], withdrawnId: string): { id: string; number: number | undefined }[] {
  const withdrawn = series.find((d) => d.id === withdrawnId);
  if (!withdrawn || withdrawn.number === undefined || documentStatus(withdrawn) !== 'draft') return [];
  const released = withdrawn.number;
  const fixed = new Set(series.filter((d) => d.id !== withdrawnId && documentStatus(d) !== 'draft').flatMap((d) => d.number ?? []));
  const later = series
    .filter((d) => d.id !== withdrawnId && documentStatus(d) === 'draft' && d.number !== undefined && d.number > released)
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const changes: { id: string; number: number | undefined }[] = [{ id: withdrawnId, number: undefined }];
  let candidate = released;
  for (const draft of later) {
    while (fixed.has(candidate)) candidate++;
    if (candidate !== draft.number) changes.push({ id: draft.id, number: candidate });
    candidate++;
  }
  return changes;
}

/** The parts a reference is written from, in the document's language by ../decision-labels.ts. */
export interface ReferenceParts {
  acronym: string;
  number: number;
  year: number;
}
