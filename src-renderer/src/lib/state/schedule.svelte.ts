// The schedule's live data and the preferences that survive a restart (filter, clock).
import { store } from '../db';
import { NO_PEOPLE, readPeopleOfSessions, type ScheduleData } from '../db/schedule-read-models';
import { conflictMap, overlappingIds, type Conflict } from '../domain/conflicts';
import { EMPTY_FILTER, sameFilter, type ScheduleFilter } from '../domain/schedule-filter';
import type { Chairmanship } from '../domain/types';
import { SESSION_STATUSES } from '../domain/types';
import { Live } from './live.svelte';
import { liveYear } from './open-year.svelte';

const NO_SCHEDULE: ScheduleData = { rows: [], bodies: [] };

/**
 * The year's sessions and every body, following the database (the open year, shared with the
 * other screens that show it). `loaded` once the year's rows have come.
 */
export function liveSchedule(chairmanship: () => Chairmanship | undefined): {
  readonly current: ScheduleData;
  readonly loaded: boolean;
  readonly error: unknown;
} {
  const year = liveYear(chairmanship);
  return {
    get current() {
      return year.current ?? NO_SCHEDULE;
    },
    get loaded() {
      return year.current !== undefined;
    },
    get error() {
      return year.error;
    },
  };
}

/**
 * Every conflict among the year's sessions. Those of a shared body, venue or chair are known
 * with the sessions; those of a shared participant follow once the participants of the
 * overlapping sessions are read. That read starts once the screen has drawn its first frame:
 * the programme never waits for it, and its answer (thousands of participant rows to unpack)
 * never holds that frame back.
 */
export function liveConflicts(schedule: { readonly current: ScheduleData }): { readonly current: Map<string, Conflict[]> } {
  const sessions = $derived(schedule.current.rows.map((r) => r.session));
  let drawn = $state(false);
  $effect(() => {
    const frame = requestAnimationFrame(() => (drawn = true));
    return () => cancelAnimationFrame(frame);
  });
  const people = livePeopleOf(() => (drawn ? [...overlappingIds(sessions)] : []));
  const conflicts = $derived(conflictMap(sessions, people.current));
  return {
    get current() {
      return conflicts;
    },
  };
}

/**
 * The participants (person ids) of the given sessions, following the database. No session
 * asked for is answered with the one empty answer, so that what depends on it is not worked
 * out again.
 */
export function livePeopleOf(sessionIds: () => string[]): Live<ReadonlyMap<string, string[]>> {
  return new Live<ReadonlyMap<string, string[]>>(() => {
    const ids = sessionIds();
    return ids.length ? () => readPeopleOfSessions(store(), ids) : () => Promise.resolve(NO_PEOPLE);
  }, NO_PEOPLE);
}

export const FILTER_KEY = 'scheduleFilter';
export const CLOCK_KEY = 'calendarClock';

export function isScheduleFilter(value: unknown): value is ScheduleFilter {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.bodyIds) &&
    v.bodyIds.every((b) => typeof b === 'string') &&
    Array.isArray(v.statuses) &&
    v.statuses.every((s) => SESSION_STATUSES.some((k) => k === s)) &&
    typeof v.city === 'string' &&
    typeof v.text === 'string'
  );
}

export type Clock = 'venue' | 'home';
export const isClock = (v: unknown): v is Clock => v === 'venue' || v === 'home';

/** The year programme's filter, saved on every change (it survives a restart). */
export class ScheduleFilterState {
  value = $state<ScheduleFilter>({ ...EMPTY_FILTER });
  loaded = $state(false);

  /**
   * Reads the saved filter. The Schedule asks each time it opens; the same filter as the one
   * held keeps its object, so the programme just drawn is not filtered and drawn again.
   */
  async load(): Promise<void> {
    const saved = await store().settings.get(FILTER_KEY, { ...EMPTY_FILTER }, isScheduleFilter);
    if (!sameFilter(saved, this.value)) this.value = saved;
    this.loaded = true;
  }

  set(next: ScheduleFilter): void {
    this.value = next;
    void store().settings.set(FILTER_KEY, $state.snapshot(this.value));
  }
}

export const scheduleFilter = new ScheduleFilterState();

/** Which clock the calendar draws in (venue or home), remembered. */
class CalendarClockState {
  value = $state<Clock>('venue');

  async load(): Promise<void> {
    this.value = await store().settings.get(CLOCK_KEY, 'venue', isClock);
  }

  set(next: Clock): void {
    this.value = next;
    void store().settings.set(CLOCK_KEY, next);
  }
}

export const calendarClock = new CalendarClockState();
