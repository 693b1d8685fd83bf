// Who chairs a session when none is named: the holder, on the session's first day, of the seat
// of the state that chairs its body (the body's own rule; by default the chairing state), the
// first of its bodies that has one. Pure.
import { seatHolderOn, sessionDate } from './seats';
import type { Appointment, Body, Session } from './types';

export function defaultChair(
  session: Pick<Session, 'bodyIds' | 'start' | 'chairPersonId'>,
  bodies: readonly Pick<Body, 'id' | 'chairPartyId'>[],
  appointments: readonly Pick<Appointment, 'bodyId' | 'partyId' | 'personId' | 'from' | 'to'>[],
  chairingPartyId: string | undefined,
): string | undefined {
  if (session.chairPersonId) return session.chairPersonId;
  const date = sessionDate(session);
  for (const id of session.bodyIds) {
    const body = bodies.find((b) => b.id === id);
    const partyId = body?.chairPartyId ?? chairingPartyId;
    if (!body || !partyId) continue;
    const holder = seatHolderOn(appointments, body.id, partyId, date);
    if (holder) return holder.personId;
  }
  return undefined;
}
