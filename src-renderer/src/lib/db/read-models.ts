// Reads that join several tables for one screen. Each is a plain async function over the
// store, so the state layer can observe it as a live query and tests can call it directly.
import { compareProtocol } from '../domain/protocol-order';
import { yearRangeUtc } from '../domain/time';
import type { Body, Chairmanship, OutcomeDocument, Participant, Party, Person, Session } from '../domain/types';
import type { Store } from './index';

export interface SessionRow {
  session: Session;
  bodies: Body[];
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** The sessions of a chairmanship year in start order, with their bodies. */
export async function readYearSessions(store: Store, chairmanship: Pick<Chairmanship, 'year' | 'homeTimeZone'>): Promise<SessionRow[]> {
  return (await readYear(store, chairmanship)).rows;
}

/** A year's sessions in start order with their bodies, and every body by acronym. */
export interface YearData {
  rows: SessionRow[];
  bodies: Body[];
}

/**
 * A year's sessions with their bodies, and every body. The bodies are a handful of rows: read
 * alongside the sessions rather than after them, the first screen waits for one read, not two.
 */
export async function readYear(store: Store, chairmanship: Pick<Chairmanship, 'year' | 'homeTimeZone'>): Promise<YearData> {
  const { from, to } = yearRangeUtc(chairmanship.year, chairmanship.homeTimeZone);
  const [sessions, bodies] = await Promise.all([store.sessions.startingBetween(from, to), store.db.bodies.toArray()]);
  const index = byId(bodies);
  bodies.sort((a, b) => a.acronym.en.localeCompare(b.acronym.en));
  return { rows: sessions.map((session) => ({ session, bodies: session.bodyIds.flatMap((id) => index.get(id) ?? []) })), bodies };
}

export interface ParticipantRow {
  participant: Participant;
  person?: Person;
  party?: Party;
}

export interface SessionDetail {
  session: Session;
  bodies: Body[];
  chair?: Person;
  participants: ParticipantRow[];
  documents: OutcomeDocument[];
}

const ROLE_RANK: Record<Participant['role'], number> = { chair: 0, head: 1, member: 2, expert: 3, guest: 4, observer: 5, secretariat: 6 };

/** A session with its bodies, chair, participants (in protocol order) and documents; null if gone. */
export async function readSessionDetail(store: Store, sessionId: string): Promise<SessionDetail | null> {
  const { db, bodies, persons, parties } = store;
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const [sessionBodies, participants, documents] = await Promise.all([
    bodies.getMany(session.bodyIds),
    db.participants.where('sessionId').equals(sessionId).toArray(),
    db.documents.where('sessionId').equals(sessionId).toArray(),
  ]);
  const people = byId(
    await persons.getMany([...participants.map((p) => p.personId), ...(session.chairPersonId ? [session.chairPersonId] : [])]),
  );
  const partyById = byId(await parties.getMany([...new Set(participants.map((p) => p.partyId))]));
  const rows = participants.map((participant) => ({
    participant,
    person: people.get(participant.personId),
    party: partyById.get(participant.partyId),
  }));
  rows.sort(
    (a, b) => (a.party && b.party ? compareProtocol(a.party, b.party) : 0) || ROLE_RANK[a.participant.role] - ROLE_RANK[b.participant.role],
  );
  return {
    session,
    bodies: sessionBodies,
    chair: session.chairPersonId ? people.get(session.chairPersonId) : undefined,
    participants: rows,
    documents,
  };
}

/** Every session of every year in start order, with its bodies (the decade's archive view). */
export async function readAllSessions(store: Store): Promise<SessionRow[]> {
  const [sessions, bodies] = await Promise.all([store.db.sessions.orderBy('startUtc').toArray(), store.db.bodies.toArray()]);
  const byBody = byId(bodies);
  return sessions.map((session) => ({ session, bodies: session.bodyIds.flatMap((id) => byBody.get(id) ?? []) }));
}
