// When an Action Plan item is due, and whether it is late. A deadline is a date, or a
// session ("by the September session"): then it is read from the session at the time of
// asking, so moving the session moves the deadline with it. "Late" is judged by the calendar
// of the chairmanship's home time zone, not the machine's (the secretariat in Dushanbe and a
// laptop set to UTC must agree on what is overdue).
import { isOpen } from './action-status';
import { datePart } from './time';
import type { ActionItem, IsoDate, Session, UtcInstant } from './types';

export type DueSession = Pick<Session, 'id' | 'start' | 'startUtc' | 'status'>;

export type EffectiveDue =
  | { by: 'date'; date: IsoDate }
  /** The session's first day, in the venue's calendar: the day the meeting is known by. */
  | { by: 'session'; date: IsoDate; sessionId: string }
  /** The session was deleted: the item has no date until someone chooses another. */
  | { by: 'missing-session'; sessionId: string };

/** The deadline in force now. A session-bound deadline wins over a stored date. */
export function effectiveDue(
  item: Pick<ActionItem, 'dueDate' | 'dueSessionId'>,
  sessions: ReadonlyMap<string, DueSession>,
): EffectiveDue | null {
  if (item.dueSessionId) {
    const session = sessions.get(item.dueSessionId);
    return session
      ? { by: 'session', date: datePart(session.start), sessionId: session.id }
      : { by: 'missing-session', sessionId: item.dueSessionId };
  }
  return item.dueDate ? { by: 'date', date: item.dueDate } : null;
}

export function dueDateOf(item: Pick<ActionItem, 'dueDate' | 'dueSessionId'>, sessions: ReadonlyMap<string, DueSession>): IsoDate | null {
  const due = effectiveDue(item, sessions);
  return due && due.by !== 'missing-session' ? due.date : null;
}

/**
 * Overdue: still open and its deadline day is over in the home zone. `today` is
 * `todayIn(chairmanship.homeTimeZone)`; an item due today is not late yet.
 */
export function isOverdue(
  item: Pick<ActionItem, 'dueDate' | 'dueSessionId' | 'status'>,
  sessions: ReadonlyMap<string, DueSession>,
  today: IsoDate,
): boolean {
  const due = dueDateOf(item, sessions);
  return isOpen(item.status) && due !== null && due < today;
}

export function overdueItems<T extends Pick<ActionItem, 'dueDate' | 'dueSessionId' | 'status'>>(
  items: readonly T[],
  sessions: ReadonlyMap<string, DueSession>,
  today: IsoDate,
): T[] {
  return items.filter((item) => isOverdue(item, sessions, today));
}

/** The first session not yet begun at `now` (cancelled ones do not count). */
export function nextSession<S extends DueSession>(sessions: Iterable<S>, now: UtcInstant): S | null {
  let next: S | null = null;
  for (const s of sessions) {
    if (s.status === 'cancelled' || s.startUtc <= now) continue;
    if (!next || s.startUtc < next.startUtc) next = s;
  }
  return next;
}

/** Open items due from today up to and including `until` (e.g. the next session's first day). */
export function dueBetween<T extends Pick<ActionItem, 'dueDate' | 'dueSessionId' | 'status'>>(
  items: readonly T[],
  sessions: ReadonlyMap<string, DueSession>,
  today: IsoDate,
  until: IsoDate,
): T[] {
  return items.filter((item) => {
    const due = dueDateOf(item, sessions);
    return isOpen(item.status) && due !== null && due >= today && due <= until;
  });
}
