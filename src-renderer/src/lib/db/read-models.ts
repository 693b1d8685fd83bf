// Reads that join several tables for one screen. Each is a plain async function over the
// store, so the state layer can observe it as a live query and tests can call it directly.
import { sessionBodies } from '../domain/bodies';
import { protocolComparator } from '../domain/protocol-order';
import { hasText } from '../domain/text';
import { datePart, dayRangeUtc } from '../domain/time';
import type {
  Body,
  Chairmanship,
  ChairmanshipView,
  OutcomeDocument,
  Organization,
  Participant,
  Party,
  Person,
  Session,
  Text,
} from '../domain/types';
import type { Store } from './index';

/** What a chairmanship's year is read by: its organization's bodies, its span in its home zone. */
export type YearScope = Pick<Chairmanship, 'organizationId' | 'firstDay' | 'lastDay' | 'homeTimeZone'>;

/** The chairmanships with their organizations, newest first. */
export async function readChairmanships(store: Store): Promise<ChairmanshipView[]> {
  const [chairmanships, organizations] = await Promise.all([store.chairmanships.list(), store.organizations.toArray()]);
  return withHomeCities(store, joinOrganizations(chairmanships, organizations));
}

/**
 * The views with the city that names their home clock: the chairing state's capital when it
 * keeps the home zone; else (a chair that works from elsewhere, or none named) the capital of
 * another member state of the organization that keeps it, read only then.
 */
async function withHomeCities(store: Store, views: ChairmanshipView[]): Promise<ChairmanshipView[]> {
  const chairs = await store.parties.getMany(views.flatMap((v) => v.chairPartyId ?? []));
  const chairCapital = (view: ChairmanshipView): Text | undefined =>
    capitalKeeping(
      chairs.find((p) => p.id === view.chairPartyId),
      view.homeTimeZone,
    );
  const elsewhere = [...new Set(views.filter((v) => !chairCapital(v)).map((v) => v.organizationId))];
  const others = (await Promise.all(elsewhere.map((id) => store.parties.ofOrganization(id)))).flat();
  return views.map((view) => {
    const homeCity = chairCapital(view) ?? memberCapitalKeeping(others, view);
    return homeCity ? { ...view, homeCity } : view;
  });
}

/** The party's capital, when the capital keeps `zone`. */
function capitalKeeping(party: Party | undefined, zone: string): Text | undefined {
  return party?.capital && hasText(party.capital) && (!party.timeZone || party.timeZone === zone) ? party.capital : undefined;
}

/** The capital of a member state of the view's organization that keeps its home zone, the first in the organization's list. */
function memberCapitalKeeping(parties: readonly Party[], view: ChairmanshipView): Text | undefined {
  return parties
    .filter((p) => p.organizationId === view.organizationId && p.kind === 'member' && !p.retired && p.timeZone === view.homeTimeZone)
    .sort((a, b) => a.position - b.position)
    .map((p) => capitalKeeping(p, view.homeTimeZone))
    .find((capital) => capital !== undefined);
}

/** Chairmanships joined to their organizations (one whose organization is missing is left out). */
export function joinOrganizations(chairmanships: readonly Chairmanship[], organizations: readonly Organization[]): ChairmanshipView[] {
  const byOrg = new Map(organizations.map((o) => [o.id, o]));
  return chairmanships.flatMap((c) => {
    const organization = byOrg.get(c.organizationId);
    return organization ? [{ ...c, organization }] : [];
  });
}

/** One chairmanship with its organization; undefined if either is gone. */
export async function readChairmanship(store: Store, id: string): Promise<ChairmanshipView | undefined> {
  const chairmanship = await store.chairmanships.get(id);
  const organization = chairmanship ? await store.organizations.get(chairmanship.organizationId) : undefined;
  return chairmanship && organization ? (await withHomeCities(store, [{ ...chairmanship, organization }]))[0] : undefined;
}

export interface SessionRow {
  session: Session;
  bodies: Body[];
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** The sessions of a chairmanship year in start order, with their bodies. */
export async function readYearSessions(store: Store, chairmanship: YearScope): Promise<SessionRow[]> {
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
export async function readYear(store: Store, chairmanship: YearScope): Promise<YearData> {
  const { from, to } = dayRangeUtc(chairmanship.firstDay, chairmanship.lastDay, chairmanship.homeTimeZone);
  const [sessions, bodies] = await Promise.all([
    store.sessions.startingBetween(from, to),
    store.db.bodies.where('organizationId').equals(chairmanship.organizationId).toArray(),
  ]);
  const index = byId(bodies);
  bodies.sort((a, b) => a.position - b.position);
  // Another organization's sessions in the same days belong to its own chairmanship.
  const own = sessions.filter((s) => s.bodyIds.some((id) => index.has(id)));
  return { rows: own.map((session) => ({ session, bodies: sessionBodies(session.bodyIds, index, datePart(session.start)) })), bodies };
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
  const [held, participants, documents] = await Promise.all([
    bodies.getMany(session.bodyIds),
    db.participants.where('sessionId').equals(sessionId).toArray(),
    db.documents.where('sessionId').equals(sessionId).toArray(),
  ]);
  const named = sessionBodies(session.bodyIds, byId(held), datePart(session.start));
  const people = byId(
    await persons.getMany([...participants.map((p) => p.personId), ...(session.chairPersonId ? [session.chairPersonId] : [])]),
  );
  const delegations = await parties.getMany([...new Set(participants.map((p) => p.partyId))]);
  const partyById = byId(delegations);
  const compare = protocolComparator(await store.organizations.ruleOf(delegations[0]?.organizationId), delegations);
  const rows = participants.map((participant) => ({
    participant,
    person: people.get(participant.personId),
    party: partyById.get(participant.partyId),
  }));
  rows.sort(
    (a, b) => (a.party && b.party ? compare(a.party, b.party) : 0) || ROLE_RANK[a.participant.role] - ROLE_RANK[b.participant.role],
  );
  return {
    session,
    bodies: named,
    chair: session.chairPersonId ? people.get(session.chairPersonId) : undefined,
    participants: rows,
    documents,
  };
}

/** Every session of every year of an organization in start order, with its bodies (the decade's archive view). */
export async function readAllSessions(store: Store, organizationId: string): Promise<SessionRow[]> {
  const [all, bodies] = await Promise.all([
    store.db.sessions.orderBy('startUtc').toArray(),
    store.db.bodies.where('organizationId').equals(organizationId).toArray(),
  ]);
  const byBody = byId(bodies);
  const sessions = all.filter((s) => s.bodyIds.some((id) => byBody.has(id)));
  return sessions.map((session) => ({ session, bodies: sessionBodies(session.bodyIds, byBody, datePart(session.start)) }));
}
