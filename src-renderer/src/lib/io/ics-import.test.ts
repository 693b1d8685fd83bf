import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { Body, Session } from '../domain/types';
import { sessionsToIcs } from './ics-export';
import { parseIcs, type IcsEvent } from './ics-import';
import { MAX_SERIES_OCCURRENCES } from './ics-recurrence';
import { MAX_ICS_EVENTS } from './ics-text';
import { MAX_ICS_FILE_BYTES } from './ics-shared';
import { planCounts, planIcsImport } from './ics-import-preview';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const now = new Date('2015-01-10T00:00:00Z');

// As Outlook writes it: a Windows zone name with its own VTIMEZONE block.
const OUTLOOK = `BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Russian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000001@outlook
SUMMARY;LANGUAGE=ru:Консультации заместителей министров иностранных дел
DTSTART;TZID=Russian Standard Time:20151027T100000
DTEND;TZID=Russian Standard Time:20151027T130000
LOCATION:МИД России, Москва
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
`;

// As Google Calendar writes it: UTC instants, an all-day event.
const GOOGLE = `BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20150929T220000Z
DTEND:20150929T233000Z
UID:7kukuqrfedlm2f9t@google.com
SUMMARY:Informal FM meeting (UNGA)
LOCATION:New York
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20151110
DTEND;VALUE=DATE:20151112
UID:allday@google.com
SUMMARY:Permanent Council retreat
CATEGORIES:PC
END:VEVENT
BEGIN:VEVENT
DTSTART:20151201T100000Z
RRULE:FREQ=WEEKLY;COUNT=4
UID:weekly@google.com
SUMMARY:Weekly call
END:VEVENT
BEGIN:VEVENT
SUMMARY:No identity
DTSTART:20151201T100000Z
END:VEVENT
BEGIN:VEVENT
UID:mars@thunderbird
SUMMARY:Somewhere
DTSTART;TZID=Mars/Olympus:20151201T100000
END:VEVENT
END:VCALENDAR
`;

const YEAR_2015 = { from: '2014-12-31T19:00:00.000Z', to: '2015-12-31T19:00:00.000Z' };

/** The events of a file as the app reads it for the 2015 chairmanship, at home in Dushanbe. */
function read(file: string | Uint8Array, options: { zone?: string; wholeSeries?: boolean } = {}): IcsEvent[] {
  return parseIcs(typeof file === 'string' ? bytes(file) : file, {
    defaultZone: options.zone ?? 'Asia/Dushanbe',
    window: YEAR_2015,
    wholeSeries: options.wholeSeries ?? false,
  }).events;
}

