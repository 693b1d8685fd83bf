// Moving a session to where the user dropped it in a calendar that shows either the venue's
// clock or the home clock. The session keeps its length and its venue zone.
import { addDays, utcToWall, wallToUtc } from './time';
import type { Session, WallTime } from './types';

export type CalendarClock = 'venue' | 'home';

export function movedTimes(
  session: Pick<Session, 'allDay' | 'start' | 'end' | 'timeZone' | 'startUtc' | 'endUtc'>,
  droppedAt: WallTime,
  clock: CalendarClock,
  homeZone: string,
): { start: WallTime; end: WallTime } {
  if (session.allDay) {
    const days = Math.round(
      (Date.parse(`${session.end.slice(0, 10)}T00:00Z`) - Date.parse(`${session.start.slice(0, 10)}T00:00Z`)) / 86_400_000,
    );
    const first = droppedAt.slice(0, 10);
    return { start: `${first}T00:00`, end: `${addDays(first, days)}T00:00` };
  }
  const startUtc = clock === 'venue' ? wallToUtc(droppedAt, session.timeZone) : wallToUtc(droppedAt, homeZone);
  const length = Date.parse(session.endUtc) - Date.parse(session.startUtc);
  const endUtc = new Date(Date.parse(startUtc) + length).toISOString();
  return { start: utcToWall(startUtc, session.timeZone), end: utcToWall(endUtc, session.timeZone) };
}

/** The wall clock a calendar widget means by a Date it hands back (it works in local time). */
export function localWall(date: Date): WallTime {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A session's start and end as the calendar should draw them, in the chosen clock. */
export function shownTimes(
  session: Pick<Session, 'allDay' | 'start' | 'end' | 'startUtc' | 'endUtc'>,
  clock: CalendarClock,
  homeZone: string,
): { start: string; end: string; allDay: boolean } {
  if (session.allDay) return { start: session.start.slice(0, 10), end: addDays(session.end.slice(0, 10), 1), allDay: true };
  if (clock === 'venue') return { start: session.start.replace('T', ' '), end: session.end.replace('T', ' '), allDay: false };
  return {
    start: utcToWall(session.startUtc, homeZone).replace('T', ' '),
    end: utcToWall(session.endUtc, homeZone).replace('T', ' '),
    allDay: false,
  };
}
