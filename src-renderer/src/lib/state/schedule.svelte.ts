// The schedule's live data and the preferences that survive a restart (filter, clock).
import { store } from '../db';
import { emptySchedule, NO_PEOPLE, readPeopleOfSessions, readScheduleView, type ScheduleView } from '../db/schedule-read-models';
import { EMPTY_FILTER, type ScheduleFilter } from '../domain/schedule-filter';
import type { Chairmanship } from '../domain/types';
import { SESSION_STATUSES } from '../domain/types';
import { Live } from './live.svelte';

export function liveSchedule(chairmanship: () => Chairmanship | undefined): Live<ScheduleView> {
  return new Live(() => {
    const c = chairmanship();
    const range = c ? { year: c.year, homeTimeZone: c.homeTimeZone } : null;
    return async () => (range ? readScheduleView(store(), range) : emptySchedule());
  }, emptySchedule());
}

/** The participants (person ids) of the given sessions, following the database. */
export function livePeopleOf(sessionIds: () => string[]): Live<ReadonlyMap<string, string[]>> {
  return new Live<ReadonlyMap<string, string[]>>(() => {
    const ids = sessionIds();
    return () => readPeopleOfSessions(store(), ids);
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

  async load(): Promise<void> {
    this.value = await store().settings.get(FILTER_KEY, { ...EMPTY_FILTER }, isScheduleFilter);
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
