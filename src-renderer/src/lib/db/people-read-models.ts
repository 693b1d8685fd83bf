// Reads for the people, participants, check-in and attendance screens. Plain async functions
// over the store, observed as live queries by the state layer and called directly by tests.
import { attendanceRate, personMark, type Mark } from '../domain/attendance';
import { sessionBodies } from '../domain/bodies';
import { consensusCheck, decidesByConsensus, type ConsensusCheck } from '../domain/consensus';
import { participantsInOrder } from '../domain/participant-order';
import { protocolComparator } from '../domain/protocol-order';
import { heldOn, sessionDate } from '../domain/seats';
import { overlappingSessions } from '../domain/session-overlap';
import { personName } from '../domain/text';
import type { Appointment, Body, Participant, Party, Person, ProtocolOrderRule, Session, Text } from '../domain/types';
import type { Store } from './index';
import { readYearSessions, type SessionRow, type YearScope } from './read-models';

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

export interface PeopleList {
  persons: Person[];
  parties: Party[];
}

/** An organization's people and parties (in its protocol order). */
export async function readPeople(store: Store, organizationId: string): Promise<PeopleList> {
  const [persons, parties] = await Promise.all([
    store.persons.ofOrganization(organizationId),
    store.parties.inProtocolOrder(organizationId),
  ]);
  return { persons, parties };
}

export interface ParticipantView {
  participant: Participant;
  person?: Person;
  party?: Party;
  /** Whom this participant sits in for. */
  represents?: Person;
  /** Who sits in for this participant. */
  substitutes: Person[];
  /** The seat's title on the session date, else the person's position. */
  title?: Text;
  /** Other sessions at the same time whose list this person is on. */
  conflicts: Session[];
}

export interface SessionParticipants {
  session: Session;
  bodies: Body[];
  parties: Party[];
  /** Delegations in protocol order, the head first. */
  rows: ParticipantView[];
  /** For sessions of a body that decides by consensus; null otherwise. */
  consensus: ConsensusCheck | null;
}

// Sessions that will not take place cannot clash with anything.
const CLASH_FREE: readonly Session['status'][] = ['cancelled', 'postponed'];

export async function readSessionParticipants(store: Store, sessionId: string): Promise<SessionParticipants | null> {
  const { db } = store;
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const [held, participants] = await Promise.all([store.bodies.getMany(session.bodyIds), store.participants.ofSession(sessionId)]);
  const organizationId = held[0]?.organizationId ?? '';
  const [parties, rule] = await Promise.all([
    organizationId ? store.parties.ofOrganization(organizationId) : Promise.resolve([]),
    store.organizations.ruleOf(organizationId),
  ]);
  const bodies = sessionBodies(session.bodyIds, byId(held), sessionDate(session));
  const personIds = [...new Set(participants.flatMap((p) => [p.personId, ...(p.representsPersonId ? [p.representsPersonId] : [])]))];
  const [persons, seats, elsewhere] = await Promise.all([
    store.persons.getMany(personIds),
    db.appointments.where('personId').anyOf(personIds).toArray(),
    db.participants.where('personId').anyOf(personIds).toArray(),
  ]);
  const otherSessions = await store.sessions.getMany([...new Set(elsewhere.map((p) => p.sessionId).filter((id) => id !== sessionId))]);
  const clashes = CLASH_FREE.includes(session.status)
    ? []
    : overlappingSessions(
        session,
        otherSessions.filter((s) => !CLASH_FREE.includes(s.status)),
      );
  const people = byId(persons);
  const partyById = byId(parties);
  const date = sessionDate(session);

  const titleOf = (p: Participant, person: Person | undefined): Text | undefined =>
    seats.find((a) => a.personId === p.personId && a.partyId === p.partyId && session.bodyIds.includes(a.bodyId) && heldOn(a, date))
      ?.title ?? person?.position;

  const rows = participants.map((participant): ParticipantView & { sortName: string } => {
    const person = people.get(participant.personId);
    return {
      participant,
      person,
      party: partyById.get(participant.partyId),
      represents: participant.representsPersonId ? people.get(participant.representsPersonId) : undefined,
      substitutes: participants.filter((p) => p.representsPersonId === participant.personId).flatMap((p) => people.get(p.personId) ?? []),
      title: titleOf(participant, person),
      conflicts: clashes.filter((s) => elsewhere.some((e) => e.sessionId === s.id && e.personId === participant.personId)),
      sortName: person ? personName(person.names, 'ru', 'family-given') : '',
    };
  });
  const order = protocolComparator(rule, parties);
  return {
    session,
    bodies,
    // The delegations' states as every list of the session offers them: in protocol order.
    parties: [...parties].sort(order),
    rows: participantsInOrder(rows, order),
    consensus: decidesByConsensus(bodies) ? consensusCheck(bodies, parties, participants, date, rule) : null,
  };
}

