// Sessions are stored in their venue's wall clock and IANA zone; instants are derived with
// the zone rules in force on that date (so a New York session in March and one in November
// get different offsets, and Asia/Dushanbe, with no daylight saving, stays at UTC+5).
import { TZDate } from '@date-fns/tz';
import { memoize } from './cache';
import type { IsoDate, Session, UtcInstant, WallTime } from './types';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONE_NAME = /^(UTC|[A-Za-z][A-Za-z_-]*(\/[A-Za-z0-9_+-]+){1,2})$/;

// Asking Intl about a zone costs ~0.2 ms; an import of thousands of sessions asks often.
const knownZones = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let valid = ZONE_NAME.test(zone);
  if (valid) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      valid = false;
    }
  }
  if (knownZones.size < 1_000) knownZones.set(zone, valid);
  return valid;
}

/**
 * The browser's first use of time-zone data loads it, which takes 20–80 ms here; start-up
 * calls this while it waits for the database, so the first screen does not.
 */
export function prepareTimeZones(): void {
  isValidTimeZone('Europe/Moscow');
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parseWall(wall: string): Parts | null {
  const m = WALL.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isWallTime(value: string): boolean {
  return parseWall(value) !== null;
}

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The instant at which a venue's clock shows `wall`. A wall time that does not exist (the
 * hour skipped when clocks go forward) is read with the offset before the gap, and one that
 * happens twice (clocks go back) is the first of the two: RFC 5545 §3.3.5.
 */
export function wallToUtc(wall: WallTime, zone: string): UtcInstant {
  const p = parseWall(wall);
  if (!p) throw new RangeError(`Not a wall-clock time: ${wall}`);
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
  return new Date(+new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, zone)).toISOString();
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();
function wallFormatter(zone: string): Intl.DateTimeFormat {
  let f = wallFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallFormatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at an instant. */
export function utcToWall(instant: UtcInstant | Date, zone: string): WallTime {
  return wallClock(typeof instant === 'string' ? instant : instant.toISOString(), zone);
}

// A year programme asks for the same instants in the same zones each time it renders.
const wallClock = memoize(
  (instant: UtcInstant, zone: string) => `${zone}|${instant}`,
  (instant: UtcInstant, zone: string): WallTime => {
    const parts = Object.fromEntries(
      wallFormatter(zone)
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  },
);

/** Minutes east of UTC that `zone` observes at an instant (Dushanbe: 300). */
export function zoneOffsetMinutes(instant: UtcInstant, zone: string): number {
  const wall = utcToWall(instant, zone);
  const asUtc = Date.parse(`${wall}:00Z`);
  const at = Math.floor(Date.parse(instant) / 60000) * 60000;
  return Math.round((asUtc - at) / 60000);
}

export function datePart(wall: WallTime): IsoDate {
  return wall.slice(0, 10);
}

export function timePart(wall: WallTime): string {
  return wall.slice(11, 16);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A session's instants, from its venue's wall clock: an all-day session (stored from 00:00 of
 * its first day to 00:00 of its last) lasts until the midnight after its last day. The one
 * function the repository, the session form's clash check and the calendar's drop all use.
 */
export function sessionInstants(session: Pick<Session, 'allDay' | 'start' | 'end' | 'timeZone'>): {
  startUtc: UtcInstant;
  endUtc: UtcInstant;
} {
  const endWall = session.allDay ? `${addDays(session.end.slice(0, 10), 1)}T00:00` : session.end;
  return { startUtc: wallToUtc(session.start, session.timeZone), endUtc: wallToUtc(endWall, session.timeZone) };
}

/** The UTC range from the start of `firstDay` to the end of `lastDay` in a zone (a chairmanship's span). */
export function dayRangeUtc(firstDay: IsoDate, lastDay: IsoDate, zone: string): { from: UtcInstant; to: UtcInstant } {
  return { from: wallToUtc(`${firstDay}T00:00`, zone), to: wallToUtc(`${addDays(lastDay, 1)}T00:00`, zone) };
}

/** The UTC range of a calendar year as seen from a time zone. */
export function yearRangeUtc(year: number, zone: string): { from: UtcInstant; to: UtcInstant } {
  return { from: wallToUtc(`${year}-01-01T00:00`, zone), to: wallToUtc(`${year + 1}-01-01T00:00`, zone) };
}

/** Today's date in a zone, e.g. for "overdue" measured in the home time zone. */
export function todayIn(zone: string, now: Date = new Date()): IsoDate {
  return datePart(utcToWall(now, zone));
}
