// Reads an iCalendar file from Outlook, Exchange, Google, Apple, Thunderbird, Evolution or a
// CalDAV server into events in venue wall-clock time (ical.js reads the syntax; ./ics-text.ts
// the encodings; ./ics-time.ts the zones; ./ics-recurrence.ts, with rrule, repeating events).
// A file that is empty, too large, not iCalendar, cut short or holding more than MAX_ICS_EVENTS
// events is refused; an event that cannot become a session is listed with what it is and why.
//
// The cost grows with the number of events, not its square: events are grouped by UID once
// (ical.js's Event would scan every VEVENT of the calendar for each event it builds), and
// the expansion of repeating events has a budget of steps for the whole file.
import ICAL from 'ical.js';
import { addDays, wallToUtc } from '../domain/time';
import type { UtcInstant, WallTime } from '../domain/types';
import { ImportError } from './import-error';
import { countEvents, icsText, MAX_ICS_EVENTS } from './ics-text';
import { ianaZoneOf } from './ics-zones';
import {
  checkTimes,
  floatingMs,
  instantMs,
  place,
  stampOf,
  toZoneWall,
  wallOfFloating,
  zoneOf,
  type FileZones,
  type Placed,
  type ZoneRef,
} from './ics-time';
import { DAY_MS, MAX_SERIES_OCCURRENCES, occurrencesOf, type Expansion, type Timing } from './ics-recurrence';

export type IcsRejection =
  'unreadable' | 'no-start' | 'duplicate-uid' | 'duplicate-event' | 'end-before-start' | 'series-outside' | 'too-many-occurrences';
export type IcsStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** What a repeating event is, for the preview: "a repeating event with 27 occurrences, 3 in 2015". */
export interface IcsSeries {
  /** Occurrences counted (every one, unless `more`). */
  total: number;
  /** The series goes on past `total`: it has no end, or more occurrences than are counted. */
  more: boolean;
  /** No RRULE of the series has COUNT or UNTIL. */
  endless: boolean;
  /** Of them, how many start in the chairmanship year. */
  inWindow: number;
  /** This row's place in the series (1 = the first occurrence), for a row that is one occurrence. */
  position?: number;
}

export interface IcsEvent {
  /** Unique per row: the event's position, and the occurrence's for a repeating event. */
  key: string;
  /** 1-based position of the VEVENT in the file, for messages. */
  index: number;
  /** The UID a session gets: the event's, its occurrence's (`uid#20151001T080000`), or one derived from its content. */
  uid: string;
  /** The file gave no UID: this one is made from the event's start, end, title and place, so a second import finds it again. */
  uidDerived?: boolean;
  series?: IcsSeries;
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
  /** For an occurrence the file changes (RECURRENCE-ID): the position of the VEVENT that changes it. */
  overrideIndex?: number;
  /** What could not be read, for an unreadable event (in the reader's words, for the log). */
  detail?: string;
  /** The earlier event (its `index`) with the same UID or the same content. */
  duplicateOf?: number;
  /** A zone name the file used that is not IANA (Outlook's "Russian Standard Time"). */
  foreignZone?: string;
  /** A TZID with no definition that names no zone the app knows: its times are read in `timeZone` until the user chooses another. */
  unknownZone?: string;
  /** The file gives the times no zone (floating): they are read as the home zone's clock. */
  floating?: boolean;
}

export interface IcsReadOptions {
  /** Where floating and UTC times are shown, and unknown zones are read until the user says otherwise. */
  defaultZone: string;
  /** The chairmanship year: occurrences of repeating events inside it are offered. */
  window: { from: UtcInstant; to: UtcInstant };
  /** Offer every occurrence of a repeating event (its first MAX_SERIES_OCCURRENCES), not only the year's. */
  wholeSeries?: boolean;
}

export interface IcsRead {
  events: IcsEvent[];
  /** TZIDs the file uses without defining them, that name no zone the app knows. */
  unknownZones: string[];
}

