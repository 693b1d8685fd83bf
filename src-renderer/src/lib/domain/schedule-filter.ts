// Filtering and grouping the year programme.
import { sameItems } from './cache';
import type { Body, Session, SessionStatus } from './types';

export interface ScheduleFilter {
  bodyIds: string[];
  statuses: SessionStatus[];
  city: string;
  text: string;
}

export const EMPTY_FILTER: ScheduleFilter = { bodyIds: [], statuses: [], city: '', text: '' };

const fold = (s: string): string => s.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();

export function isEmptyFilter(f: ScheduleFilter): boolean {
  return !f.bodyIds.length && !f.statuses.length && !f.city.trim() && !f.text.trim();
}

/** The same filter: the same bodies and statuses in the same order, city and text. */
export function sameFilter(a: ScheduleFilter, b: ScheduleFilter): boolean {
  return sameItems(a.bodyIds, b.bodyIds) && sameItems(a.statuses, b.statuses) && a.city === b.city && a.text === b.text;
}

/** The filter as a test of one session, its folded words worked out once for all the rows. */
export function sessionFilter(f: ScheduleFilter): (session: Session, bodies: readonly Body[]) => boolean {
  if (isEmptyFilter(f)) return () => true;
  const city = fold(f.city);
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return (session, bodies) => {
    if (f.bodyIds.length && !session.bodyIds.some((b) => f.bodyIds.includes(b))) return false;
    if (f.statuses.length && !f.statuses.includes(session.status)) return false;
    if (city && ![session.venue.city.en, session.venue.city.ru].some((c) => fold(c) === city)) return false;
    if (!words.length) return true;
    const haystack = [
      session.title.en,
      session.title.ru,
      session.venue.city.en,
      session.venue.city.ru,
      session.venue.place?.en ?? '',
      session.venue.place?.ru ?? '',
      session.notes?.en ?? '',
      session.notes?.ru ?? '',
      ...bodies.flatMap((b) => [b.acronym.en, b.acronym.ru, b.name.en, b.name.ru]),
    ]
      .map(fold)
      .join('\n');
    return words.every((word) => haystack.includes(word));
  };
}

export function matchesFilter(session: Session, bodies: readonly Body[], f: ScheduleFilter): boolean {
  return sessionFilter(f)(session, bodies);
}

/** `YYYY-MM` of a session's first day in venue time. */
export function monthKey(session: Pick<Session, 'start'>): string {
  return session.start.slice(0, 7);
}

export function groupByMonth<T extends { session: Pick<Session, 'start'> }>(rows: readonly T[]): { month: string; rows: T[] }[] {
  const groups: { month: string; rows: T[] }[] = [];
  for (const row of rows) {
    const month = monthKey(row.session);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.rows.push(row);
    else groups.push({ month, rows: [row] });
  }
  return groups;
}
