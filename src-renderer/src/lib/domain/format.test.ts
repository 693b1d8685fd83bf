import { describe, expect, it } from 'vitest';
import { formatDateRange, formatFileSize, formatMonthHeading, homeClock, sessionWhen, zoneCity, weekdayNames, zoneName } from './format';
import { wallToUtc } from './time';

describe('dates in the UI language', () => {
  it('formats one day and a range in English and Russian', () => {
    expect(formatDateRange('2015-04-02', '2015-04-02', 'en')).toBe('2 April 2015');
    expect(formatDateRange('2015-04-02', '2015-04-02', 'ru')).toMatch(/^2 апреля 2015\sг\.$/);
    expect(formatDateRange('2015-05-19', '2015-05-20', 'en')).toMatch(/^19\s?–\s?20 May 2015$/);
    expect(formatDateRange('2015-05-19', '2015-05-20', 'ru')).toMatch(/^19\s?–\s?20 мая 2015\sг\.$/);
  });

  it('shows a timed session’s hours in venue time', () => {
    expect(sessionWhen({ allDay: false, start: '2015-09-29T18:00', end: '2015-09-29T19:30' }, 'en')).toEqual({
      dates: '29 September 2015',
      times: '18:00–19:30',
    });
    expect(sessionWhen({ allDay: true, start: '2015-06-03T00:00', end: '2015-06-04T00:00' }, 'en').dates).toMatch(/^3\s?–\s?4 June 2015$/);
  });
});

describe('the second clock', () => {
  const ny = (start: string, end: string) => ({
    allDay: false,
    timeZone: 'America/New_York',
    startUtc: wallToUtc(start, 'America/New_York'),
    endUtc: wallToUtc(end, 'America/New_York'),
  });

  it('shows New York evening hours as Dushanbe night hours, across daylight saving', () => {
    expect(homeClock(ny('2015-09-29T18:00', '2015-09-29T19:30'), 'Asia/Dushanbe')).toBe('03:00–04:30');
    expect(homeClock(ny('2015-12-02T18:00', '2015-12-02T19:30'), 'Asia/Dushanbe')).toBe('04:00–05:30');
  });

  it('is not shown for sessions in the home zone or all-day sessions', () => {
    expect(homeClock({ ...ny('2015-09-29T18:00', '2015-09-29T19:30'), timeZone: 'Asia/Dushanbe' }, 'Asia/Dushanbe')).toBeNull();
    expect(homeClock({ ...ny('2015-09-29T18:00', '2015-09-29T19:30'), allDay: true }, 'Asia/Dushanbe')).toBeNull();
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
  });
});

describe('zone names in a language', () => {
  it('keeps the city of the zone name in English', () => {
    expect(zoneName('America/New_York', 'en')).toBe('New York');
  });

  it('names the place in Russian, with no Latin letter', () => {
    expect(zoneName('America/New_York', 'ru')).toBe('Нью-Йорк');
    expect(zoneName('Europe/Moscow', 'ru')).toBe('Москва');
    for (const zone of ['Asia/Bishkek', 'Asia/Dushanbe', 'Asia/Almaty', 'Europe/Minsk', 'Asia/Yerevan']) {
      expect(zoneName(zone, 'ru')).toMatch(/^[А-Яа-яЁё -]+$/);
    }
  });
});

describe('month headings and sizes in the language’s conventions', () => {
  it('heads a month "Март 2015 г." in Russian and "March 2015" in English', () => {
    expect(formatMonthHeading('2015-03-01', 'ru')).toMatch(/^Март 2015\sг\.$/);
    expect(formatMonthHeading('2017-03-15', 'ru')).toMatch(/^Март 2017\sг\.$/);
    expect(formatMonthHeading('2015-03-01', 'en')).toBe('March 2015');
  });

  it('writes sizes with the language’s decimal mark and unit names', () => {
    expect(formatFileSize(0.3 * 1024 * 1024, 'ru')).toBe('0,3 МБ');
    expect(formatFileSize(0.3 * 1024 * 1024, 'en')).toBe('0.3 MB');
    expect(formatFileSize(1234.5 * 1024 * 1024, 'ru')).toMatch(/^1,2 ГБ$/);
    expect(formatFileSize(999.5 * 1024 * 1024, 'ru')).toMatch(/^999,5 МБ$/);
    expect(formatFileSize(12 * 1024, 'en')).toBe('12 kB');
    expect(formatFileSize(10, 'en')).toBe('1 kB');
  });
});

describe('weekday names for a calendar', () => {
  it('start on Monday, in the UI language', () => {
    expect(weekdayNames('en').map((d) => d.short)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    expect(weekdayNames('en')[0]?.long).toBe('Monday');
    expect(weekdayNames('ru').map((d) => d.short)).toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
    expect(weekdayNames('ru')[6]?.long).toBe('воскресенье');
  });
});
