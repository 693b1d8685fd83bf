// Why a session was last postponed or cancelled, as the programme shows it beside the status.
// Only while the status still says so: a postponed session confirmed again shows no reason
// (its history keeps it). Pure.
import { hasText } from './text';
import type { Session, Text } from './types';

export function currentChangeReason(session: Pick<Session, 'status' | 'history'>): Text | undefined {
  if (session.status !== 'postponed' && session.status !== 'cancelled') return undefined;
  const last = session.history?.at(-1);
  if (!last || last.kind !== session.status) return undefined;
  return hasText(last.reason) ? last.reason : undefined;
}
