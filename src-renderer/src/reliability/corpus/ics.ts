// The bad-input corpus (see common.ts): ICS calendars.
import { MAX_ICS_FILE_BYTES } from '../../lib/io/ics-shared';
import { MAX_ICS_EVENTS } from '../../lib/io/ics-text';
import { BYTE_KINDS, type Kind, type BadFile, type Dice, dice, utf8, wrongEncodings, truncate, breakUtf8, plan, named } from './common';

const CRLF = '\r\n';

interface IcsEventSpec {
  uid?: string;
  start?: string;
  end?: string;
  extra?: string[];
}

function icsEvent(spec: IcsEventSpec): string {
  const lines = [
    'BEGIN:VEVENT',
    ...(spec.uid === undefined ? [] : [`UID:${spec.uid}`]),
    'SUMMARY:Консультации по Афганистану (ӣ ӯ ҳ ҷ қ ғ)',
    'LOCATION:Дворец Наций, Душанбе',
    'CATEGORIES:CFM',
    ...(spec.start === undefined ? [] : [spec.start]),
    ...(spec.end === undefined ? [] : [spec.end]),
    ...(spec.extra ?? []),
    'END:VEVENT',
  ];
  return lines.join(CRLF) + CRLF;
}

function calendar(events: string, head = ''): string {
  return `BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}PRODID:-//Chairdesk corpus//EN${CRLF}${head}${events}END:VCALENDAR${CRLF}`;
}

/** A calendar the app imports: `n` new sessions of the CFM in October 2015. */
export function goodCalendar(n: number, tag: string): string {
  let events = '';
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    events += icsEvent({ uid: `${tag}-${i}@corpus.mfa.tj`, start: `DTSTART:201510${day}T080000Z`, end: `DTEND:201510${day}T100000Z` });
  }
  return calendar(events);
}

/** Every event of the calendar bad in the way `bad` makes it. */
function calendarOf(d: Dice, bad: (i: number) => IcsEventSpec): string {
  let events = '';
  for (let i = 0, n = 1 + d.int(6); i < n; i++) events += icsEvent(bad(i));
  return calendar(events);
}

const GARBAGE_DATES = [
  'garbage',
  '2015',
  '20151301T250000Z',
  '2015-10-01T08:00:00Z',
  'T',
  '99999999T999999',
  '"; DROP TABLE sessions;--',
  '20151001T0800',
];

function icsFile(kind: Kind, d: Dice, tag: string): Uint8Array {
  const good = goodCalendar(1 + d.int(5), tag);
  const at = (day: number, hour: number): string => `201510${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}0000`;
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', ' ', '\r\n\r\n', '\uFEFF', '\t \n']));
    case 'truncated':
      return truncate(utf8(good), d, good.lastIndexOf('END:VCALENDAR'));
    case 'flipped': {
      // Bytes that are not UTF-8 read as a Windows code page (Outlook writes those), so alone
      // they make no bad file: they land in every start date, which no longer reads as one.
      const broken = good.replace(/^DTSTART:(\d{4})/gm, (_, year: string) => `DTSTART:${year}\u0000`);
      return Uint8Array.from(Array.from(utf8(broken)).flatMap((b) => (b === 0 ? Array.from(breakUtf8(new Uint8Array(0), d)) : [b])));
    }
    case 'encoding':
      // UTF-16 and UTF-32 (windows-1251, the last of wrongEncodings, is read: Outlook writes it).
      return d.pick(wrongEncodings(good).slice(0, -1));
    case 'oversized':
      return new Uint8Array(MAX_ICS_FILE_BYTES + 1 + d.int(1000)).fill(0x41);
    case 'missing-keys': {
      const way = d.int(4);
      if (way === 0) return utf8(good.replace(/^BEGIN:VCALENDAR\r\n/, ''));
      if (way === 1) return utf8(calendar(''));
      // No start: with or without a UID (an event without one gets a UID made from its content).
      return utf8(
        calendarOf(d, (i) =>
          way === 2 ? { end: `DTEND:${at(i + 1, 9)}Z` } : { uid: `${tag}-${i}@corpus`, end: `DTEND:${at(i + 1, 9)}Z` },
        ),
      );
    }
    case 'wrong-types': {
      const way = d.int(4);
      return utf8(
        calendarOf(d, (i) => {
          const uid = `${tag}-${i}@corpus`;
          if (way === 0) return { uid, start: `DTSTART:${d.pick(GARBAGE_DATES)}` };
          if (way === 1) return { uid, start: `DTSTART:${at(i + 1, 10)}Z`, end: `DTEND:${at(i + 1, 8)}Z` };
          // An unknown zone is asked about, not refused: the end is before the start in it.
          if (way === 2)
            return { uid, start: `DTSTART;TZID=Mars/Olympus_Mons:${at(i + 1, 9)}`, end: `DTEND;TZID=Mars/Olympus_Mons:${at(i + 1, 8)}` };
          // A repeating event with no occurrence in the chairmanship's year (2015).
          return {
            uid,
            start: `DTSTART:2013${at(i + 1, 8).slice(4)}Z`,
            end: `DTEND:2013${at(i + 1, 9).slice(4)}Z`,
            extra: ['RRULE:FREQ=WEEKLY;COUNT=3'],
          };
        }),
      );
    }
    case 'proto': {
      const name = d.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
      return utf8(
        calendarOf(d, (i) => ({
          uid: `${tag}-${i}@corpus`,
          // The zone is the key the reader looks up: it must read as unknown, not as Object's own
          // (and the event ends before it starts, so that it is refused all the same).
          start: `DTSTART;TZID=${name}:${at(i + 1, 9)}`,
          end: `DTEND;TZID=${name}:${at(i + 1, 8)}`,
          extra: [`X-${name.toUpperCase()};${name}=${name}:{"polluted":true}`, `ATTENDEE;${name}=1:mailto:a@b.c`],
        })),
      );
    }
    case 'deep': {
      const depth = d.pick([50, 1_000, 20_000]);
      const inner = icsEvent({ uid: `${tag}@corpus` });
      const wrap = d.pick(['X-NEST', 'VEVENT', 'VALARM']);
      return utf8(calendar(`${`BEGIN:${wrap}${CRLF}`.repeat(depth)}${inner}${`END:${wrap}${CRLF}`.repeat(depth)}`));
    }
    case 'many-events':
      throw new Error('many-events files come from MANY_EVENTS_FILES (icsCorpus)');
    case 'duplicate-keys':
    case 'bomb':
    case 'email':
      throw new Error(`no ${kind} kind for ICS (see common.ts)`);
  }
}

