import { describe, expect, it } from 'vitest';
import { overlaps } from './conflicts';
import {
  addDays,
  isIsoDate,
  isValidTimeZone,
  isWallTime,
  sessionInstants,
  todayIn,
  utcToWall,
  wallToUtc,
  yearRangeUtc,
  zoneOffsetMinutes,
} from './time';

describe('venue wall clock to instants', () => {
  it('reads Dushanbe time as UTC+5 all year (no daylight saving)', () => {
    expect(wallToUtc('2015-04-02T10:00', 'Asia/Dushanbe')).toBe('2015-04-02T05:00:00.000Z');
    expect(wallToUtc('2015-12-15T10:00', 'Asia/Dushanbe')).toBe('2015-12-15T05:00:00.000Z');
  });

  it('applies New York daylight saving in March and standard time in November', () => {
    expect(wallToUtc('2015-03-06T10:00', 'America/New_York')).toBe('2015-03-06T15:00:00.000Z');
    expect(wallToUtc('2015-03-09T10:00', 'America/New_York')).toBe('2015-03-09T14:00:00.000Z');
    expect(wallToUtc('2015-10-30T10:00', 'America/New_York')).toBe('2015-10-30T14:00:00.000Z');
    expect(wallToUtc('2015-11-02T10:00', 'America/New_York')).toBe('2015-11-02T15:00:00.000Z');
  });

  it('reads a skipped hour with the offset before the gap and a repeated hour as the first (RFC 5545)', () => {
    expect(wallToUtc('2015-03-08T02:30', 'America/New_York')).toBe('2015-03-08T07:30:00.000Z');
    expect(wallToUtc('2015-11-01T01:30', 'America/New_York')).toBe('2015-11-01T05:30:00.000Z');
  });

  it('round-trips instants back to the wall clock of any zone', () => {
    expect(utcToWall('2015-04-02T05:00:00.000Z', 'Asia/Dushanbe')).toBe('2015-04-02T10:00');
    expect(utcToWall('2015-04-02T05:00:00.000Z', 'Europe/Moscow')).toBe('2015-04-02T08:00');
    expect(utcToWall('2015-09-29T22:00:00.000Z', 'America/New_York')).toBe('2015-09-29T18:00');
    expect(utcToWall('2015-09-29T22:00:00.000Z', 'Asia/Dushanbe')).toBe('2015-09-30T03:00');
  });

  it('knows each zone’s offset on a date', () => {
    expect(zoneOffsetMinutes('2015-07-01T00:00:00.000Z', 'Asia/Dushanbe')).toBe(300);
    expect(zoneOffsetMinutes('2015-07-01T00:00:00.000Z', 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes('2015-01-01T00:00:00.000Z', 'America/New_York')).toBe(-300);
  });

  it('refuses malformed wall times and unknown zones', () => {
    expect(() => wallToUtc('2015-02-30T10:00', 'Asia/Dushanbe')).toThrow(RangeError);
    expect(() => wallToUtc('2015-04-02 10:00', 'Asia/Dushanbe')).toThrow(RangeError);
    expect(() => wallToUtc('2015-04-02T10:00', 'Mars/Olympus_Mons')).toThrow(/Unknown time zone/);
  });
});

describe('validity checks', () => {
  it.each(['Asia/Dushanbe', 'Europe/Moscow', 'America/New_York', 'America/Argentina/Buenos_Aires', 'UTC'])(
    '%s is a real IANA zone',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Dushanbe', 'Asia/Nowhere', '+05:00', 'UTC+5', '../etc', 'Asia/Dushanbe;rm'])('%j is not', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('accepts real dates and wall times only', () => {
    expect(isWallTime('2016-02-29T23:59')).toBe(true);
    expect(isWallTime('2015-02-29T10:00')).toBe(false);
    expect(isWallTime('2015-04-02T24:00')).toBe(false);
    expect(isIsoDate('2015-09-15')).toBe(true);
    expect(isIsoDate('2015-13-01')).toBe(false);
  });
});

describe('calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2015-03-01', -1)).toBe('2015-02-28');
  });

  it('spans a chairmanship year in its home zone', () => {
    expect(yearRangeUtc(2015, 'Asia/Dushanbe')).toEqual({ from: '2014-12-31T19:00:00.000Z', to: '2015-12-31T19:00:00.000Z' });
  });

  it('tells today’s date in the home zone, not the machine’s', () => {
    const lateUtc = new Date('2015-09-14T20:30:00Z');
    expect(todayIn('Asia/Dushanbe', lateUtc)).toBe('2015-09-15');
    expect(todayIn('America/New_York', lateUtc)).toBe('2015-09-14');
  });
});

describe("a session's instants", () => {
  it('end an all-day session at the midnight after its last day, in the venue zone', () => {
    const session = { allDay: true, start: '2015-09-14T00:00', end: '2015-09-15T00:00', timeZone: 'Asia/Dushanbe' };
    expect(sessionInstants(session)).toEqual({ startUtc: '2015-09-13T19:00:00.000Z', endUtc: '2015-09-15T19:00:00.000Z' });
  });

  it('make a late-evening meeting on the last day clash with the all-day session it falls in', () => {
    const allDay = sessionInstants({ allDay: true, start: '2015-09-14T00:00', end: '2015-09-15T00:00', timeZone: 'Asia/Dushanbe' });
    const lateEvening = sessionInstants({ allDay: false, start: '2015-09-15T23:59', end: '2015-09-16T00:30', timeZone: 'Asia/Dushanbe' });
    expect(overlaps(allDay, lateEvening)).toBe(true);
  });

  it('keep a timed session at its wall-clock times', () => {
    const session = { allDay: false, start: '2015-05-29T10:00', end: '2015-05-29T12:30', timeZone: 'Asia/Almaty' };
    expect(sessionInstants(session)).toEqual({ startUtc: wallToUtc(session.start, 'Asia/Almaty'), endUtc: '2015-05-29T06:30:00.000Z' });
  });
});
