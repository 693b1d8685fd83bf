// The journal of a session: when the sitting opened, was suspended, resumed and closed, in
// the venue's wall clock (as the chair announces it in the room).
//
// A journal's events make one sitting: opened first and once; suspended only while sitting;
// resumed only while suspended; closed once, last (a suspended sitting may be closed without
// resuming, when the chair closes it in absence of a quorum). Each time is on one of the
// session's days and not earlier than the event before it.
import { datePart, isWallTime, wallToUtc } from './time';
import type { JournalEventKind, Session, SessionJournal, WallTime } from './types';

export type JournalEvent = SessionJournal['events'][number];

export type JournalProblemCode =
  | 'bad-time'
  | 'not-opened-first'
  | 'opened-twice'
  | 'suspended-not-sitting'
  | 'resumed-not-suspended'
  | 'after-closed'
  | 'before-previous'
  | 'outside-session-days';

/** A problem with the event at `index` (the form marks that row). */
export interface JournalProblem {
  index: number;
  code: JournalProblemCode;
}

type State = 'before' | 'sitting' | 'suspended' | 'closed';

const NEXT: Record<State, Partial<Record<JournalEventKind, State>>> = {
  before: { opened: 'sitting' },
  sitting: { suspended: 'suspended', closed: 'closed' },
  suspended: { resumed: 'sitting', closed: 'closed' },
  closed: {},
};

function refusal(state: State, kind: JournalEventKind): JournalProblemCode {
  if (state === 'closed') return 'after-closed';
  if (state === 'before') return 'not-opened-first';
  if (kind === 'opened') return 'opened-twice';
  if (kind === 'suspended') return 'suspended-not-sitting';
  return 'resumed-not-suspended';
}

export function journalProblems(events: readonly JournalEvent[], session: Pick<Session, 'start' | 'end'>): JournalProblem[] {
  const problems: JournalProblem[] = [];
  const first = datePart(session.start);
  const last = datePart(session.end);
  let state: State = 'before';
  let previous: WallTime | undefined;
  events.forEach((event, index) => {
    if (!isWallTime(event.at)) problems.push({ index, code: 'bad-time' });
    else {
      const day = datePart(event.at);
      if (day < first || day > last) problems.push({ index, code: 'outside-session-days' });
      if (previous && event.at < previous) problems.push({ index, code: 'before-previous' });
      previous = event.at;
    }
    const next = NEXT[state][event.kind];
    if (next) state = next;
    else problems.push({ index, code: refusal(state, event.kind) });
  });
  return problems;
}

/** The events in the order they happened (stable for equal times). */
export function sortedEvents(events: readonly JournalEvent[]): JournalEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.localeCompare(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}

function minutesBetween(from: WallTime, to: WallTime, zone: string): number {
  return Math.round((Date.parse(wallToUtc(to, zone)) - Date.parse(wallToUtc(from, zone))) / 60_000);
}

export interface JournalDuration {
  /** From opening to closing, suspensions included; null until both are recorded. */
  totalMinutes: number | null;
  /** Time in sitting: opening to closing less the suspensions; null until closed. */
  sittingMinutes: number | null;
}

/** How long the session sat, in real minutes (a clock change during a sitting counts as it happened). */
export function journalDuration(events: readonly JournalEvent[], zone: string): JournalDuration {
  const ordered = sortedEvents(events).filter((e) => isWallTime(e.at));
  const opened = ordered.find((e) => e.kind === 'opened');
  const closed = ordered.find((e) => e.kind === 'closed');
  if (!opened || !closed || closed.at < opened.at) return { totalMinutes: null, sittingMinutes: null };
  let sitting = 0;
  let since: WallTime | null = null;
  for (const event of ordered) {
    if (event.at < opened.at || event.at > closed.at) continue;
    if ((event.kind === 'opened' || event.kind === 'resumed') && since === null) since = event.at;
    else if ((event.kind === 'suspended' || event.kind === 'closed') && since !== null) {
      sitting += minutesBetween(since, event.at, zone);
      since = null;
    }
  }
  return { totalMinutes: minutesBetween(opened.at, closed.at, zone), sittingMinutes: sitting };
}
