// Seats: who sits for a party on a body on a given date, and the invitation list of a
// session built from them (DESIGN.md §3 "Seats"). A successor gets a new appointment; the
// predecessor's ends the day before, so history is never rewritten.
import { inProtocolOrder } from './protocol-order';
import { addDays, datePart, isIsoDate } from './time';
import type { Appointment, Body, BodySeat, IsoDate, Party, ParticipantRole, Person, ProtocolOrderRule, Session, Text } from './types';

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

/** Whether a state's place on a body covers a date. */
export function seatOpenOn(seat: Pick<BodySeat, 'from' | 'to'>, date: IsoDate): boolean {
  return (seat.from === undefined || seat.from <= date) && (seat.to === undefined || date <= seat.to);
}

/** The member states that sit on a body on a date: on its list then, and members of the organization then. */
export function bodyMembersOn<P extends Pick<Party, 'id' | 'kind' | 'memberSince' | 'memberUntil'>>(
  body: Pick<Body, 'seats'>,
  parties: readonly P[],
  date: IsoDate,
): P[] {
  const seated = new Set(body.seats.filter((s) => seatOpenOn(s, date)).map((s) => s.partyId));
  return parties.filter((p) => seated.has(p.id) && isMemberOn(p, date));
}

/** The title of a state's seat on a body: its own, else the body's. */
export function seatTitleOf(body: Pick<Body, 'seats' | 'seatTitle'>, partyId: string): Text {
  const own = body.seats.find((s) => s.partyId === partyId)?.title;
  return own && (own.en.trim() || own.ru.trim()) ? own : body.seatTitle;
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
  bodies: readonly Pick<Body, 'id' | 'seats'>[],
  parties: readonly Party[],
  appointments: readonly Appointment[],
  rule?: ProtocolOrderRule,
  chair?: Pick<Person, 'id' | 'partyId'>,
): Invitation[] {
  const date = sessionDate(session);
  const invited: Invitation[] = [];
  const seen = new Set<string>();
  const sitting = session.bodyIds.flatMap((id) => bodies.find((b) => b.id === id) ?? []);
  const members = new Set(sitting.flatMap((b) => bodyMembersOn(b, parties, date)).map((p) => p.id));
  for (const party of inProtocolOrder(
    parties.filter((p) => members.has(p.id)),
    rule,
  )) {
    for (const body of sitting) {
      if (!body.seats.some((s) => s.partyId === party.id && seatOpenOn(s, date))) continue;
      const bodyId = body.id;
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
export type AppointmentErrorCode = 'required' | 'invalid' | 'end-before-start' | 'successor-too-early' | 'same-person' | 'overlap';

export interface AppointmentError {
  field: AppointmentField;
  code: AppointmentErrorCode;
  /** With `overlap`: the appointment it overlaps. */
  other?: Pick<Appointment, 'id' | 'personId' | 'from' | 'to'>;
}

/** Whether two date ranges (open-ended where `to` is missing) share a day. */
export function rangesOverlap(a: Pick<Appointment, 'from' | 'to'>, b: Pick<Appointment, 'from' | 'to'>): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/**
 * Another holder of the same state's same seat on overlapping dates: two ministers of foreign
 * affairs of one state at once is a typing error, unless one of them is marked as acting
 * (an acting minister while the minister is abroad or ill).
 */
export function overlappingHolder<A extends Pick<Appointment, 'id' | 'personId' | 'bodyId' | 'partyId' | 'from' | 'to' | 'acting'>>(
  draft: Pick<Appointment, 'personId' | 'bodyId' | 'partyId' | 'from' | 'to' | 'acting'> & { id?: string },
  appointments: readonly A[],
): A | undefined {
  if (draft.acting) return undefined;
  return appointments.find(
    (a) =>
      a.id !== draft.id &&
      !a.acting &&
      a.bodyId === draft.bodyId &&
      a.partyId === draft.partyId &&
      a.personId !== draft.personId &&
      rangesOverlap(a, draft),
  );
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
  open: Pick<Appointment, 'organizationId' | 'personId' | 'bodyId' | 'partyId' | 'title' | 'from' | 'to'>;
}

/** A successor takes over a seat on `from`; the predecessor's record ends the day before. */
export function succession(
  current: Pick<Appointment, 'organizationId' | 'personId' | 'bodyId' | 'partyId' | 'title' | 'from' | 'to'>,
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
    open: {
      organizationId: current.organizationId,
      personId: successorId,
      bodyId: current.bodyId,
      partyId: current.partyId,
      title: current.title,
      from,
    },
  };
}
