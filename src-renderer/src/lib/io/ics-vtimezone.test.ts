// Exported sessions in zones whose rules changed, read back by a reader that trusts only the
// file's VTIMEZONE (ical.js with its time-zone service holding nothing but the file's zones,
// as Thunderbird reads a calendar): every instant must be the app's own.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { Session } from '../domain/types';
import { sessionsToIcs, type IcsContext } from './ics-export';
import { transitions } from './ics-vtimezone';

const now = new Date('2015-03-01T08:00:00Z');

function session(id: string, timeZone: string, start: string, end: string): Session {
  return stamp<Session>(
    {
      title: { en: id, ru: '' },
      bodyIds: [],
      kind: 'regular',
      status: 'confirmed',
      allDay: false,
      start,
      end,
      timeZone,
      venue: { city: { en: '', ru: '' } },
      startUtc: wallToUtc(start, timeZone),
      endUtc: wallToUtc(end, timeZone),
      icsUid: `${id}@chairdesk`,
      icsSequence: 0,
    },
    now,
    id,
  );
}

const ctx: IcsContext = {
  calendarName: 'zones',
  organizer: { name: 'x' },
  lang: 'en',
  bodies: new Map(),
  agenda: new Map(),
  persons: new Map(),
};

/** Each event's start and end as the file's own VTIMEZONEs make them. */
function instants(text: string): Map<string, [string, string]> {
  ICAL.TimezoneService.reset();
  const calendar = ICAL.Component.fromString(text);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return [e.uid, [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]];
    }),
  );
}

const CASES: Record<string, Session[]> = {
  // Astana: UTC+6 until 1 March 2024, UTC+5 after.
  'Asia/Almaty 2015': [
    session('almaty-2015-04', 'Asia/Almaty', '2015-04-02T10:00', '2015-04-02T13:00'),
    session('almaty-2015-11', 'Asia/Almaty', '2015-11-10T09:00', '2015-11-10T18:00'),
  ],
  'Asia/Almaty 2024': [
    session('almaty-2024-02', 'Asia/Almaty', '2024-02-20T10:00', '2024-02-20T12:00'),
    session('almaty-2024-03', 'Asia/Almaty', '2024-03-05T10:00', '2024-03-05T12:00'),
    session('almaty-2024-09', 'Asia/Almaty', '2024-09-05T10:00', '2024-09-05T12:00'),
  ],
  // Moscow: UTC+3 with summer time until March 2011, UTC+4 until October 2014, UTC+3 since.
  'Europe/Moscow 2011–2014': [
    session('moscow-2011-01', 'Europe/Moscow', '2011-01-20T10:00', '2011-01-20T12:00'),
    session('moscow-2011-04', 'Europe/Moscow', '2011-04-20T10:00', '2011-04-20T12:00'),
    session('moscow-2011-12', 'Europe/Moscow', '2011-12-20T10:00', '2011-12-20T12:00'),
    session('moscow-2012-07', 'Europe/Moscow', '2012-07-20T10:00', '2012-07-20T12:00'),
    session('moscow-2013-12', 'Europe/Moscow', '2013-12-20T10:00', '2013-12-20T12:00'),
    session('moscow-2014-10-20', 'Europe/Moscow', '2014-10-20T10:00', '2014-10-20T12:00'),
    session('moscow-2014-11', 'Europe/Moscow', '2014-11-20T10:00', '2014-11-20T12:00'),
  ],
  // Minsk: summer time for the last time in 2011, then UTC+3 all year.
  'Europe/Minsk 2011': [
    session('minsk-2011-01', 'Europe/Minsk', '2011-01-20T10:00', '2011-01-20T12:00'),
    session('minsk-2011-06', 'Europe/Minsk', '2011-06-20T10:00', '2011-06-20T12:00'),
    session('minsk-2011-12', 'Europe/Minsk', '2011-12-20T10:00', '2011-12-20T12:00'),
  ],
  // New York: summer time every year, and a session on the day the clocks go forward.
  'America/New_York': [
    session('ny-2015-03-08', 'America/New_York', '2015-03-08T09:00', '2015-03-08T11:00'),
    session('ny-2015-09', 'America/New_York', '2015-09-29T18:00', '2015-09-29T19:30'),
    session('ny-2015-11-01', 'America/New_York', '2015-11-01T09:00', '2015-11-01T11:00'),
    session('ny-2016-01', 'America/New_York', '2016-01-15T09:00', '2016-01-15T11:00'),
  ],
};

describe('exported zones carry the rules of the dates exported', () => {
  it.each(Object.entries(CASES))('%s: every event at the app’s instants through the file’s VTIMEZONE', (_zone, sessions) => {
    const read = instants(sessionsToIcs(sessions, ctx));
    for (const s of sessions) expect([s.icsUid, ...(read.get(s.icsUid) ?? [])]).toEqual([s.icsUid, s.startUtc, s.endUtc]);
  });

  it('all of them in one file, each zone with the changes of its own span', () => {
    const all = Object.values(CASES).flat();
    const text = sessionsToIcs(all, ctx);
    const read = instants(text);
    for (const s of all) expect([s.icsUid, ...(read.get(s.icsUid) ?? [])]).toEqual([s.icsUid, s.startUtc, s.endUtc]);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(4);
  });

  it('finds the changes the time-zone data knows, to the minute', () => {
    const iso = (zone: string, from: string, to: string): string[] =>
      transitions(zone, Date.parse(from), Date.parse(to)).map((t) => `${new Date(t.at).toISOString()} ${t.from}→${t.to}`);
    expect(iso('Asia/Almaty', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toEqual(['2024-02-29T18:00:00.000Z 360→300']);
    expect(iso('Europe/Moscow', '2011-01-01T00:00:00Z', '2015-01-01T00:00:00Z')).toEqual([
      '2011-03-26T23:00:00.000Z 180→240',
      '2014-10-25T22:00:00.000Z 240→180',
    ]);
  });
});
