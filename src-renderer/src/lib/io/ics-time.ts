// Times of an iCalendar file as the app keeps them: a wall clock and an IANA zone. Each DTSTART,
// DTEND, RECURRENCE-ID, RDATE and EXDATE is read in the zone its TZID names (./ics-zones.ts);
// repeating events are expanded in the wall clock of their start (RFC 5545 §3.8.5.3), so the
// expansion works on "floating" milliseconds: the wall clock's fields read as if they were UTC.
import ICAL from 'ical.js';
import { utcToWall, wallToUtc } from '../domain/time';
import type { WallTime } from '../domain/types';
import { ianaZoneOf } from './ics-zones';

/** How the times of one property are to be read. */
export type ZoneRef =
  | { kind: 'iana'; zone: string }
  /** A zone the file defines in its own VTIMEZONE, with the IANA zone its name suggests, if any. */
  | { kind: 'file'; tzid: string; iana?: string }
  | { kind: 'utc' }
  | { kind: 'floating' }
  /** A TZID with no VTIMEZONE that names no zone the app knows: the user says which (home by default). */
  | { kind: 'unknown'; tzid: string };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A zone the file defined (ical.js's types promise one for any name; it has only those registered). */
function registered(tzid: string): ICAL.Timezone | undefined {
  return ICAL.TimezoneService.has(tzid) ? ICAL.TimezoneService.get(tzid) : undefined;
}

/** The zones a file defines (VTIMEZONE), and the zone it gives its floating times, if any. */
export interface FileZones {
  ids: ReadonlySet<string>;
  /** X-WR-TIMEZONE (Google, Apple): the calendar's zone, where its times have none. */
  floating?: string;
}

/** The zone of a date-time property (its TZID parameter, or UTC / floating by its form). */
export function zoneOf(prop: ICAL.Property | null, zones: FileZones): ZoneRef {
  const tzid = prop?.getParameter('tzid');
  const value = prop?.getFirstValue();
  if (typeof tzid !== 'string' || !tzid.trim()) {
    if (value instanceof ICAL.Time && value.toICALString().endsWith('Z')) return { kind: 'utc' };
    return zones.floating ? { kind: 'iana', zone: zones.floating } : { kind: 'floating' };
  }
  if (zones.ids.has(tzid)) {
    const iana = ianaZoneOf(tzid);
    // An IANA name is trusted over the file's rules for it (as Google, Apple and python's
    // icalendar do): a writer that names Europe/Moscow means Moscow's clock.
    if (iana === tzid.trim()) return { kind: 'iana', zone: iana };
    return iana ? { kind: 'file', tzid, iana } : { kind: 'file', tzid };
  }
  const iana = ianaZoneOf(tzid);
  return iana ? { kind: 'iana', zone: iana } : { kind: 'unknown', tzid };
}

/** The wall clock of a time as floating milliseconds. */
export function floatingMs(time: ICAL.Time): number {
  return Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.isDate ? 0 : time.hour,
    time.isDate ? 0 : time.minute,
    time.isDate ? 0 : time.second,
  );
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/;

/**
 * Refuses a date or time that does not exist (month 13, 25 o'clock): ical.js reads them and
 * rolls them over (2015-13-01 would become January 2016). Checks the values as the file wrote
 * them, before they are read.
 */
export function checkTimes(prop: ICAL.Property | null): void {
  if (!prop) return;
  const type = prop.type;
  if (type !== 'date' && type !== 'date-time' && type !== 'period') return;
  const values: unknown[] = prop.jCal.slice(3);
  // A PERIOD is [start, end or duration]: its start is the date-time to check.
  const raw = values.map((v): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v));
  for (const value of raw) {
    if (typeof value !== 'string') continue;
    const m = DATE_TIME.exec(value);
    if (!m) throw new RangeError(`not a date or time: ${value.slice(0, 40)}`);
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map((p: string | undefined) => Number(p ?? '0'));
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60)
      throw new RangeError(`not a date or time: ${value}`);
  }
}

