// A session's programme: running times computed from the session start and each item's
// duration, and reordering that keeps positions 1…n.
import { LONG_TEXT_LIMIT, tooLong } from './text-limits';
import type { AgendaItem, Session } from './types';

/** Where the programme starts when the session has no time of its own (all-day sessions). */
export const DEFAULT_PROGRAMME_START = '10:00';

export interface RunningTime {
  start: string;
  end: string;
}

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function hhmm(total: number): string {
  const day = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

export function programmeStart(session: Pick<Session, 'allDay' | 'start'>): string {
  return session.allDay ? DEFAULT_PROGRAMME_START : session.start.slice(11, 16);
}

/** Running times of consecutive items from a start time (`HH:mm`), wrapping at midnight. */
export function runningTimes(start: string, items: readonly Pick<AgendaItem, 'minutes'>[]): RunningTime[] {
  let at = minutesOf(start);
  return items.map(({ minutes }) => {
    const from = at;
    at += Math.max(0, minutes);
    return { start: hhmm(from), end: hhmm(at) };
  });
}

export function totalMinutes(items: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return items.reduce((sum, i) => sum + Math.max(0, i.minutes), 0);
}

/** The ids in their new order after moving the item at `from` to index `to`. */
export function moveInOrder<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

export type AgendaField = 'title' | 'minutes' | 'notes';
export function validateAgendaItem(
  item: Pick<AgendaItem, 'title' | 'minutes' | 'notes'>,
): { field: AgendaField; code: 'required' | 'minutes-range' | 'too-long' }[] {
  const errors: { field: AgendaField; code: 'required' | 'minutes-range' | 'too-long' }[] = [];
  if (!item.title.en.trim() && !item.title.ru.trim()) errors.push({ field: 'title', code: 'required' });
  else if (tooLong(item.title)) errors.push({ field: 'title', code: 'too-long' });
  if (tooLong(item.notes, LONG_TEXT_LIMIT)) errors.push({ field: 'notes', code: 'too-long' });
  if (!Number.isInteger(item.minutes) || item.minutes < 0 || item.minutes > 24 * 60)
    errors.push({ field: 'minutes', code: 'minutes-range' });
  return errors;
}
