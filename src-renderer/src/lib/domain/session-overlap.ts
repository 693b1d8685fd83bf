// Two sessions overlap when their instants intersect (half-open [start, end) in UTC, so a
// session ending at 12:00 and another starting at 12:00 do not). The schedule's conflict rule
// flags a person invited to two overlapping sessions.
import type { Session } from './types';

type Span = Pick<Session, 'id' | 'startUtc' | 'endUtc'>;

export function sessionsOverlap(a: Span, b: Span): boolean {
  return a.id !== b.id && a.startUtc < b.endUtc && b.startUtc < a.endUtc;
}

export function overlappingSessions<S extends Span>(session: Span, others: readonly S[]): S[] {
  return others.filter((other) => sessionsOverlap(session, other));
}
