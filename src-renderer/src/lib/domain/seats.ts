// Seats: who sits for a party on a body on a given date, and the invitation list of a
// session built from them (DESIGN.md §3 "Seats"). A successor gets a new appointment; the
// predecessor's ends the day before, so history is never rewritten.
import { inProtocolOrder } from './protocol-order';
import { addDays, datePart, isIsoDate } from './time';
import type { Appointment, IsoDate, Party, ParticipantRole, Person, Session, Text } from './types';

export function heldOn(appointment: Pick<Appointment, 'from' | 'to'>, date: IsoDate): boolean {
  return appointment.from <= date && (appointment.to === undefined || date <= appointment.to);
}

/** The holder of a party's seat on a body on a date; if records overlap, the latest start wins. */
export function seatHolderOn<A extends Pick<Appointment, 'bodyId' | 'partyId' | 'from' | 'to'>>(
  appointments: readonly A[],
  bodyId: string,
  partyId: string,
  date: IsoDate,
): A | undefined {
  return appointments
    .filter((a) => a.bodyId === bodyId && a.partyId === partyId && heldOn(a, date))
    .sort((a, b) => b.from.localeCompare(a.from))[0];
}

/** A member state on a date (observers, partners and organizations are guests, not seats). */
export function isMemberOn(party: Pick<Party, 'kind' | 'memberSince' | 'memberUntil'>, date: IsoDate): boolean {
  return (
    party.kind === 'member' &&
    (party.memberSince === undefined || party.memberSince <= date) &&
    (party.memberUntil === undefined || date <= party.memberUntil)
  );
}

/** The day whose seats a session's invitation list uses: its first day, in venue time. */
export function sessionDate(session: Pick<Session, 'start'>): IsoDate {
  return datePart(session.start);
}

export interface Invitation {
  personId: string;
  partyId: string;
  role: Extract<ParticipantRole, 'chair' | 'head' | 'member'>;
  bodyId?: string;
  title?: Text;
}

/**
 * The invitation list of a session: for each member state (in protocol order) the holders of
 * its seats on the session's bodies; the first holder heads the delegation (or chairs the
 * session, when he is its chair). A joint session's other seat holders join as members.
 */
export function invitationList(
  session: Pick<Session, 'bodyIds' | 'start' | 'chairPersonId'>,
  parties: readonly Party[],
  appointments: readonly Appointment[],
  chair?: Pick<Person, 'id' | 'partyId'>,
): Invitation[] {
  const date = sessionDate(session);
  const invited: Invitation[] = [];
  const seen = new Set<string>();
  for (const party of inProtocolOrder(parties.filter((p) => isMemberOn(p, date)))) {
    for (const bodyId of session.bodyIds) {
      const holder = seatHolderOn(appointments, bodyId, party.id, date);
      if (!holder || seen.has(holder.personId)) continue;
      seen.add(holder.personId);
      const first = !invited.some((i) => i.partyId === party.id);
      const role = holder.personId === session.chairPersonId ? 'chair' : first ? 'head' : 'member';
      invited.push({ personId: holder.personId, partyId: party.id, role, bodyId, title: holder.title });
    }
  }
  if (chair && chair.id === session.chairPersonId && !seen.has(chair.id) && chair.partyId) {
    invited.push({ personId: chair.id, partyId: chair.partyId, role: 'chair' });
  }
  return invited;
}

export type AppointmentField = 'personId' | 'bodyId' | 'partyId' | 'from' | 'to';
export type AppointmentErrorCode = 'required' | 'invalid' | 'end-before-start' | 'successor-too-early' | 'same-person';

export interface AppointmentError {
  field: AppointmentField;
  code: AppointmentErrorCode;
}

export function validateAppointment(draft: Pick<Appointment, 'personId' | 'bodyId' | 'partyId' | 'from' | 'to'>): AppointmentError[] {
  const errors: AppointmentError[] = [];
  if (!draft.personId) errors.push({ field: 'personId', code: 'required' });
  if (!draft.bodyId) errors.push({ field: 'bodyId', code: 'required' });
  if (!draft.partyId) errors.push({ field: 'partyId', code: 'required' });
  if (!draft.from) errors.push({ field: 'from', code: 'required' });
  else if (!isIsoDate(draft.from)) errors.push({ field: 'from', code: 'invalid' });
  if (draft.to !== undefined && draft.to !== '') {
    if (!isIsoDate(draft.to)) errors.push({ field: 'to', code: 'invalid' });
    else if (isIsoDate(draft.from) && draft.to < draft.from) errors.push({ field: 'to', code: 'end-before-start' });
  }
  return errors;
}

export interface Succession {
  /** The patch that ends the current appointment the day before the successor starts. */
  close: { to: IsoDate };
  /** The successor's appointment to the same seat, with the same title. */
  open: Pick<Appointment, 'personId' | 'bodyId' | 'partyId' | 'title' | 'from' | 'to'>;
}

/** A successor takes over a seat on `from`; the predecessor's record ends the day before. */
export function succession(
  current: Pick<Appointment, 'personId' | 'bodyId' | 'partyId' | 'title' | 'from' | 'to'>,
  successorId: string,
  from: IsoDate,
): Succession | AppointmentError[] {
  if (!successorId) return [{ field: 'personId', code: 'required' }];
  if (successorId === current.personId) return [{ field: 'personId', code: 'same-person' }];
  if (!isIsoDate(from)) return [{ field: 'from', code: from ? 'invalid' : 'required' }];
  if (from <= current.from) return [{ field: 'from', code: 'successor-too-early' }];
  // A predecessor whose record already ended before the successor came keeps that end.
  const end = current.to !== undefined && current.to < from ? current.to : addDays(from, -1);
  return {
    close: { to: end },
    open: { personId: successorId, bodyId: current.bodyId, partyId: current.partyId, title: current.title, from },
  };
}