const calendar = (...lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\n');
const vevent = (...lines: string[]): string[] => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

describe('reading ICS files', () => {
  it('reads an Outlook event with a Windows zone name as Moscow time', () => {
    const [event] = read(OUTLOOK);
    expect(event).toMatchObject({
      uid: '040000008200E00074C5B7101A82E008000000001@outlook',
      summary: 'Консультации заместителей министров иностранных дел',
      start: '2015-10-27T10:00',
      end: '2015-10-27T13:00',
      timeZone: 'Europe/Moscow',
      foreignZone: 'Russian Standard Time',
      location: 'МИД России, Москва',
      status: 'CONFIRMED',
      allDay: false,
    });
    expect(event?.rejected).toBeUndefined();
  });

  it('reads Google’s UTC times at home, all-day events with their last day, each occurrence of a weekly event, an event with no UID and one with an unknown zone', () => {
    const events = read(GOOGLE);
    expect(events.map((e) => [e.index, e.start, e.end, e.timeZone, e.allDay, e.rejected ?? null])).toEqual([
      [1, '2015-09-30T03:00', '2015-09-30T04:30', 'Asia/Dushanbe', false, null],
      [2, '2015-11-10T00:00', '2015-11-11T00:00', 'Asia/Dushanbe', true, null],
      [3, '2015-12-01T15:00', '2015-12-01T15:00', 'Asia/Dushanbe', false, null],
      [3, '2015-12-08T15:00', '2015-12-08T15:00', 'Asia/Dushanbe', false, null],
      [3, '2015-12-15T15:00', '2015-12-15T15:00', 'Asia/Dushanbe', false, null],
      [3, '2015-12-22T15:00', '2015-12-22T15:00', 'Asia/Dushanbe', false, null],
      [4, '2015-12-01T15:00', '2015-12-01T15:00', 'Asia/Dushanbe', false, null],
      [5, '2015-12-01T10:00', '2015-12-01T10:00', 'Asia/Dushanbe', false, null],
    ]);
    expect(events[1]?.categories).toEqual(['PC']);
    expect(events.slice(2, 6).map((e) => e.uid)).toEqual(
      ['20151201T100000', '20151208T100000', '20151215T100000', '20151222T100000'].map((at) => `weekly@google.com#${at}`),
    );
    expect(events[2]?.series).toEqual({ total: 4, more: false, endless: false, inWindow: 4, position: 1 });
    expect(events[6]).toMatchObject({ uidDerived: true, summary: 'No identity' });
    expect(events[6]?.uid).toBe(read(GOOGLE)[6]?.uid);
    expect(events[7]).toMatchObject({ unknownZone: 'Mars/Olympus' });
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['blank space', '  \n ', 'empty'],
    ['a text file', 'Dear colleagues,\nplease find the programme attached.\n', 'not-icalendar'],
    ['a vCard', 'BEGIN:VCARD\nVERSION:3.0\nFN:Sergey Lavrov\nEND:VCARD\n', 'not-icalendar'],
    ['a truncated calendar', OUTLOOK.slice(0, OUTLOOK.indexOf('END:VEVENT')), 'truncated'],
    ['a calendar without events', 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n', 'no-events'],
  ])('refuses %s', (_label, text, code) => {
    expect(() => read(text)).toThrow(expect.objectContaining({ code }));
  });

  it('lists an event whose start cannot be read, and reads the others', () => {
    const events = read(
      calendar(
        ...vevent('UID:a', 'DTSTART:garbage'),
        ...vevent('UID:b', 'DTSTART;VALUE=DATE:2015'),
        ...vevent('UID:c', 'DTSTART;TZ', 'SUMMARY:Broken line'),
        ...vevent('UID:d', 'DTSTART:20151001T080000Z'),
      ),
    );
    expect(events.map((e) => [e.uid, e.rejected ?? null])).toEqual([
      ['a', 'unreadable'],
      ['b', 'unreadable'],
      ['c', 'no-start'],
      ['d', null],
    ]);
  });

  it.each(['__proto__', 'constructor', 'toString'])('takes a TZID of %s for an unknown zone, not for a property of Object', (tzid) => {
    const text = `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=${tzid}:20151001T080000\nDTEND;TZID=${tzid}:20151001T090000\nEND:VEVENT\nEND:VCALENDAR\n`;
    const [event] = read(text);
    expect(event).toMatchObject({ unknownZone: tzid, timeZone: 'Asia/Dushanbe', start: '2015-10-01T08:00' });
    expect(event?.rejected).toBeUndefined();
  });

  it('refuses a file over 20 MB, one in UTF-16, and one with more than 10,000 events, saying how many', () => {
    expect(() => read(new Uint8Array(MAX_ICS_FILE_BYTES + 1))).toThrow(expect.objectContaining({ code: 'too-large' }));
    const utf16 = new Uint8Array(Array.from(new TextEncoder().encode('BEGIN:VCALENDAR')).flatMap((b) => [b, 0]));
    expect(() => read(utf16)).toThrow(expect.objectContaining({ code: 'encoding' }));
    const many = calendar(...Array.from({ length: MAX_ICS_EVENTS + 1 }, (_, i) => vevent(`UID:${i}`, 'DTSTART:20151001T080000Z')).flat());
    expect(() => read(many)).toThrow(expect.objectContaining({ code: 'too-many-events' }));
    expect(() => read(many)).toThrow('10001 events');
  });

  it('reads windows-1251 and windows-1252 files, with or without CHARSET, a byte-order mark, blank lines and tab-folded lines', () => {
    const cp1251 = (text: string): Uint8Array =>
      Uint8Array.from(Array.from(text, (ch) => (ch.charCodeAt(0) >= 0x410 ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    const russian = calendar(...vevent('UID:r', 'DTSTART:20151001T080000Z', 'SUMMARY:Заседание Совета министров'));
    expect(read(cp1251(russian))[0]?.summary).toBe('Заседание Совета министров');
    const latin1 = (text: string): Uint8Array => Uint8Array.from(Array.from(text, (ch) => ch.charCodeAt(0)));
    const french = calendar(...vevent('UID:f', 'DTSTART:20151001T080000Z', 'SUMMARY;CHARSET=windows-1252:Réunion à Genève'));
    expect(read(latin1(french))[0]?.summary).toBe('Réunion à Genève');
    const untidy = `\uFEFF${calendar('', ...vevent('UID:u', 'DTSTART:20151001T080000Z', 'SUMMARY:Consultations on', '\t regional security'), '')}`;
    expect(read(untidy.replace(/\n/g, '\r\n'))[0]?.summary).toBe('Consultations on regional security');
    expect(read(new TextEncoder().encode(untidy))[0]?.summary).toBe('Consultations on regional security');
  });

  it('gives a timed event with no end its start as end, and a date with no end one day', () => {
    const events = read(calendar(...vevent('UID:m', 'DTSTART:20151001T080000Z'), ...vevent('UID:d', 'DTSTART;VALUE=DATE:20151002')));
    expect(events.map((e) => [e.start, e.end, e.allDay, e.rejected ?? null])).toEqual([
      ['2015-10-01T13:00', '2015-10-01T13:00', false, null],
      ['2015-10-02T00:00', '2015-10-02T00:00', true, null],
    ]);
  });

  it('expands a series in its own zone: RRULE with UNTIL in UTC, EXDATE, RDATE and a changed occurrence', () => {
    const text = calendar(
      ...vevent(
        'UID:council@mfa',
        'SUMMARY:Permanent Council',
        'DTSTART;TZID=Europe/Moscow:20151005T100000',
        'DTEND;TZID=Europe/Moscow:20151005T120000',
        'RRULE:FREQ=WEEKLY;UNTIL=20151102T070000Z',
        'EXDATE;TZID=Europe/Moscow:20151012T100000',
        'RDATE:20151110T070000Z',
      ),
      ...vevent(
        'UID:council@mfa',
        'RECURRENCE-ID;TZID=Europe/Moscow:20151019T100000',
        'SUMMARY:Permanent Council (moved)',
        'DTSTART;TZID=Europe/Moscow:20151020T150000',
        'DTEND;TZID=Europe/Moscow:20151020T170000',
      ),
    );
    const events = read(text);
    expect(events.map((e) => [e.uid.split('#')[1], e.start, e.end, e.timeZone, e.summary])).toEqual([
      ['20151005T100000', '2015-10-05T10:00', '2015-10-05T12:00', 'Europe/Moscow', 'Permanent Council'],
      ['20151019T100000', '2015-10-20T15:00', '2015-10-20T17:00', 'Europe/Moscow', 'Permanent Council (moved)'],
      ['20151026T100000', '2015-10-26T10:00', '2015-10-26T12:00', 'Europe/Moscow', 'Permanent Council'],
      ['20151102T100000', '2015-11-02T10:00', '2015-11-02T12:00', 'Europe/Moscow', 'Permanent Council'],
      ['20151110T100000', '2015-11-10T10:00', '2015-11-10T12:00', 'Europe/Moscow', 'Permanent Council'],
    ]);
    expect(events.every((e) => e.index === 1 && e.series?.total === 5)).toBe(true);
  });

  it('says what a series with no occurrence in the year is, and offers its first occurrences when asked', () => {
    const text = calendar(
      ...vevent('UID:s', 'SUMMARY:Board', 'DTSTART:20140106T080000Z', 'DTEND:20140106T090000Z', 'RRULE:FREQ=WEEKLY;COUNT=27'),
    );
    expect(read(text)).toEqual([
      expect.objectContaining({ rejected: 'series-outside', series: { total: 27, more: false, endless: false, inWindow: 0 } }),
    ]);
    const whole = read(text, { wholeSeries: true });
    expect(whole).toHaveLength(27);
    expect(whole.every((e) => !e.rejected)).toBe(true);
    const endless = read(calendar(...vevent('UID:e', 'DTSTART:20160104T080000Z', 'RRULE:FREQ=DAILY')), { wholeSeries: true });
    expect(endless).toHaveLength(MAX_SERIES_OCCURRENCES);
    expect(endless[0]?.series).toMatchObject({ endless: true, more: true });
  });

  it('reads a zone the file defines under a name of its own by the file’s rules, keeping an IANA zone whose clock agrees', () => {
    const zone = (tzid: string, offset: string): string[] => [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const text = calendar(
      ...zone('(UTC+03:00) Moscow, St. Petersburg', '+0300'),
      ...zone('/mozilla.org/20070129_1/Europe/Minsk', '+0300'),
      ...vevent('UID:a', 'DTSTART;TZID="(UTC+03:00) Moscow, St. Petersburg":20151001T100000'),
      ...vevent('UID:b', 'DTSTART;TZID=/mozilla.org/20070129_1/Europe/Minsk:20151001T100000'),
    );
    const [moscow, minsk] = read(text);
    expect(moscow).toMatchObject({
      start: '2015-10-01T12:00',
      timeZone: 'Asia/Dushanbe',
      foreignZone: '(UTC+03:00) Moscow, St. Petersburg',
    });
    expect(minsk).toMatchObject({ start: '2015-10-01T10:00', timeZone: 'Europe/Minsk' });
  });

  it('names the earlier event when a UID or an event without one comes twice', () => {
    const events = read(
      calendar(
        ...vevent('UID:x', 'DTSTART:20151001T080000Z'),
        ...vevent('UID:x', 'DTSTART:20151002T080000Z'),
        ...vevent('SUMMARY:Same', 'DTSTART:20151003T080000Z'),
        ...vevent('SUMMARY:Same', 'DTSTART:20151003T080000Z'),
      ),
    );
    expect(events.map((e) => [e.rejected ?? null, e.duplicateOf ?? null])).toEqual([
      [null, null],
      ['duplicate-uid', 1],
      [null, null],
      ['duplicate-event', 3],
    ]);
  });
});

describe('import preview', () => {
  const cfm = stamp<Body>(
    {
      name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
      acronym: { en: 'CFM', ru: 'СМИД' },
      level: 'ministers',
      seatTitle: { en: '', ru: '' },
      decisionRule: 'consensus',
      organizationId: 'org',
      seats: [],
      position: 0,
    },
    now,
    'cfm',
  );
  const pc = stamp<Body>(
    {
      name: { en: 'Permanent Council', ru: 'Постоянный совет' },
      acronym: { en: 'PC', ru: 'ПС' },
      level: 'permanent',
      seatTitle: { en: '', ru: '' },
      decisionRule: 'consensus',
      organizationId: 'org',
      seats: [],
      position: 0,
    },
    now,
    'pc',
  );
  const session = (id: string, start: string, end: string, zone: string): Session =>
    stamp<Session>(
      {
        title: { en: 'Session of the Council of Foreign Ministers', ru: 'Заседание СМИД' },
        bodyIds: ['cfm'],
        kind: 'regular',
        status: 'planned',
        allDay: false,
        start,
        end,
        timeZone: zone,
        startUtc: wallToUtc(start, zone),
        endUtc: wallToUtc(end, zone),
        venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
        icsUid: `${id}@chairdesk`,
        icsSequence: 1,
      },
      now,
      id,
    );
  const ours = [
    session('a', '2015-04-02T10:00', '2015-04-02T13:00', 'Asia/Dushanbe'),
    session('b', '2015-09-29T18:00', '2015-09-29T19:30', 'America/New_York'),
  ];
  const context = {
    calendarName: 'x',
    organizer: { name: 'x' },
    bodies: new Map([['cfm', cfm]]),
    agenda: new Map(),
    participants: new Map(),
    persons: new Map(),
  };

  it('finds nothing to do when a file exported from here comes back, in either language', () => {
    for (const lang of ['en', 'ru'] as const) {
      const events = read(new TextEncoder().encode(sessionsToIcs(ours, { ...context, lang })));
      expect(planCounts(planIcsImport(events, ours, [cfm, pc], null))).toEqual({ new: 0, changed: 0, unchanged: 2, rejected: 0 });
    }
  });

  it('reads an unknown zone’s times in the zone the user names for it', () => {
    const events = read(GOOGLE).filter((e) => e.unknownZone);
    const [home] = planIcsImport(events, [], [cfm], 'cfm');
    const [moscow] = planIcsImport(events, [], [cfm], 'cfm', { zones: { 'Mars/Olympus': 'Europe/Moscow' } });
    expect(home?.kind === 'new' && [home.input.start, home.input.timeZone]).toEqual(['2015-12-01T10:00', 'Asia/Dushanbe']);
    expect(moscow?.kind === 'new' && [moscow.input.start, moscow.input.timeZone]).toEqual(['2015-12-01T10:00', 'Europe/Moscow']);
  });

  it('finds each occurrence of a repeating event again on a second import (a UID per occurrence)', () => {
    const first = planIcsImport(read(GOOGLE), [], [cfm], 'cfm');
    const sessions = first.flatMap((row, i) =>
      row.kind === 'new'
        ? [
            stamp<Session>(
              {
                ...row.input,
                startUtc: wallToUtc(row.input.start, row.input.timeZone),
                endUtc: wallToUtc(row.input.end, row.input.timeZone),
                icsUid: row.event.uid,
                icsSequence: 0,
              },
              now,
              `s${i}`,
            ),
          ]
        : [],
    );
    expect(sessions).toHaveLength(8);
    expect(planCounts(planIcsImport(read(GOOGLE), sessions, [cfm], 'cfm'))).toMatchObject({ new: 0, unchanged: 8 });
  });

  it('keeps a joint session’s body order when its own export comes back', () => {
    const [first] = ours;
    if (!first) throw new Error('no session');
    // PC before CFM: not the order of the bodies table.
    const joint = { ...first, bodyIds: ['pc', 'cfm'], kind: 'joint' as const };
    const file = sessionsToIcs([joint], {
      ...context,
      bodies: new Map([
        ['cfm', cfm],
        ['pc', pc],
      ]),
      lang: 'en',
    });
    expect(file).toContain('CATEGORIES:PC,CFM');
    const events = read(new TextEncoder().encode(file));
    expect(planIcsImport(events, [joint], [cfm, pc], null).map((r) => r.kind)).toEqual(['unchanged']);
    // A new joint session takes the file's order.
    const fresh = planIcsImport(events, [], [cfm, pc], null)[0];
    expect(fresh?.kind === 'new' && fresh.input.bodyIds).toEqual(['pc', 'cfm']);
  });

  it('sorts a foreign file into new, changed and rejected, with the changed fields named', () => {
    const [first] = ours;
    if (!first) throw new Error('no session');
    const moved = {
      ...first,
      start: '2015-04-03T10:00',
      end: '2015-04-03T13:00',
      startUtc: wallToUtc('2015-04-03T10:00', 'Asia/Dushanbe'),
      endUtc: wallToUtc('2015-04-03T13:00', 'Asia/Dushanbe'),
    };
    const file = sessionsToIcs([moved], { ...context, lang: 'en' });
    const events = [...read(new TextEncoder().encode(file)), ...read(GOOGLE)];
    const rows = planIcsImport(events, ours, [cfm, pc], null);
    expect(
      rows.map((r) => [r.event.uid, r.kind, r.kind === 'rejected' ? r.reason : r.kind === 'changed' ? r.fields.join(',') : '']),
    ).toEqual([
      ['a@chairdesk', 'changed', 'start,end'],
      ['7kukuqrfedlm2f9t@google.com', 'rejected', 'no-body'],
      ['allday@google.com', 'new', ''],
      ...['20151201', '20151208', '20151215', '20151222'].map((day) => [`weekly@google.com#${day}T100000`, 'rejected', 'no-body']),
      [expect.stringMatching(/^ics-[0-9a-f]{16}@derived\.chairdesk$/), 'rejected', 'no-body'],
      ['mars@thunderbird', 'rejected', 'no-body'],
    ]);
    const withBody = planIcsImport(events, ours, [cfm, pc], 'cfm');
    expect(planCounts(withBody)).toEqual({ new: 8, changed: 1, unchanged: 0, rejected: 0 });
    const google = withBody[1];
    expect(google?.kind).toBe('new');
    if (google?.kind === 'new')
      expect(google.input).toMatchObject({
        bodyIds: ['cfm'],
        title: { en: 'Informal FM meeting (UNGA)', ru: '' },
        venue: { city: { en: 'New York', ru: '' } },
      });
  });
});
