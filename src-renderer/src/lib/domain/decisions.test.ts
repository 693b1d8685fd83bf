import { describe, expect, it } from 'vitest';
import { documentStatus, nextNumber, numberingProblems, registerYear, renumberAfterWithdrawal, seriesOf } from './decisions';
import type { DocumentKind, DocumentStatus, OutcomeDocument } from './types';

type Entry = Pick<OutcomeDocument, 'id' | 'kind' | 'bodyId' | 'number' | 'status' | 'adoptedOn'>;

const doc = (id: string, number: number | undefined, status: DocumentStatus, extra: Partial<Entry> = {}): Entry => ({
  id,
  kind: 'decision' satisfies DocumentKind,
  bodyId: 'cfm',
  ...(number === undefined ? {} : { number }),
  status,
  ...(status === 'draft' ? {} : { adoptedOn: '2015-04-02' }),
  ...extra,
});

const sessionDay = (): string => '2015-04-02';

describe('register of decisions: status and series', () => {
  it('reads rows from before the register as adopted when dated, draft otherwise', () => {
    expect(documentStatus({ adoptedOn: '2015-04-02' })).toBe('adopted');
    expect(documentStatus({})).toBe('draft');
    expect(documentStatus({ status: 'withdrawn', adoptedOn: '2015-04-02' })).toBe('withdrawn');
  });

  it('counts an entry in its year of adoption, a draft in its session’s year', () => {
    expect(registerYear({ adoptedOn: '2016-01-10' }, '2015-12-30')).toBe(2016);
    expect(registerYear({}, '2015-12-30')).toBe(2015);
  });

  it('keeps one series per body, kind and year; an entry without a body is in none', () => {
    expect(seriesOf(doc('a', 1, 'adopted'), '2015-04-02')).toEqual({ bodyId: 'cfm', kind: 'decision', year: 2015 });
    expect(seriesOf(doc('b', 1, 'adopted', { kind: 'statement' }), '2015-04-02')?.kind).toBe('statement');
    expect(seriesOf(doc('c', 1, 'adopted', { bodyId: undefined }), '2015-04-02')).toBeNull();
  });
});

describe('register of decisions: numbering', () => {
  it('gives the next number after the highest, withdrawn numbers never reused', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([doc('a', 1, 'adopted'), doc('b', 2, 'withdrawn'), doc('c', undefined, 'draft')])).toBe(3);
  });

  it('reports two entries with one number in a series as duplicates', () => {
    const problems = numberingProblems([doc('a', 1, 'adopted'), doc('b', 2, 'adopted'), doc('c', 2, 'draft')], sessionDay);
    expect(problems).toEqual([{ kind: 'duplicate', series: { bodyId: 'cfm', kind: 'decision', year: 2015 }, number: 2, ids: ['b', 'c'] }]);
  });

  it('reports the numbers missing below the highest as a gap, series by series', () => {
    const problems = numberingProblems(
      [
        doc('a', 1, 'adopted'),
        doc('b', 4, 'adopted'),
        doc('c', 2, 'adopted', { bodyId: 'cdm' }),
        doc('d', 1, 'adopted', { adoptedOn: '2016-02-01' }),
      ],
      sessionDay,
    );
    expect(problems).toEqual([
      { kind: 'gap', series: { bodyId: 'cdm', kind: 'decision', year: 2015 }, missing: [1] },
      { kind: 'gap', series: { bodyId: 'cfm', kind: 'decision', year: 2015 }, missing: [2, 3] },
    ]);
  });

  it('finds nothing wrong in a series numbered 1, 2, 3 with a withdrawn decision keeping its number', () => {
    expect(numberingProblems([doc('a', 1, 'adopted'), doc('b', 2, 'withdrawn'), doc('c', 3, 'draft')], sessionDay)).toEqual([]);
  });

  it('releases a withdrawn draft’s number and moves the later drafts down, around adopted numbers', () => {
    const series = [doc('a', 1, 'adopted'), doc('d2', 2, 'draft'), doc('a3', 3, 'adopted'), doc('d4', 4, 'draft'), doc('d5', 5, 'draft')];
    expect(renumberAfterWithdrawal(series, 'd2')).toEqual([
      { id: 'd2', number: undefined },
      { id: 'd4', number: 2 },
      { id: 'd5', number: 4 },
    ]);
    const moved = new Map<string, number | undefined>([
      ['d2', undefined],
      ['d4', 2],
      ['d5', 4],
    ]);
    const after = series.filter((d) => d.id !== 'd2').map((d) => ({ ...d, number: moved.has(d.id) ? moved.get(d.id) : d.number }));
    expect(after.map((d) => d.number)).toEqual([1, 3, 2, 4]);
    expect(numberingProblems(after, sessionDay)).toEqual([]);
  });

  it('never renumbers when an adopted decision is withdrawn', () => {
    expect(renumberAfterWithdrawal([doc('a', 1, 'adopted'), doc('b', 2, 'draft')], 'a')).toEqual([]);
  });
});
