// Reads an iCalendar file from Outlook, Thunderbird or Google Calendar (ical.js) into events
// in venue wall-clock time, refusing a file that is empty, too large, not iCalendar or cut
// short, and marking each event that cannot become a session with the reason.
import ICAL from 'ical.js';
import { isValidTimeZone, utcToWall } from '../domain/time';
import type { WallTime } from '../domain/types';
import { ImportError } from './import-error';

import { MAX_ICS_FILE_BYTES } from './ics-shared';

export type IcsRejection = 'no-uid' | 'no-start' | 'recurring' | 'unknown-zone' | 'end-before-start' | 'duplicate-uid';
export type IcsStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface IcsEvent {
  /** 1-based position in the file, for messages. */
  index: number;
  uid: string;
  summary: string;
  description: string;
  location: string;
  allDay: boolean;
  start: WallTime;
  end: WallTime;
  timeZone: string;
  status?: IcsStatus;
  sequence: number;
  categories: string[];
  rejected?: IcsRejection;
  /** A zone name the file used that is not IANA (Outlook's "Russian Standard Time"). */
  foreignZone?: string;
}

// Windows zone names Outlook writes as TZID, for the region's capitals (CLDR windowsZones).
const WINDOWS_ZONES: Record<string, string> = {
  'Russian Standard Time': 'Europe/Moscow',
  'Belarus Standard Time': 'Europe/Minsk',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Central Asia Standard Time': 'Asia/Bishkek',
  'West Asia Standard Time': 'Asia/Dushanbe',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'Eastern Standard Time': 'America/New_York',
  'Central Europe Standard Time': 'Europe/Belgrade',
  'W. Europe Standard Time': 'Europe/Vienna',
  'GMT Standard Time': 'Europe/London',
  'China Standard Time': 'Asia/Shanghai',
  UTC: 'UTC',
};

/** Own entries only: a TZID of `__proto__` or `constructor` is not a zone. */
function windowsZone(name: string): string | undefined {
  return Object.hasOwn(WINDOWS_ZONES, name) ? WINDOWS_ZONES[name] : undefined;
}

function decode(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new ImportError('empty');
  if (bytes.byteLength > MAX_ICS_FILE_BYTES) throw new ImportError('too-large', undefined, `${bytes.byteLength} bytes`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError('encoding', undefined, 'not UTF-8 (RFC 5545 §3.1.4)');
  }
}

