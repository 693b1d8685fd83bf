import { describe, expect, it } from 'vitest';
import { conflictMap, findConflicts, overlappingIds, type ConflictCandidate } from './conflicts';
import { wallToUtc } from './time';

const at = (id: string, start: string, end: string, extra: Partial<ConflictCandidate> = {}): ConflictCandidate => ({
  id,
  startUtc: wallToUtc(start, 'Asia/Dushanbe'),
  endUtc: wallToUtc(end, 'Asia/Dushanbe'),
  bodyIds: ['cfm'],
  venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
  status: 'planned',
  ...extra,
});

describe('conflicts', () => {
  it('flags overlapping sessions of the same body and names the body', () => {
    const a = at('a', '2015-04-02T10:00', '2015-04-02T13:00');
    const b = at('b', '2015-04-02T12:00', '2015-04-02T14:00', { bodyIds: ['cfm', 'cdm'] });
    expect(findConflicts(a, [b])).toEqual([{ sessionId: 'b', reasons: ['body'], bodyIds: ['cfm'], personIds: [] }]);
  });

  it('does not flag back-to-back sessions or different bodies in different places', () => {
    const a = at('a', '2015-04-02T10:00', '2015-04-02T13:00');
    expect(findConflicts(a, [at('b', '2015-04-02T13:00', '2015-04-02T15:00')])).toEqual([]);
    expect(findConflicts(a, [at('c', '2015-04-02T11:00', '2015-04-02T12:00', { bodyIds: ['cdm'] })])).toEqual([]);
  });

  it('flags the same place in the same city, matching the city in either language', () => {
    const a = at('a', '2015-06-03T10:00', '2015-06-03T13:00', {
      bodyIds: ['cdm'],
      venue: { city: { en: 'Dushanbe', ru: 'Душанбе' }, place: { en: 'Kokhi Navruz', ru: '' } },
    });
    const b = at('b', '2015-06-03T11:00', '2015-06-03T12:00', {
      bodyIds: ['cssc'],
      venue: { city: { en: '', ru: 'душанбе' }, place: { en: 'kokhi navruz ', ru: 'Кохи Навруз' } },
    });
    expect(findConflicts(a, [b])[0]?.reasons).toEqual(['venue']);
  });

  it('flags a chair or participant who would be in two places at once', () => {
    const a = at('a', '2015-09-14T10:00', '2015-09-14T13:00', { chairPersonId: 'aslov' });
    const b = at('b', '2015-09-14T12:00', '2015-09-14T15:00', { bodyIds: ['csc'] });
    const people = new Map([['b', ['lavrov', 'aslov']]]);
    expect(findConflicts(a, [b], people)).toEqual([{ sessionId: 'b', reasons: ['person'], bodyIds: [], personIds: ['aslov'] }]);
  });

  it('ignores cancelled sessions and the session itself', () => {
    const a = at('a', '2015-04-02T10:00', '2015-04-02T13:00');
    expect(findConflicts(a, [a, at('b', '2015-04-02T10:00', '2015-04-02T13:00', { status: 'cancelled' })])).toEqual([]);
  });

  it('maps conflicts both ways across a whole year', () => {
    const sessions = [
      at('x', '2015-04-02T10:00', '2015-04-02T13:00'),
      at('y', '2015-04-02T12:00', '2015-04-02T14:00'),
      at('z', '2015-05-19T10:00', '2015-05-19T13:00'),
    ];
    const map = conflictMap(sessions);
    expect(map.get('x')?.map((c) => c.sessionId)).toEqual(['y']);
    expect(map.get('y')?.map((c) => c.sessionId)).toEqual(['x']);
    expect(map.has('z')).toBe(false);
  });
});

describe('overlap', () => {
  it('names every session that overlaps another one, and no other', () => {
    const sessions = [
      at('x', '2015-04-02T10:00', '2015-04-02T13:00'),
      at('y', '2015-04-02T12:00', '2015-04-02T14:00', { bodyIds: ['csc'] }),
      at('z', '2015-04-02T14:00', '2015-04-02T15:00'),
      at('w', '2015-04-02T10:30', '2015-04-02T11:00', { status: 'cancelled' }),
    ];
    expect([...overlappingIds(sessions)].sort()).toEqual(['x', 'y']);
  });
});