/** Rows one file may offer; the repeating events past it are listed as too many. */
export const MAX_OCCURRENCES = 10_000;

const BARE = /^\s*BEGIN:(VEVENT|VTODO|VJOURNAL|VFREEBUSY)\r?$/im;

function parse(source: string): ICAL.Component[] {
  if (!source.trim()) throw new ImportError('empty');
  // A component on its own, without its calendar (as Evolution stores them, or pasted from a
  // message): read as the calendar holding it, if it is whole.
  const bare = BARE.exec(source.slice(0, 200));
  if (bare && bare.index === 0) {
    if (!new RegExp(`END:${bare[1]}\\s*$`, 'i').test(source.slice(-100)))
      throw new ImportError('truncated', undefined, `no END:${bare[1]} at the end`);
  }
  const text = bare && bare.index === 0 ? `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${source}\r\nEND:VCALENDAR` : source;
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.slice(0, 200))) throw new ImportError('not-icalendar', 1, 'no BEGIN:VCALENDAR at the start');
  if (!/END:VCALENDAR\s*$/i.test(text.slice(-100))) throw new ImportError('truncated', undefined, 'no END:VCALENDAR at the end');
  const count = countEvents(text);
  if (count > MAX_ICS_EVENTS) throw new ImportError('too-many-events', undefined, `${count} events`);
  let json: unknown;
  try {
    json = ICAL.parse(text);
  } catch (error) {
    throw new ImportError('malformed', undefined, error instanceof Error ? error.message : String(error));
  }
  // One calendar, or several one after another (some servers concatenate them).
  const list = Array.isArray(json) && Array.isArray(json[0]) ? (json as unknown[]) : [json];
  const roots = list.map((item) => new ICAL.Component(item as unknown[]));
  const other = roots.find((root) => root.name !== 'vcalendar');
  if (other) throw new ImportError('not-icalendar', undefined, `the file holds a ${other.name}`);
  return roots;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

const STATUSES: readonly IcsStatus[] = ['TENTATIVE', 'CONFIRMED', 'CANCELLED'];

interface Fields {
  summary: string;
  description: string;
  location: string;
  status?: IcsStatus;
  sequence: number;
  categories: string[];
}

function fieldsOf(component: ICAL.Component): Fields {
  const status = STATUSES.find((s) => s === text(component.getFirstPropertyValue('status')).toUpperCase());
  const sequence = Number(component.getFirstPropertyValue('sequence'));
  return {
    summary: text(component.getFirstPropertyValue('summary')),
    description: text(component.getFirstPropertyValue('description')),
    location: text(component.getFirstPropertyValue('location')),
    ...(status ? { status } : {}),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    categories: component.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => text(v))),
  };
}