/**
 * Calendars that cost a reader the square of their size, or more, if it scans every event for
 * each one or expands every occurrence: the many-events kind and its relatives. Each is bad
 * besides (over the cap of events, or every event outside the year or ending before it starts),
 * so the app must refuse it, and in time.
 */
export type ManyEventsShape = 'over-cap' | 'under-cap' | 'endless-series' | 'many-series' | 'many-changes';
export const MANY_EVENTS_SHAPES: readonly ManyEventsShape[] = ['over-cap', 'under-cap', 'endless-series', 'many-series', 'many-changes'];

export function manyEventsFile(shape: ManyEventsShape, count: number, tag: string): string {
  const lines: string[] = [];
  const event = (...body: string[]): void =>
    void lines.push('BEGIN:VEVENT', ...body, 'SUMMARY:Consultations', 'CATEGORIES:CFM', 'END:VEVENT');
  switch (shape) {
    // More events than a file may hold: refused before anything is parsed.
    case 'over-cap':
      for (let i = 0; i < count; i++) event(`UID:${tag}-${i}`, 'DTSTART:20151001T100000Z', 'DTEND:20151001T110000Z');
      break;
    // Just under the cap, each ending before it starts.
    case 'under-cap':
      for (let i = 0; i < count; i++) event(`UID:${tag}-${i}`, 'DTSTART:20151001T100000Z', 'DTEND:20151001T090000Z');
      break;
    // One series a second from 1970 on, with no end: none in 2015 within any budget of steps.
    case 'endless-series':
      for (let i = 0; i < count; i++) event(`UID:${tag}-${i}`, 'DTSTART:19700101T000000Z', 'RRULE:FREQ=SECONDLY');
      break;
    // Many series of a thousand daily occurrences each, all before 2015.
    case 'many-series':
      for (let i = 0; i < count; i++)
        event(`UID:${tag}-${i}`, 'DTSTART:20100101T080000Z', 'DTEND:20100101T090000Z', 'RRULE:FREQ=DAILY;COUNT=1000');
      break;
    // One series before 2015 and thousands of changed occurrences of it, all before 2015 too.
    case 'many-changes':
      event(`UID:${tag}`, 'DTSTART:20100101T080000Z', 'DTEND:20100101T090000Z', 'RRULE:FREQ=HOURLY;COUNT=50000');
      for (let i = 0; i < count; i++) {
        const at = new Date(Date.UTC(2010, 0, 1, 8 + i)).toISOString().replace(/[-:]/g, '').slice(0, 15);
        event(`UID:${tag}`, `RECURRENCE-ID:${at}Z`, `DTSTART:${at}Z`, `DTEND:${at}Z`);
      }
      break;
  }
  return calendar(`${lines.join(CRLF)}${CRLF}`);
}

/** Sizes of each shape: the cap's neighbourhood, and on to the file-size limit. */
const SHAPE_SIZES: Record<ManyEventsShape, readonly number[]> = {
  'over-cap': [MAX_ICS_EVENTS + 1, 50_000, 120_000],
  'under-cap': [5_000, MAX_ICS_EVENTS],
  'endless-series': [1, 100, MAX_ICS_EVENTS],
  'many-series': [100, 1_000],
  'many-changes': [1_000, 9_999],
};

/** Every shape at every size, once each: the many-events files of the corpus, in order. */
export const MANY_EVENTS_FILES: readonly (readonly [ManyEventsShape, number])[] = MANY_EVENTS_SHAPES.flatMap((shape) =>
  SHAPE_SIZES[shape].map((size) => [shape, size] as const),
);

export const ICS_KINDS: readonly Kind[] = [
  ...BYTE_KINDS,
  'missing-keys',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
  'deep',
  'many-events',
];

export function* icsCorpus(count: number, seed = 20150519): Generator<BadFile> {
  const d = dice(seed);
  let many = 0;
  for (const [i, kind] of plan(ICS_KINDS, count).entries()) {
    // Oversized files are 20 MB each: a few are enough. Each many-events file comes once.
    let actual = kind === 'oversized' && i > ICS_KINDS.length * 3 ? 'truncated' : kind;
    if (kind === 'many-events') {
      const file = MANY_EVENTS_FILES[many++];
      if (file) {
        yield named('ics', i, kind, 'ics', utf8(manyEventsFile(file[0], file[1], `ics-${seed}-${i}`)));
        continue;
      }
      actual = 'truncated';
    }
    yield named('ics', i, actual, 'ics', icsFile(actual, d, `ics-${seed}-${i}`));
  }
}