function parse(text: string): ICAL.Component {
  if (!text.trim()) throw new ImportError('empty');
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new ImportError('not-icalendar', 1, 'no BEGIN:VCALENDAR at the start');
  if (!/END:VCALENDAR\s*$/i.test(text)) throw new ImportError('truncated', text.split(/\r?\n/).length, 'no END:VCALENDAR at the end');
  let json: unknown;
  try {
    json = ICAL.parse(text);
  } catch (error) {
    throw new ImportError('malformed', undefined, error instanceof Error ? error.message : String(error));
  }
  const root = new ICAL.Component(Array.isArray(json) && Array.isArray(json[0]) ? (json[0] as unknown[]) : (json as unknown[]));
  if (root.name !== 'vcalendar') throw new ImportError('not-icalendar', undefined, `the file holds a ${root.name}`);
  return root;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function wallOf(time: ICAL.Time): WallTime {
  return `${time.year}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
}

interface Timing {
  allDay: boolean;
  start: WallTime;
  end: WallTime;
  timeZone: string;
  foreignZone?: string;
  unknownZone?: boolean;
}

/** Venue wall clock and zone of DTSTART/DTEND, whatever form the file used. */
function timing(event: ICAL.Event, defaultZone: string, known: Set<string>): Timing {
  const start = event.startDate;
  const startProp = event.component.getFirstProperty('dtstart');
  const tzid = startProp?.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  const end = event.endDate;

  if (start.isDate) {
    // DTEND of an all-day event is exclusive; the session keeps its last day.
    const last = end.compare(start) > 0 ? end.clone() : start.clone();
    if (end.compare(start) > 0) last.adjust(-1, 0, 0, 0);
    return { allDay: true, start: `${wallOf(start).slice(0, 10)}T00:00`, end: `${wallOf(last).slice(0, 10)}T00:00`, timeZone: defaultZone };
  }
  const zoneName = tzidText && (isValidTimeZone(tzidText) ? tzidText : windowsZone(tzidText));
  if (zoneName) {
    const endInZone = end.zone.tzid === start.zone.tzid || !end.zone.tzid ? end : end.convertToZone(start.zone);
    return {
      allDay: false,
      start: wallOf(start),
      end: wallOf(endInZone),
      timeZone: zoneName,
      ...(zoneName !== tzidText ? { foreignZone: tzidText } : {}),
    };
  }
  if (tzidText && !known.has(tzidText))
    return { allDay: false, start: wallOf(start), end: wallOf(end), timeZone: defaultZone, unknownZone: true, foreignZone: tzidText };
  if (start.zone.tzid === 'floating') return { allDay: false, start: wallOf(start), end: wallOf(end), timeZone: defaultZone };
  // UTC, or a zone the file defined in its own VTIMEZONE: take the instant, show it at home.
  return {
    allDay: false,
    start: utcToWall(start.toJSDate(), defaultZone),
    end: utcToWall(end.toJSDate(), defaultZone),
    timeZone: defaultZone,
    ...(tzidText ? { foreignZone: tzidText } : {}),
  };
}

const STATUSES: readonly IcsStatus[] = ['TENTATIVE', 'CONFIRMED', 'CANCELLED'];

function statusOf(component: ICAL.Component): { status?: IcsStatus } {
  const value = text(component.getFirstPropertyValue('status')).toUpperCase();
  const status = STATUSES.find((s) => s === value);
  return status ? { status } : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function parseIcs(bytes: Uint8Array, defaultZone: string): IcsEvent[] {
  const root = parse(decode(bytes));
  const known = new Set<string>();
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(tz);
    if (zone.tzid) {
      known.add(zone.tzid);
      if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
    }
  }
  const components = root.getAllSubcomponents('vevent');
  if (!components.length) throw new ImportError('no-events');
  try {
    return readEvents(components, defaultZone, known);
  } catch (error) {
    // ical.js parses values lazily: a DTSTART of "garbage" throws only when it is read.
    if (error instanceof ImportError) throw error;
    throw new ImportError('malformed', undefined, error instanceof Error ? error.message : String(error));
  }
}

function readEvents(components: ICAL.Component[], defaultZone: string, known: Set<string>): IcsEvent[] {
  const seen = new Set<string>();
  return components.map((component, i) => {
    const event = new ICAL.Event(component);
    const base = {
      index: i + 1,
      uid: text(event.uid),
      summary: text(event.summary),
      description: text(event.description),
      location: text(event.location),
      sequence: Number.isInteger(event.sequence) ? event.sequence : 0,
      categories: component.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => text(v))),
      ...statusOf(component),
    };
    const reject = (rejected: IcsRejection): IcsEvent => ({ ...base, allDay: false, start: '', end: '', timeZone: defaultZone, rejected });
    if (!base.uid) return reject('no-uid');
    if (seen.has(base.uid)) return reject('duplicate-uid');
    seen.add(base.uid);
    if (!component.hasProperty('dtstart')) return reject('no-start');
    if (component.hasProperty('rrule') || component.hasProperty('recurrence-id')) return reject('recurring');
    const { unknownZone, ...when } = timing(event, defaultZone, known);
    const parsed: IcsEvent = { ...base, ...when };
    if (unknownZone) return { ...parsed, rejected: 'unknown-zone' };
    if (!when.allDay && when.end <= when.start && event.endDate.compare(event.startDate) <= 0)
      return { ...parsed, rejected: 'end-before-start' };
    return parsed;
  });
}
