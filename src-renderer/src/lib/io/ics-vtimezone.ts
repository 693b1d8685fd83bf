// A VTIMEZONE (RFC 5545 §3.6.5) holding the rules a zone had over the span of the exported
// events, from the same time-zone data the app converts with (@date-fns/tz over Intl), so that
// a reader that trusts the file's VTIMEZONE (Thunderbird, ical.js, vobject) computes the same
// instants as the app: Astana at UTC+6 in 2015 and UTC+5 from March 2024, Moscow at UTC+4
// from March 2011 to October 2014. Each change of offset in the span is one observance with
// its own DTSTART (no RRULE to extrapolate wrongly); the first gives the offset at its start.
import type { IcsLines } from './ics-writer';

const MINUTE = 60_000;
const DAY = 86_400_000;
const STRIDE = 30 * DAY;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `zone` at an instant (ms): the zone's wall clock read as UTC, less the instant. */
function offsetAt(ms: number, zone: string): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `+0600`, `-0430` */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** The local wall clock `YYYYMMDDTHHMMSS` of an instant at an offset. */
function localStamp(ms: number, offset: number): string {
  const d = new Date(ms + offset * MINUTE);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

export interface Transition {
  /** The instant (ms) the new offset starts. */
  at: number;
  from: number;
  to: number;
}

/**
 * Every change of offset in [fromMs, toMs], to the minute. The offset is probed every 30 days
 * and a change is found by halving (daily probes over ten years of sessions cost too much:
 * each asks Intl): two changes less than 30 days apart that cancel out would be missed.
 */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let before = offsetAt(fromMs, zone);
  for (let at = fromMs; at < toMs; at += STRIDE) {
    const next = Math.min(at + STRIDE, toMs);
    const after = offsetAt(next, zone);
    if (after === before) continue;
    let lo = at;
    let hi = next;
    // A stride may hold two changes (clocks forward, then back a few weeks later): find the
    // first, then go on from it.
    while (hi - lo > MINUTE) {
      const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    const to = offsetAt(hi, zone);
    found.push({ at: hi, from: before, to });
    before = to;
    if (to !== after) at = hi - STRIDE;
  }
  return found;
}

/**
 * Writes the VTIMEZONE of `zone` for events between two instants (ms). A change of offset is
 * written as DAYLIGHT when it moves to the larger of the year's two offsets (summer time), and
 * as STANDARD otherwise, including a change for good (Almaty in 2024, Moscow in 2014).
 */
export function writeVtimezone(lines: IcsLines, zone: string, fromMs: number, toMs: number): void {
  // A day each side, so that an event's end a few hours later still falls inside.
  const start = fromMs - DAY;
  const end = toMs + DAY;
  const first = offsetAt(start, zone);
  lines.begin('VTIMEZONE').text('TZID', zone);
  lines
    .begin('STANDARD')
    .raw('DTSTART', localStamp(start, first))
    .raw('TZOFFSETFROM', offsetText(first))
    .raw('TZOFFSETTO', offsetText(first))
    .end('STANDARD');
  for (const change of transitions(zone, start, end)) {
    const year = new Date(change.at).getUTCFullYear();
    const january = offsetAt(Date.UTC(year, 0, 1), zone);
    const july = offsetAt(Date.UTC(year, 6, 1), zone);
    const summer = january !== july && change.to === Math.max(january, july) && change.to > change.from;
    const kind = summer ? 'DAYLIGHT' : 'STANDARD';
    lines
      .begin(kind)
      // DTSTART is the local time the change happens at, read with the offset before it.
      .raw('DTSTART', localStamp(change.at, change.from))
      .raw('TZOFFSETFROM', offsetText(change.from))
      .raw('TZOFFSETTO', offsetText(change.to))
      .end(kind);
  }
  lines.end('VTIMEZONE');
}
