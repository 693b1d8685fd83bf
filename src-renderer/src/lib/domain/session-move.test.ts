import { describe, expect, it } from 'vitest';
import { movedTimes, shownTimes } from './session-move';
import { wallToUtc } from './time';

const ny = {
  allDay: false,
  start: '2015-09-29T18:00',
  end: '2015-09-29T19:30',
  timeZone: 'America/New_York',
  startUtc: wallToUtc('2015-09-29T18:00', 'America/New_York'),
  endUtc: wallToUtc('2015-09-29T19:30', 'America/New_York'),
};

describe('moving a session in the calendar', () => {
  it('keeps the venue hour when dropped on another day in venue time', () => {
    expect(movedTimes(ny, '2015-10-01T18:00', 'venue', 'Asia/Dushanbe')).toEqual({ start: '2015-10-01T18:00', end: '2015-10-01T19:30' });
  });

  it('converts a drop on the home clock back to venue time, across the New York clock change', () => {
    // 04:00 in Dushanbe on 2 November is 18:00 the day before in New York (EST, UTC-5).
    expect(movedTimes(ny, '2015-11-02T04:00', 'home', 'Asia/Dushanbe')).toEqual({ start: '2015-11-01T18:00', end: '2015-11-01T19:30' });
  });

  it('keeps the number of days of an all-day session', () => {
    const khujand = {
      allDay: true,
      start: '2015-05-19T00:00',
      end: '2015-05-20T00:00',
      timeZone: 'Asia/Dushanbe',
      startUtc: '',
      endUtc: '',
    };
    expect(movedTimes(khujand, '2015-05-26T00:00', 'venue', 'Asia/Dushanbe')).toEqual({
      start: '2015-05-26T00:00',
      end: '2015-05-27T00:00',
    });
  });

  it('draws timed sessions in the chosen clock and all-day ones with an exclusive end', () => {
    expect(shownTimes(ny, 'venue', 'Asia/Dushanbe')).toEqual({ start: '2015-09-29 18:00', end: '2015-09-29 19:30', allDay: false });
    expect(shownTimes(ny, 'home', 'Asia/Dushanbe')).toEqual({ start: '2015-09-30 03:00', end: '2015-09-30 04:30', allDay: false });
    expect(
      shownTimes({ allDay: true, start: '2015-06-03T00:00', end: '2015-06-04T00:00', startUtc: '', endUtc: '' }, 'home', 'UTC'),
    ).toEqual({
      start: '2015-06-03',
      end: '2015-06-05',
      allDay: true,
    });
  });
});
