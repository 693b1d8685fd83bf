import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { Body, Session } from '../domain/types';
import { sessionsToIcs } from './ics-export';
import { parseIcs } from './ics-import';
import { MAX_ICS_FILE_BYTES } from './ics-shared';
import { planCounts, planIcsImport } from './ics-plan';

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

describe('reading ICS files', () => {
  it('reads an Outlook event with a Windows zone name as Moscow time', () => {
    const [event] = parseIcs(bytes(OUTLOOK), 'Asia/Dushanbe');
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

  it('reads Google’s UTC times in the home zone, all-day events with their last day, and rejects what cannot be a session', () => {
    const events = parseIcs(bytes(GOOGLE), 'Asia/Dushanbe');
    expect(events.map((e) => [e.index, e.start, e.end, e.timeZone, e.allDay, e.rejected ?? null])).toEqual([
      [1, '2015-09-30T03:00', '2015-09-30T04:30', 'Asia/Dushanbe', false, null],
      [2, '2015-11-10T00:00', '2015-11-11T00:00', 'Asia/Dushanbe', true, null],
      [3, '', '', 'Asia/Dushanbe', false, 'recurring'],
      [4, '', '', 'Asia/Dushanbe', false, 'no-uid'],
      [5, '2015-12-01T10:00', '2015-12-01T10:00', 'Asia/Dushanbe', false, 'unknown-zone'],
    ]);
    expect(events[1]?.categories).toEqual(['PC']);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['blank space', '  \n ', 'empty'],
    ['a text file', 'Dear colleagues,\nplease find the programme attached.\n', 'not-icalendar'],
    ['a vCard', 'BEGIN:VCARD\nVERSION:3.0\nFN:Sergey Lavrov\nEND:VCARD\n', 'not-icalendar'],
    ['a truncated calendar', OUTLOOK.slice(0, OUTLOOK.indexOf('END:VEVENT')), 'truncated'],
    ['a calendar without events', 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n', 'no-events'],
    ['a broken property line', 'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;TZ\nEND:VEVENT\nEND:VCALENDAR\n', 'malformed'],
    [
      'a start that is not a date',
      'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART:garbage\nEND:VEVENT\nEND:VCALENDAR\n',
      'malformed',
    ],
    [
      'a date without digits',
      'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:2015\nEND:VEVENT\nEND:VCALENDAR\n',
      'malformed',
    ],
  ])('refuses %s', (_label, text, code) => {
    expect(() => parseIcs(bytes(text), 'Asia/Dushanbe')).toThrow(expect.objectContaining({ code }));
  });

  it.each(['__proto__', 'constructor', 'toString'])('takes a TZID of %s for an unknown zone, not for a property of Object', (tzid) => {
    const text = `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=${tzid}:20151001T080000\nDTEND;TZID=${tzid}:20151001T090000\nEND:VEVENT\nEND:VCALENDAR\n`;
    const [event] = parseIcs(bytes(text), 'Asia/Dushanbe');
    expect(event?.rejected).toBe('unknown-zone');
    expect(event?.timeZone).toBe('Asia/Dushanbe');
  });

  it('refuses a file over 20 MB and one that is not UTF-8', () => {
    expect(() => parseIcs(new Uint8Array(MAX_ICS_FILE_BYTES + 1), 'UTC')).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(() => parseIcs(new Uint8Array([0x42, 0x45, 0xff, 0xfe, 0xc0]), 'UTC')).toThrow(expect.objectContaining({ code: 'encoding' }));
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
      const events = parseIcs(new TextEncoder().encode(sessionsToIcs(ours, { ...context, lang })), 'Asia/Dushanbe');
      expect(planCounts(planIcsImport(events, ours, [cfm, pc], null))).toEqual({ new: 0, changed: 0, unchanged: 2, rejected: 0 });
    }
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
    const events = parseIcs(new TextEncoder().encode(file), 'Asia/Dushanbe');
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
    const events = [...parseIcs(new TextEncoder().encode(file), 'Asia/Dushanbe'), ...parseIcs(bytes(GOOGLE), 'Asia/Dushanbe')];
    const rows = planIcsImport(events, ours, [cfm, pc], null);
    expect(
      rows.map((r) => [r.event.uid, r.kind, r.kind === 'rejected' ? r.reason : r.kind === 'changed' ? r.fields.join(',') : '']),
    ).toEqual([
      ['a@chairdesk', 'changed', 'start,end'],
      ['7kukuqrfedlm2f9t@google.com', 'rejected', 'no-body'],
      ['allday@google.com', 'new', ''],
      ['weekly@google.com', 'rejected', 'recurring'],
      ['', 'rejected', 'no-uid'],
      ['mars@thunderbird', 'rejected', 'unknown-zone'],
    ]);
    const withBody = planIcsImport(events, ours, [cfm, pc], 'cfm');
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
