import { describe, expect, it } from 'vitest';
import { moveInOrder, programmeStart, runningTimes, totalMinutes, validateAgendaItem } from './agenda';

describe('agenda', () => {
  it('computes running times from the session start and each duration', () => {
    expect(runningTimes('10:00', [{ minutes: 15 }, { minutes: 90 }, { minutes: 0 }, { minutes: 45 }])).toEqual([
      { start: '10:00', end: '10:15' },
      { start: '10:15', end: '11:45' },
      { start: '11:45', end: '11:45' },
      { start: '11:45', end: '12:30' },
    ]);
    expect(totalMinutes([{ minutes: 15 }, { minutes: 90 }])).toBe(105);
  });

  it('wraps past midnight', () => {
    expect(runningTimes('23:30', [{ minutes: 45 }])).toEqual([{ start: '23:30', end: '00:15' }]);
  });

  it('starts timed sessions at their start and all-day ones at 10:00', () => {
    expect(programmeStart({ allDay: false, start: '2015-09-29T18:00' })).toBe('18:00');
    expect(programmeStart({ allDay: true, start: '2015-09-14T00:00' })).toBe('10:00');
  });

  it('moves an item up or down and clamps at the ends', () => {
    expect(moveInOrder(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('wants a title and a duration within a day', () => {
    expect(validateAgendaItem({ title: { en: '', ru: '' }, minutes: 2000 })).toEqual([
      { field: 'title', code: 'required' },
      { field: 'minutes', code: 'minutes-range' },
    ]);
    expect(validateAgendaItem({ title: { en: '', ru: 'Открытие' }, minutes: 10 })).toEqual([]);
  });
});
