import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { groupByMonth, matchesFilter, sameFilter, EMPTY_FILTER } from './schedule-filter';
import type { Body, Session } from './types';

const now = new Date();
const body = stamp<Body>(
  {
    name: { en: 'Council of Defence Ministers', ru: 'Совет министров обороны' },
    acronym: { en: 'CDM', ru: 'СМО' },
    level: 'ministers',
    seatTitle: { en: '', ru: '' },
    decisionRule: 'consensus',
    organizationId: 'org',
    seats: [],
    position: 0,
  },
  now,
  'cdm',
);
const session = stamp<Session>(
  {
    title: { en: 'Session of the Council of Defence Ministers', ru: 'Заседание Совета министров обороны' },
    bodyIds: ['cdm'],
    kind: 'regular',
    status: 'held',
    allDay: true,
    start: '2015-06-03T00:00',
    end: '2015-06-04T00:00',
    timeZone: 'Asia/Dushanbe',
    startUtc: '',
    endUtc: '',
    venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
    icsUid: 'x',
    icsSequence: 0,
  },
  now,
  's',
);

describe('year programme filter', () => {
  it('matches by body, status, city in either language, and words of the text in any order', () => {
    expect(matchesFilter(session, [body], EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(session, [body], { ...EMPTY_FILTER, bodyIds: ['cdm'], statuses: ['held'], city: 'душанбе' })).toBe(true);
    expect(matchesFilter(session, [body], { ...EMPTY_FILTER, text: 'министров смо' })).toBe(true);
    expect(matchesFilter(session, [body], { ...EMPTY_FILTER, text: 'defence ёлка' })).toBe(false);
    expect(matchesFilter(session, [body], { ...EMPTY_FILTER, statuses: ['planned'] })).toBe(false);
    expect(matchesFilter(session, [body], { ...EMPTY_FILTER, city: 'Khujand' })).toBe(false);
  });

  it('knows the same filter held in another object, and any field that differs', () => {
    const filter = { bodyIds: ['cfm', 'cdm'], statuses: ['held' as const], city: 'Dushanbe', text: 'council' };
    expect(sameFilter(filter, structuredClone(filter))).toBe(true);
    expect(sameFilter(EMPTY_FILTER, { ...EMPTY_FILTER })).toBe(true);
    expect(sameFilter(filter, { ...filter, bodyIds: ['cfm'] })).toBe(false);
    expect(sameFilter(filter, { ...filter, bodyIds: ['cdm', 'cfm'] })).toBe(false);
    expect(sameFilter(filter, { ...filter, statuses: ['planned'] })).toBe(false);
    expect(sameFilter(filter, { ...filter, city: 'Moscow' })).toBe(false);
    expect(sameFilter(filter, { ...filter, text: 'councils' })).toBe(false);
  });

  it('groups rows by the month of their first day', () => {
    const rows = ['2015-04-02T00:00', '2015-05-19T00:00', '2015-05-30T00:00'].map((start) => ({ session: { start } }));
    expect(groupByMonth(rows).map((g) => [g.month, g.rows.length])).toEqual([
      ['2015-04', 1],
      ['2015-05', 2],
    ]);
  });
});
