// The bad-input corpus (see common.ts): ICS calendars.
import { MAX_ICS_FILE_BYTES } from '../../lib/io/ics-shared';
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
    case 'flipped':
      return breakUtf8(utf8(good), d);
    case 'encoding':
      return d.pick(wrongEncodings(good));
    case 'oversized':
      return new Uint8Array(MAX_ICS_FILE_BYTES + 1 + d.int(1000)).fill(0x41);
    case 'missing-keys': {
      const way = d.int(4);
      if (way === 0) return utf8(good.replace(/^BEGIN:VCALENDAR\r\n/, ''));
      if (way === 1) return utf8(calendar(''));
      return utf8(
        calendarOf(d, (i) =>
          way === 2 ? { start: `DTSTART:${at(i + 1, 8)}Z` } : { uid: `${tag}-${i}@corpus`, end: `DTEND:${at(i + 1, 9)}Z` },
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
          if (way === 2)
            return { uid, start: `DTSTART;TZID=Mars/Olympus_Mons:${at(i + 1, 8)}`, end: `DTEND;TZID=Mars/Olympus_Mons:${at(i + 1, 9)}` };
          return { uid, start: `DTSTART:${at(i + 1, 8)}Z`, end: `DTEND:${at(i + 1, 9)}Z`, extra: ['RRULE:FREQ=WEEKLY;COUNT=3'] };
        }),
      );
    }
    case 'proto': {
      const name = d.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
      return utf8(
        calendarOf(d, (i) => ({
          uid: `${tag}-${i}@corpus`,
          // The zone is the key the reader looks up: it must read as unknown, not as Object's own.
          start: `DTSTART;TZID=${name}:${at(i + 1, 8)}`,
          end: `DTEND;TZID=${name}:${at(i + 1, 9)}`,
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
    case 'duplicate-keys':
    case 'bomb':
    case 'email':
      throw new Error(`no ${kind} kind for ICS (see common.ts)`);
  }
}

export const ICS_KINDS: readonly Kind[] = [...BYTE_KINDS, 'missing-keys', 'missing-keys', 'wrong-types', 'wrong-types', 'proto', 'deep'];

export function* icsCorpus(count: number, seed = 20150519): Generator<BadFile> {
  const d = dice(seed);
  for (const [i, kind] of plan(ICS_KINDS, count).entries()) {
    // Oversized files are 20 MB each: a few are enough.
    const actual = kind === 'oversized' && i > ICS_KINDS.length * 3 ? 'truncated' : kind;
    yield named('ics', i, actual, 'ics', icsFile(actual, d, `ics-${seed}-${i}`));
  }
}
