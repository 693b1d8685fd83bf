// What "Start the next chairmanship" shows: the seats held at the end of the organization's
// latest chairmanship, each with its holder, body and state, and why it may be out of date.
import { inProtocolOrder } from '../domain/protocol-order';
import { reviewSeats, type SeatToReview } from '../domain/seat-review';
import { datePart } from '../domain/time';
import type { Appointment, Body, Chairmanship, IsoDate, Party, Person } from '../domain/types';
import type { Store } from './index';
import { seatsToConfirm } from './reference-writes';

export interface SeatOffer extends SeatToReview<Appointment> {
  person?: Person;
  body?: Body;
  party?: Party;
}

/** The organization's chairmanship that ends last: the one a next chairmanship follows. */
export async function readLatestChairmanship(store: Store, organizationId: string): Promise<Chairmanship | undefined> {
  const all = await store.db.chairmanships.where('organizationId').equals(organizationId).toArray();
  return all.sort((a, b) => b.lastDay.localeCompare(a.lastDay))[0];
}

/** The seats a chairmanship after `previous` is offered, by body, then state in protocol order, then start. */
export async function readSeatOffers(store: Store, previous: Chairmanship): Promise<SeatOffer[]> {
  const { db } = store;
  const organizationId = previous.organizationId;
  const [appointments, bodies, parties, organization] = await Promise.all([
    store.appointments.ofOrganization(organizationId),
    store.bodies.ofOrganization(organizationId),
    store.parties.ofOrganization(organizationId),
    store.organizations.get(organizationId),
  ]);
  const offered = seatsToConfirm(appointments, previous);
  const personIds = [...new Set(offered.map((a) => a.personId))];
  const [persons, participations] = await Promise.all([
    store.persons.getMany(personIds),
    db.participants.where('personId').anyOf(personIds).toArray(),
  ]);
  const sessions = await store.sessions.getMany([...new Set(participations.map((p) => p.sessionId))]);
  const sessionDay = new Map(sessions.map((s) => [s.id, datePart(s.start)]));
  // The latest day each person appears on: a session's list, or a seat taken.
  const latest = (personId: string, except: string): IsoDate | undefined => {
    const days = [
      ...participations.filter((p) => p.personId === personId).flatMap((p) => sessionDay.get(p.sessionId) ?? []),
      ...appointments.filter((a) => a.personId === personId && a.id !== except).map((a) => a.from),
    ];
    return days.sort().at(-1);
  };
  const personById = new Map(persons.map((p) => [p.id, p]));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const partyRank = new Map(inProtocolOrder(parties, organization?.protocolOrder).map((p, i) => [p.id, i]));
  const partyById = new Map(parties.map((p) => [p.id, p]));
  return reviewSeats(offered, previous, latest)
    .map((review): SeatOffer => {
      const a = review.appointment;
      return { ...review, person: personById.get(a.personId), body: bodyById.get(a.bodyId), party: partyById.get(a.partyId) };
    })
    .sort(
      (x, y) =>
        (x.body?.position ?? 0) - (y.body?.position ?? 0) ||
        (partyRank.get(x.appointment.partyId) ?? 0) - (partyRank.get(y.appointment.partyId) ?? 0) ||
        x.appointment.from.localeCompare(y.appointment.from),
    );
}

export interface NextChairmanshipData {
  /** The organization's latest chairmanship: the one the next follows. */
  previous: Chairmanship;
  offers: SeatOffer[];
}

/** What "Start the next chairmanship" needs; null when the organization has no chairmanship yet. */
export async function readNextChairmanship(store: Store, organizationId: string): Promise<NextChairmanshipData | null> {
  const previous = await readLatestChairmanship(store, organizationId);
  return previous ? { previous, offers: await readSeatOffers(store, previous) } : null;
}
