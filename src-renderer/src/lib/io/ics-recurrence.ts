// The occurrences of a repeating event of an iCalendar file (./ics-import.ts): its RRULEs
// expanded by rrule over floating times (the wall clock of its start, so a weekly 9:00 stays at
// 9:00 when the clocks change), with its RDATEs added and its EXDATEs taken out. Expansion has a
// budget of steps for the whole file and for each series, so a file of endless rules a second
// apart is read in bounded time.
import ICAL from 'ical.js';
import { RRule } from 'rrule';
import { floatingMs, toZoneWall, zoneOf, type FileZones, type ZoneRef } from './ics-time';

/** Occurrences of one repeating event offered when the user asks for whole series. */
export const MAX_SERIES_OCCURRENCES = 100;
/** Occurrences counted to say how many a series has. */
const COUNT_LIMIT = 1_000;
/** Steps of recurrence expansion for a whole file (a step is one occurrence computed). */
const FILE_STEPS = 50_000;
/** …and for one series (a daily series over 13 years). */
const SERIES_STEPS = 5_000;
export const DAY_MS = 86_400_000;

/** Start, end and zone of one event or occurrence, before it is placed in a venue's clock. */
export interface Timing {
  allDay: boolean;
  /** Floating ms in `zone` (for all-day events, midnight of the day). */
  startMs: number;
  endMs: number;
  zone: ZoneRef;
}

/** What the expansion of a file's series shares: its zones, the year, the steps spent so far. */
export interface Expansion {
  options: { defaultZone: string; wholeSeries?: boolean };
  fileZones: FileZones;
  /** The chairmanship year, as instants (ms). */
  windowFrom: number;
  windowTo: number;
  /** Steps spent on the file so far (one step, one occurrence computed). */
  steps: number;
}

/** Floating ms of every RDATE or EXDATE value of a component, in the series' zone. */
function dateList(component: ICAL.Component, name: 'rdate' | 'exdate', zone: ZoneRef, ctx: Expansion): number[] {
  return component.getAllProperties(name).flatMap((prop) => {
    const from = zoneOf(prop, ctx.fileZones);
    const values: unknown[] = prop.getValues();
    return values.flatMap((value) => {
      // An RDATE may be a PERIOD: its start is the occurrence.
      const time = value instanceof ICAL.Period ? value.start : value;
      return time instanceof ICAL.Time ? [toZoneWall(floatingMs(time), from, zone, ctx.options.defaultZone)] : [];
    });
  });
}

/** The rules of a series over floating dates (the wall clock of its start), and its extra and excluded dates. */
function seriesRules(
  master: ICAL.Component,
  timing: Timing,
  ctx: Expansion,
): { rules: RRule[]; rdates: number[]; exdates: number[]; endless: boolean; skipped: boolean } {
  const rules: RRule[] = [];
  let endless = false;
  let skipped = false;
  for (const prop of master.getAllProperties('rrule')) {
    const recur = prop.getFirstValue();
    if (!(recur instanceof ICAL.Recur)) continue;
    if (!recur.until && !recur.count) endless = true;
    // The file's budget spent, or a rule a second or a minute apart (with nothing to thin it
    // out) that could not reach the year within a series' steps: not built nor expanded
    // (building an rrule costs about as much as reading the event).
    if (ctx.steps >= FILE_STEPS || cannotReach(recur, timing.startMs, ctx)) {
      skipped = true;
      continue;
    }
    const options = RRule.parseString(recur.toString().replace(/;?UNTIL=[^;]*/i, ''));
    let until: Date | undefined;
    if (recur.until) {
      // UNTIL is UTC when the start has a zone (§3.3.10): compare it in the start's clock.
      const untilZone: ZoneRef = recur.until.toICALString().endsWith('Z') ? { kind: 'utc' } : timing.zone;
      const untilMs = floatingMs(recur.until) + (recur.until.isDate ? DAY_MS - 1 : 0);
      until = new Date(toZoneWall(untilMs, untilZone, timing.zone, ctx.options.defaultZone));
    }
    rules.push(new RRule({ ...options, dtstart: new Date(timing.startMs), ...(until ? { until } : {}) }));
  }
  const rdates = dateList(master, 'rdate', timing.zone, ctx);
  // With no RRULE (only RDATEs) the start is an occurrence too (RFC 5545 §3.8.5.2).
  if (!rules.length && !skipped) rdates.push(timing.startMs);
  return { rules, rdates, exdates: dateList(master, 'exdate', timing.zone, ctx), endless, skipped };
}

function cannotReach(recur: ICAL.Recur, startMs: number, ctx: Expansion): boolean {
  const period = recur.freq === 'SECONDLY' ? 1_000 : recur.freq === 'MINUTELY' ? 60_000 : 0;
  const thinned = Object.keys(recur.parts).length > 0;
  return period > 0 && !thinned && !ctx.options.wholeSeries && startMs + period * (recur.interval || 1) * SERIES_STEPS < ctx.windowFrom;
}

/**
 * The occurrences of a series in order, as far as they are needed: to the end of the year
 * (or the first MAX_SERIES_OCCURRENCES when whole series are asked for), and on to COUNT_LIMIT
 * for a series that ends, to say how many it has. (rrule's own set yields its RDATEs out of
 * order when iterated with a callback, so the rules are iterated one by one and merged here.)
 */
export function occurrencesOf(
  master: ICAL.Component,
  timing: Timing,
  ctx: Expansion,
): { times: number[]; more: boolean; endless: boolean } {
  const { rules, rdates, exdates, endless, skipped } = seriesRules(master, timing, ctx);
  const wanted = ctx.options.wholeSeries ? MAX_SERIES_OCCURRENCES : 0;
  const times = new Set(rdates);
  let more = skipped;
  const seriesStart = ctx.steps;
  for (const rule of rules) {
    let n = 0;
    rule.all((date) => {
      const ms = +date;
      if (ctx.steps - seriesStart >= SERIES_STEPS || ctx.steps >= FILE_STEPS) {
        more = true;
        return false;
      }
      // Past the year (a day's slack for any zone) with all that is wanted: stop, unless the
      // series has an end and is still being counted.
      if (ms > ctx.windowTo + DAY_MS && n >= wanted && (endless || n >= COUNT_LIMIT)) {
        more = true;
        return false;
      }
      ctx.steps++;
      n++;
      times.add(ms);
      return true;
    });
  }
  for (const ms of exdates) times.delete(ms);
  return { times: [...times].sort((a, b) => a - b), more, endless };
}