/** FNV-1a, 64 bits as two halves: a stable name for an event's content (not a secret). */
function contentHash(value: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

function derivedUid(component: ICAL.Component): string {
  const raw = ['dtstart', 'dtend', 'duration', 'summary', 'location', 'rrule']
    .map((name) => component.getFirstProperty(name)?.toICALString() ?? '')
    .join('\n');
  return `ics-${contentHash(raw)}@derived.chairdesk`;
}

function timingOf(component: ICAL.Component, fileZones: FileZones): Timing | null {
  const startProp = component.getFirstProperty('dtstart');
  for (const name of ['dtstart', 'dtend', 'due', 'recurrence-id', 'rdate', 'exdate'])
    for (const prop of component.getAllProperties(name)) checkTimes(prop);
  const start = startProp?.getFirstValue();
  if (!(start instanceof ICAL.Time)) return null;
  const own = zoneOf(startProp, fileZones);
  // A calendar with X-WR-TIMEZONE (Google, Apple) means its UTC times in that zone: a weekly
  // 14:00Z meeting in a Chicago calendar stays at 9:00 in Chicago when the clocks change.
  const zone: ZoneRef = own.kind === 'utc' && fileZones.floating ? { kind: 'iana', zone: fileZones.floating } : own;
  const startMs = zone === own ? floatingMs(start) : toZoneWall(floatingMs(start), own, zone, 'UTC');
  const endProp = component.getFirstProperty('dtend') ?? component.getFirstProperty('due');
  const end = endProp?.getFirstValue();
  const duration = component.getFirstPropertyValue('duration');
  let endMs: number;
  if (end instanceof ICAL.Time) endMs = toZoneWall(floatingMs(end), zoneOf(endProp, fileZones), zone, 'UTC');
  else if (duration instanceof ICAL.Duration) endMs = startMs + duration.toSeconds() * 1000;
  // RFC 5545 §3.6.1: with neither, a DATE start lasts the day; a DATE-TIME start ends when it starts.
  else endMs = start.isDate ? startMs + DAY_MS : startMs;
  return { allDay: start.isDate, startMs, endMs, zone };
}

interface Context extends Expansion {
  options: IcsReadOptions;
  unknownZones: Set<string>;
  /** Rows offered so far (at most MAX_OCCURRENCES). */
  rows: number;
  /** 1-based position of each VEVENT in the file. */
  indexOf: Map<ICAL.Component, number>;
}

/** The session's clock for a timing: all-day events keep their days (DTEND is exclusive). */
function placed(timing: Timing, ctx: Context): Placed & { allDay: boolean } {
  if (timing.allDay) {
    const first = wallOfFloating(timing.startMs).slice(0, 10);
    const after = wallOfFloating(timing.endMs).slice(0, 10);
    const last = after > first ? addDays(after, -1) : first;
    return { allDay: true, start: `${first}T00:00`, end: `${last}T00:00`, timeZone: ctx.options.defaultZone };
  }
  const where = place(timing.startMs, timing.endMs, timing.zone, ctx.options.defaultZone);
  if (where.unknownZone) ctx.unknownZones.add(where.unknownZone);
  return { allDay: false, ...where, ...(timing.zone.kind === 'floating' ? { floating: true } : {}) };
}

/** When an occurrence starts, as an instant (all-day ones at midnight at home). */
function startsAt(timing: Timing, ctx: Context): number {
  if (timing.allDay) return Date.parse(wallToUtc(`${wallOfFloating(timing.startMs).slice(0, 10)}T00:00`, ctx.options.defaultZone));
  return instantMs(timing.startMs, timing.zone, ctx.options.defaultZone);
}

const isInWindow = (at: number, ctx: Context): boolean => at >= ctx.windowFrom && at < ctx.windowTo;

function eventRow(
  key: string,
  index: number,
  uid: string,
  fields: Fields,
  timing: Timing,
  ctx: Context,
  extra: Partial<IcsEvent> = {},
): IcsEvent {
  const where = placed(timing, ctx);
  const row: IcsEvent = { key, index, uid, ...fields, ...where, ...extra };
  if (timing.endMs < timing.startMs) row.rejected = 'end-before-start';
  return row;
}

/** One row per occurrence in scope (the year, or the first of the whole series), the changed ones as the file has them. */
function expand(
  master: ICAL.Component,
  index: number,
  uid: string,
  fields: Fields,
  timing: Timing,
  overrides: readonly ICAL.Component[],
  ctx: Context,
): IcsEvent[] {
  const { times, more, endless } = occurrencesOf(master, timing, ctx);
  const length = timing.endMs - timing.startMs;
  // Changed occurrences, by the wall clock of the occurrence they replace.
  const changed = new Map<number, ICAL.Component>();
  for (const override of overrides) {
    const prop = override.getFirstProperty('recurrence-id');
    const rid = prop?.getFirstValue();
    if (rid instanceof ICAL.Time)
      changed.set(toZoneWall(floatingMs(rid), zoneOf(prop, ctx.fileZones), timing.zone, ctx.options.defaultZone), override);
  }
  const moved = new Map<number, ICAL.Component>();
  const picked: { ms: number; position: number }[] = [];
  let total = 0;
  let inWindow = 0;
  for (const ms of times) {
    total++;
    const override = changed.get(ms);
    if (override) {
      changed.delete(ms);
      moved.set(ms, override);
    }
    // Only an occurrence within a day of the year needs its instant (most need nothing built).
    const own = override ? timingOf(override, ctx.fileZones) : null;
    const startMs = own ? own.startMs : ms;
    const near = startMs >= ctx.windowFrom - DAY_MS && startMs < ctx.windowTo + DAY_MS;
    const inYear = near && isInWindow(startsAt(own ?? { ...timing, startMs: ms, endMs: ms + length }, ctx), ctx);
    if (inYear) inWindow++;
    if (ctx.options.wholeSeries ? picked.length < MAX_SERIES_OCCURRENCES : inYear) picked.push({ ms, position: total });
  }
  // Changed occurrences whose original date the rules do not give (the file is inconsistent, or
  // the expansion stopped first): each is still an occurrence the file describes.
  for (const [ms, override] of changed) {
    const own = timingOf(override, ctx.fileZones);
    if (!own) continue;
    const inYear = isInWindow(startsAt(own, ctx), ctx);
    if (inYear) inWindow++;
    total++;
    if (ctx.options.wholeSeries || inYear) {
      moved.set(ms, override);
      picked.push({ ms, position: total });
    }
  }
  const series: IcsSeries = { total, more, endless, inWindow };
  if (!picked.length) return [{ ...eventRow(`${index}`, index, uid, fields, timing, ctx), series, rejected: 'series-outside' }];
  return picked.map(({ ms, position }): IcsEvent => {
    const stamp = stampOf(ms, timing.allDay);
    const override = moved.get(ms);
    const key = `${index}#${stamp}`;
    const occurrenceUid = `${uid}#${stamp}`;
    const extra: Partial<IcsEvent> = { series: { ...series, position } };
    if (ctx.rows >= MAX_OCCURRENCES)
      return { ...eventRow(key, index, occurrenceUid, fields, timing, ctx, extra), rejected: 'too-many-occurrences' };
    ctx.rows++;
    if (override) {
      const own = timingOf(override, ctx.fileZones);
      const overrideIndex = ctx.indexOf.get(override);
      if (own)
        return eventRow(key, index, occurrenceUid, { ...fields, ...fieldsOf(override) }, own, ctx, {
          ...extra,
          ...(overrideIndex ? { overrideIndex } : {}),
        });
    }
    return eventRow(key, index, occurrenceUid, fields, { ...timing, startMs: ms, endMs: ms + length }, ctx, extra);
  });
}

export function parseIcs(bytes: Uint8Array, options: IcsReadOptions): IcsRead {
  const roots = parse(icsText(bytes));
  // A file's zones are its own: forget those of the file read before.
  ICAL.TimezoneService.reset();
  const fileZones = new Set<string>();
  for (const tz of roots.flatMap((root) => root.getAllSubcomponents('vtimezone'))) {
    const zone = new ICAL.Timezone(tz);
    if (zone.tzid && !fileZones.has(zone.tzid)) {
      fileZones.add(zone.tzid);
      ICAL.TimezoneService.register(zone, zone.tzid);
    }
  }
  const components = roots.flatMap((root) => root.getAllSubcomponents('vevent'));
  if (!components.length) throw new ImportError('no-events');
  const calendarZone = ianaZoneOf(text(roots[0]?.getFirstPropertyValue('x-wr-timezone')));
  try {
    return readEvents(components, options, { ids: fileZones, ...(calendarZone ? { floating: calendarZone } : {}) });
  } catch (error) {
    // ical.js parses values lazily: a DTSTART of "garbage" throws only when it is read.
    if (error instanceof ImportError) throw error;
    throw new ImportError('malformed', undefined, error instanceof Error ? error.message : String(error));
  }
}

function readEvents(components: ICAL.Component[], options: IcsReadOptions, fileZones: FileZones): IcsRead {
  const ctx: Context = {
    options,
    fileZones,
    unknownZones: new Set(),
    windowFrom: Date.parse(options.window.from),
    windowTo: Date.parse(options.window.to),
    steps: 0,
    rows: 0,
    indexOf: new Map(components.map((c, i) => [c, i + 1])),
  };
  // One pass to group: the repeating events by UID, and the changed occurrences of each.
  const uids = components.map((c) => text(c.getFirstPropertyValue('uid')));
  const series = new Set<string>();
  const overrides = new Map<string, ICAL.Component[]>();
  components.forEach((c, i) => {
    const uid = uids[i] ?? '';
    if (!uid) return;
    if (c.hasProperty('recurrence-id')) {
      const list = overrides.get(uid);
      if (list) list.push(c);
      else overrides.set(uid, [c]);
    } else if (c.hasProperty('rrule') || c.hasProperty('rdate')) series.add(uid);
  });

  const events: IcsEvent[] = [];
  const firstIndex = new Map<string, number>();
  components.forEach((component, i) => {
    try {
      readEvent(component, i, uids[i] ?? '');
    } catch (error) {
      // ical.js reads values lazily: a DTSTART of "garbage" throws only when it is read. That
      // event is listed as unreadable; the others are read.
      events.push({
        key: `${i + 1}`,
        index: i + 1,
        uid: uids[i] || `unreadable-${i + 1}`,
        summary: text(component.getFirstPropertyValue('summary')),
        description: '',
        location: '',
        sequence: 0,
        categories: [],
        allDay: false,
        start: '',
        end: '',
        timeZone: options.defaultZone,
        rejected: 'unreadable',
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200),
      });
    }
  });
  return { events, unknownZones: [...ctx.unknownZones] };

  function readEvent(component: ICAL.Component, i: number, given: string): void {
    const index = i + 1;
    const fields = fieldsOf(component);
    const uid = given || derivedUid(component);
    const derived = given ? {} : { uidDerived: true };
    const timing = timingOf(component, fileZones);
    const isOverride = component.hasProperty('recurrence-id');
    const bare = (rejected: IcsRejection, extra: Partial<IcsEvent> = {}): IcsEvent => ({
      key: `${index}`,
      index,
      uid,
      ...derived,
      ...fields,
      allDay: false,
      start: '',
      end: '',
      timeZone: options.defaultZone,
      rejected,
      ...extra,
    });
    if (!timing) return void events.push(bare('no-start'));
    // A changed occurrence is read with its series; alone (its series is not in this file) it is one event.
    if (isOverride && given && series.has(given)) return;
    let rowUid = uid;
    if (isOverride) {
      const prop = component.getFirstProperty('recurrence-id');
      const rid = prop?.getFirstValue();
      if (rid instanceof ICAL.Time) rowUid = `${uid}#${stampOf(floatingMs(rid), rid.isDate)}`;
    }
    const earlier = firstIndex.get(rowUid);
    if (earlier !== undefined) return void events.push(bare(given ? 'duplicate-uid' : 'duplicate-event', { duplicateOf: earlier }));
    firstIndex.set(rowUid, index);
    if (!isOverride && (component.hasProperty('rrule') || component.hasProperty('rdate'))) {
      events.push(
        ...expand(component, index, uid, fields, timing, given ? (overrides.get(given) ?? []) : [], ctx).map((e) => ({ ...e, ...derived })),
      );
      return;
    }
    if (ctx.rows >= MAX_OCCURRENCES) return void events.push(bare('too-many-occurrences'));
    ctx.rows++;
    events.push({ ...eventRow(`${index}`, index, rowUid, fields, timing, ctx), ...derived });
  }
}

/** The instant an event starts (for tests and messages): its wall clock in its zone. */
export function eventStartUtc(event: Pick<IcsEvent, 'start' | 'timeZone' | 'allDay'>): UtcInstant {
  return wallToUtc(event.allDay ? `${event.start.slice(0, 10)}T00:00` : event.start, event.timeZone);
}
