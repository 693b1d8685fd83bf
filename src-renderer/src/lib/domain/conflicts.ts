// Two sessions conflict when their times overlap and they share a body, a venue (the same
// place in the same city) or a person (the chair, or a participant). Cancelled sessions
// conflict with nothing.
import type { Session } from './types';

export type ConflictReason = 'body' | 'venue' | 'person';

export interface Conflict {
  sessionId: string;
  reasons: ConflictReason[];
  /** Bodies and persons the two sessions share, for the message. */
  bodyIds: string[];
  personIds: string[];
}

export type ConflictCandidate = Pick<Session, 'id' | 'startUtc' | 'endUtc' | 'bodyIds' | 'venue' | 'chairPersonId' | 'status'>;

/** Persons taking part in each session (chair excluded), by session id. */
export type PeopleBySession = ReadonlyMap<string, readonly string[]>;

export function overlaps(a: Pick<Session, 'startUtc' | 'endUtc'>, b: Pick<Session, 'startUtc' | 'endUtc'>): boolean {
  return a.startUtc < b.endUtc && b.startUtc < a.endUtc;
}

const norm = (s: string | undefined): string => (s ?? '').trim().toLocaleLowerCase();

/** The same hall: the same place named in either language. */
function samePlace(a: ConflictCandidate, b: ConflictCandidate): boolean {
  const placesA = [norm(a.venue.place?.en), norm(a.venue.place?.ru)].filter(Boolean);
  return [norm(b.venue.place?.en), norm(b.venue.place?.ru)].some((p) => p && placesA.includes(p));
}

function sameVenue(a: ConflictCandidate, b: ConflictCandidate): boolean {
  if (!samePlace(a, b)) return false;
  const citiesA = [norm(a.venue.city.en), norm(a.venue.city.ru)].filter(Boolean);
  return [norm(b.venue.city.en), norm(b.venue.city.ru)].some((c) => c && citiesA.includes(c));
}

function people(session: ConflictCandidate, bySession: PeopleBySession): Set<string> {
  return new Set([...(session.chairPersonId ? [session.chairPersonId] : []), ...(bySession.get(session.id) ?? [])]);
}

export function findConflicts(
  candidate: ConflictCandidate,
  others: readonly ConflictCandidate[],
  bySession: PeopleBySession = new Map(),
): Conflict[] {
  if (candidate.status === 'cancelled') return [];
  const mine = people(candidate, bySession);
  const conflicts: Conflict[] = [];
  for (const other of others) {
    if (other.id === candidate.id || other.status === 'cancelled' || !overlaps(candidate, other)) continue;
    const bodyIds = candidate.bodyIds.filter((b) => other.bodyIds.includes(b));
    const personIds = [...people(other, bySession)].filter((p) => mine.has(p));
    const reasons: ConflictReason[] = [];
    if (bodyIds.length) reasons.push('body');
    if (sameVenue(candidate, other)) reasons.push('venue');
    if (personIds.length) reasons.push('person');
    if (reasons.length) conflicts.push({ sessionId: other.id, reasons, bodyIds, personIds });
  }
  return conflicts;
}

/** Ids of the sessions (not cancelled) whose times overlap at least one other's. */
export function overlappingIds(sessions: readonly ConflictCandidate[]): Set<string> {
  const sorted = sessions.filter((s) => s.status !== 'cancelled').sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const ids = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; a && j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.startUtc >= a.endUtc) break;
      ids.add(a.id).add(b.id);
    }
  }
  return ids;
}

/** Every conflict of a set of sessions with each other, by session id. */
export function conflictMap(sessions: readonly ConflictCandidate[], bySession: PeopleBySession = new Map()): Map<string, Conflict[]> {
  const sorted = [...sessions].sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const result = new Map<string, Conflict[]>();
  // Sweep in start order: only sessions that start before this one ends can overlap it.
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    const window: ConflictCandidate[] = [];
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.startUtc >= a.endUtc) break;
      window.push(b);
    }
    for (const c of findConflicts(a, window, bySession)) {
      result.set(a.id, [...(result.get(a.id) ?? []), c]);
      result.set(c.sessionId, [...(result.get(c.sessionId) ?? []), { ...c, sessionId: a.id }]);
    }
  }
  return result;
}