export function wallOfFloating(ms: number): WallTime {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const floatingOfWall = (wall: WallTime): number => Date.parse(`${wall}:00Z`);

/** The instant (ms) a wall clock in a zone stands for; null where the zone is not known (floating). */
export function instantMs(wallMs: number, zone: ZoneRef, defaultZone: string): number {
  switch (zone.kind) {
    case 'utc':
      return wallMs;
    case 'iana':
      return Date.parse(wallToUtc(wallOfFloating(wallMs), zone.zone));
    case 'file': {
      const d = new Date(wallMs);
      const time = ICAL.Time.fromData(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
        },
        registered(zone.tzid),
      );
      return time.toUnixTime() * 1000;
    }
    case 'floating':
    case 'unknown':
      return Date.parse(wallToUtc(wallOfFloating(wallMs), defaultZone));
  }
}

/** A wall clock of one zone as the wall clock of another (for an EXDATE in UTC of a series in Moscow time). */
export function toZoneWall(wallMs: number, from: ZoneRef, to: ZoneRef, defaultZone: string): number {
  // A series with no zone has no instants: an EXDATE or RECURRENCE-ID given in UTC or in a zone
  // names the occurrence by its clock (as python's icalendar and libical read it).
  if (sameZone(from, to) || to.kind === 'floating') return wallMs;
  const at = instantMs(wallMs, from, defaultZone);
  switch (to.kind) {
    case 'utc':
      return at;
    case 'iana':
      return floatingOfWall(utcToWall(new Date(at), to.zone)) + (at % 60_000);
    case 'file': {
      const zone = registered(to.tzid);
      const time = ICAL.Time.fromJSDate(new Date(at), true);
      return floatingMs(zone ? time.convertToZone(zone) : time);
    }
    case 'unknown':
      return floatingOfWall(utcToWall(new Date(at), defaultZone));
  }
}

function sameZone(a: ZoneRef, b: ZoneRef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'iana' && b.kind === 'iana') return a.zone === b.zone;
  if ((a.kind === 'file' || a.kind === 'unknown') && (b.kind === 'file' || b.kind === 'unknown')) return a.tzid === b.tzid;
  return true;
}

/** Where and when a session would be: its venue's wall clock and zone. */
export interface Placed {
  start: WallTime;
  end: WallTime;
  timeZone: string;
  /** The zone name the file used, where it is not the IANA zone kept (Outlook's "Russian Standard Time"). */
  foreignZone?: string;
  /** A TZID the app does not know: the times are the file's wall clock, in `timeZone` until the user says otherwise. */
  unknownZone?: string;
}

/** A timed start and end (floating ms in `zone`) as the session's wall clock and zone. */
export function place(startMs: number, endMs: number, zone: ZoneRef, defaultZone: string): Placed {
  const start = wallOfFloating(startMs);
  const end = wallOfFloating(endMs);
  switch (zone.kind) {
    case 'iana':
      return { start, end, timeZone: zone.zone };
    case 'file': {
      // A zone of the file's own: keep its wall clock under the IANA zone its name suggests
      // when that zone shows the same clock at that instant; otherwise the instant, at home.
      const startAt = new Date(instantMs(startMs, zone, defaultZone));
      const endAt = new Date(instantMs(endMs, zone, defaultZone));
      if (zone.iana && utcToWall(startAt, zone.iana) === start && utcToWall(endAt, zone.iana) === end)
        return { start, end, timeZone: zone.iana, ...(zone.iana !== zone.tzid ? { foreignZone: zone.tzid } : {}) };
      return { start: utcToWall(startAt, defaultZone), end: utcToWall(endAt, defaultZone), timeZone: defaultZone, foreignZone: zone.tzid };
    }
    case 'utc':
      return { start: utcToWall(new Date(startMs), defaultZone), end: utcToWall(new Date(endMs), defaultZone), timeZone: defaultZone };
    case 'floating':
      return { start, end, timeZone: defaultZone };
    case 'unknown':
      return { start, end, timeZone: defaultZone, unknownZone: zone.tzid };
  }
}

/** `20151001T080000` or `20151001`: an occurrence's wall clock, for its UID. */
export function stampOf(wallMs: number, isDate: boolean): string {
  const iso = new Date(wallMs).toISOString();
  const date = iso.slice(0, 10).replaceAll('-', '');
  return isDate ? date : `${date}T${iso.slice(11, 19).replaceAll(':', '')}`;
}