export interface AppointmentView {
  appointment: Appointment;
  body?: Body;
  party?: Party;
}

export interface Participation {
  participant: Participant;
  session: Session;
  bodies: Body[];
  mark: Mark;
  represents?: Person;
  substitutes: Person[];
}

export interface PersonDetail {
  person: Person;
  party?: Party;
  appointments: AppointmentView[];
  participations: Participation[];
  rate: number | null;
  bodies: Body[];
  parties: Party[];
}

export async function readPersonDetail(store: Store, personId: string): Promise<PersonDetail | null> {
  const person = await store.persons.get(personId);
  if (!person) return null;
  const [appointments, own, bodies, parties] = await Promise.all([
    store.appointments.ofPerson(personId),
    store.participants.ofPerson(personId),
    store.bodies.ofOrganization(person.organizationId),
    store.parties.inProtocolOrder(person.organizationId),
  ]);
  const sessionIds = [...new Set(own.map((p) => p.sessionId))];
  const [sessions, lists] = await Promise.all([
    store.sessions.getMany(sessionIds),
    store.db.participants.where('sessionId').anyOf(sessionIds).toArray(),
  ]);
  const others = byId(
    await store.persons.getMany([...new Set(lists.flatMap((p) => [p.personId, p.representsPersonId ?? '']).filter(Boolean))]),
  );
  const bodyById = byId(bodies);
  const partyById = byId(parties);
  const participations = sessions
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
    .flatMap((session): Participation[] => {
      const participant = own.find((p) => p.sessionId === session.id);
      if (!participant) return [];
      const list = lists.filter((p) => p.sessionId === session.id);
      return [
        {
          participant,
          session,
          bodies: sessionBodies(session.bodyIds, bodyById, sessionDate(session)),
          mark: personMark(personId, list),
          represents: participant.representsPersonId ? others.get(participant.representsPersonId) : undefined,
          substitutes: list.filter((p) => p.representsPersonId === personId).flatMap((p) => others.get(p.personId) ?? []),
        },
      ];
    });
  return {
    person,
    party: person.partyId ? partyById.get(person.partyId) : undefined,
    appointments: appointments
      .sort((a, b) => b.from.localeCompare(a.from))
      .map((appointment) => ({ appointment, body: bodyById.get(appointment.bodyId), party: partyById.get(appointment.partyId) })),
    participations,
    rate: attendanceRate(participations.map((p) => p.mark)),
    bodies,
    parties,
  };
}

export interface AttendanceData {
  sessions: SessionRow[];
  /** Session id → its participants. */
  lists: Map<string, Participant[]>;
  persons: Person[];
  /** The organization's parties in its protocol order, and its rule. */
  parties: Party[];
  rule: ProtocolOrderRule;
  bodies: Body[];
}

/** The year's sessions with their lists, for the attendance matrix. */
export async function readAttendance(store: Store, chairmanship: YearScope): Promise<AttendanceData> {
  const sessions = await readYearSessions(store, chairmanship);
  const participants = await store.db.participants
    .where('sessionId')
    .anyOf(sessions.map((s) => s.session.id))
    .toArray();
  const lists = new Map<string, Participant[]>(sessions.map((s) => [s.session.id, []]));
  for (const p of participants) lists.get(p.sessionId)?.push(p);
  const [persons, parties, bodies, rule] = await Promise.all([
    store.persons.getMany([...new Set(participants.map((p) => p.personId))]),
    store.parties.inProtocolOrder(chairmanship.organizationId),
    store.bodies.ofOrganization(chairmanship.organizationId),
    store.organizations.ruleOf(chairmanship.organizationId),
  ]);
  return { sessions, lists, persons, parties, rule, bodies };
}
