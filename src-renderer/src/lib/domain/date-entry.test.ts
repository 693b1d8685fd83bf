import { describe, expect, it, vi } from 'vitest';
import {
  addMonths,
  clampDate,
  monthWeeks,
  parseDateEntry,
  parseDateTimeEntry,
  parseTimeEntry,
  showDate,
  showDateTime,
  stepTime,
} from './date-entry';

const date = (typed: string): string | null => {
  const entry = parseDateEntry(typed);
  return entry.ok ? entry.value : null;
};
const time = (typed: string): string | null => {
  const entry = parseTimeEntry(typed);
  return entry.ok ? entry.value : null;
};

describe('typed dates', () => {
  it.each([
    ['02.04.2015', '2015-04-02'],
    ['2.4.2015', '2015-04-02'],
    ['2.4.15', '2015-04-02'],
    [' 02.04.2015 ', '2015-04-02'],
    ['2015-04-02', '2015-04-02'],
    ['2015-4-2', '2015-04-02'],
    ['2 April 2015', '2015-04-02'],
    ['2 april 2015', '2015-04-02'],
    ['2 Apr 2015', '2015-04-02'],
    ['2 Apr. 2015', '2015-04-02'],
    ['April 2, 2015', '2015-04-02'],
    ['Apr 2 2015', '2015-04-02'],
    ['2 Sept 2015', '2015-09-02'],
    ['2 апреля 2015', '2015-04-02'],
    ['2 апреля 2015 г.', '2015-04-02'],
    ['2 апреля 2015 года', '2015-04-02'],
    ['2 апр. 2015', '2015-04-02'],
    ['15 мая 1992', '1992-05-15'],
    ['1 март 2015', '2015-03-01'],
    ['31 декабря 15', '2015-12-31'],
    ['29.02.2016', '2016-02-29'],
  ])('reads “%s” as %s', (typed, iso) => {
    expect(date(typed)).toBe(iso);
  });

  it('reads a two-digit year as 2000–2069 or 1970–1999', () => {
    expect(date('1.1.00')).toBe('2000-01-01');
    expect(date('1.1.69')).toBe('2069-01-01');
    expect(date('1.1.70')).toBe('1970-01-01');
    expect(date('15.05.92')).toBe('1992-05-15');
  });

  it('refuses dates the calendar does not have, saying so', () => {
    for (const typed of ['31.02.2015', '29.02.2015', '2015-02-30', '31 апреля 2015', '0.4.2015', '2.13.2015', '31 April 2015'])
      expect(parseDateEntry(typed)).toEqual({ ok: false, problem: 'no-such-date' });
  });

  it('refuses what it would have to guess, saying it cannot read it', () => {
    for (const typed of ['02/04/2015', '2.4', '2.4.201', '2.4.20155', '02042015', 'tomorrow', '2 Aprel 2015', '2015-04', '2,4,2015', ''])
      expect(parseDateEntry(typed)).toEqual({ ok: false, problem: 'format' });
  });

  it('calls a date complete only once its year is typed in full', () => {
    expect(parseDateEntry('02.04.2015')).toEqual({ ok: true, value: '2015-04-02', complete: true });
    expect(parseDateEntry('02.04.20')).toEqual({ ok: true, value: '2020-04-02', complete: false });
  });

  it('shows a date day first with dots, in either language', () => {
    expect(showDate('2015-04-02')).toBe('02.04.2015');
    expect(showDate('')).toBe('');
  });
});

describe('typed times', () => {
  it.each([
    ['18:30', '18:30'],
    ['18.30', '18:30'],
    ['1830', '18:30'],
    ['0905', '09:05'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['18', '18:00'],
    ['0', '00:00'],
    ['6:30 pm', '18:30'],
    ['6:30pm', '18:30'],
    ['6 p.m.', '18:00'],
    ['12 am', '00:00'],
    ['12:15 PM', '12:15'],
    ['23:59', '23:59'],
  ])('reads “%s” as %s', (typed, hhmm) => {
    expect(time(typed)).toBe(hhmm);
  });

  it('refuses times the clock does not have', () => {
    for (const typed of ['24:00', '18:60', '2561', '13 pm', '0 am'])
      expect(parseTimeEntry(typed)).toEqual({ ok: false, problem: 'no-such-time' });
  });

  it('refuses minutes typed with one digit and anything else it would guess', () => {
    for (const typed of ['18:3', '18h30', '18:30:00', 'noon', '18 30', '12345', ''])
      expect(parseTimeEntry(typed)).toEqual({ ok: false, problem: 'format' });
  });

  it('keeps the 24-hour clock whatever the language of the system', () => {
    vi.stubGlobal('navigator', { language: 'en-US', languages: ['en-US'] });
    try {
      expect(time('6:30 pm')).toBe('18:30');
      expect(showDateTime('2015-04-02T18:30')).toBe('02.04.2015 18:30');
      expect(showDate('2015-04-02')).toBe('02.04.2015');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('typed dates and times', () => {
  it.each([
    ['02.04.2015 18:30', '2015-04-02T18:30'],
    ['2015-04-02T18:30', '2015-04-02T18:30'],
    ['2 April 2015, 6:30 pm', '2015-04-02T18:30'],
    ['2 апреля 2015 18.30', '2015-04-02T18:30'],
    ['2.4.15 1830', '2015-04-02T18:30'],
  ])('reads “%s” as %s', (typed, wall) => {
    expect(parseDateTimeEntry(typed)).toMatchObject({ ok: true, value: wall });
  });

  it('says which half is wrong', () => {
    expect(parseDateTimeEntry('31.02.2015 18:30')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseDateTimeEntry('02.04.2015 25:00')).toEqual({ ok: false, problem: 'no-such-time' });
    expect(parseDateTimeEntry('02.04.2015')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('stepping', () => {
  it('moves a time onto the step’s grid, round midnight', () => {
    expect(stepTime('18:07', 1, 15)).toBe('18:15');
    expect(stepTime('18:07', -1, 15)).toBe('18:00');
    expect(stepTime('18:15', 1, 15)).toBe('18:30');
    expect(stepTime('23:50', 1, 15)).toBe('00:00');
    expect(stepTime('00:00', -1, 60)).toBe('23:00');
  });

  it('moves a month to the same day or the month’s last', () => {
    expect(addMonths('2015-01-31', 1)).toBe('2015-02-28');
    expect(addMonths('2015-01-15', -1)).toBe('2014-12-15');
    expect(addMonths('2015-12-02', 1)).toBe('2016-01-02');
  });

  it('keeps a date within its bounds', () => {
    expect(clampDate('2015-01-01', '2015-02-01', '2015-03-01')).toBe('2015-02-01');
    expect(clampDate('2015-04-01', '2015-02-01', '2015-03-01')).toBe('2015-03-01');
    expect(clampDate('2015-04-01')).toBe('2015-04-01');
  });
});

describe('a month’s calendar', () => {
  it('starts its weeks on Monday', () => {
    const weeks = monthWeeks('2015-04-02');
    expect(weeks[0]).toEqual(['2015-03-30', '2015-03-31', '2015-04-01', '2015-04-02', '2015-04-03', '2015-04-04', '2015-04-05']);
    expect(weeks.at(-1)?.at(-1)).toBe('2015-05-03');
    expect(weeks).toHaveLength(5);
  });

  it('gives a February that starts on a Monday four weeks', () => {
    expect(monthWeeks('2021-02-10')).toHaveLength(4);
  });
});
