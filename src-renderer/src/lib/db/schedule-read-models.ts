// Reads for the schedule: the year's sessions with their bodies and the people in each
// (for person conflicts), every body, and what an ICS export needs.
import { Dexie } from 'dexie';
import { conflictMap, overlappingIds, type Conflict } from '../domain/conflicts';
import type { IcsContext, IcsParticipant } from '../io/ics-export';
import type { AgendaItem, Body, Chairmanship, Person, Session } from '../domain/types';
import type { Store } from './index';
import { readYearSessions, type SessionRow } from './read-models';

export interface ScheduleData {
  rows: SessionRow[];
  bodies: Body[];
  /** Persons taking part in each session that overlaps another one (for person conflicts). */
  people: Map<string, string[]>;
}

export const NO_PEOPLE: ReadonlyMap<string, string[]> = new Map();

/**
 * The participants of these sessions, as person ids by session. Read from the unique
 * [sessionId+personId] index's keys: no participant row is loaded.
 */
export async function readPeopleOfSessions(store: Store, sessionIds: readonly string[]): Promise<Map<string, string[]>> {
  const people = new Map<string, string[]>();
  const keys = await Promise.all(
    sessionIds.map((id) => store.db.participants.where('[sessionId+personId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).keys()),
  );
  sessionIds.forEach((id, i) => {
    const persons = (keys[i] ?? []).flatMap((key) => (Array.isArray(key) && typeof key[1] === 'string' ? [key[1]] : []));
    if (persons.length) people.set(id, persons);
  });
  return people;
}

export async function readScheduleData(store: Store, chairmanship: Pick<Chairmanship, 'year' | 'homeTimeZone'>): Promise<ScheduleData> {
  const rows = await readYearSessions(store, chairmanship);
  // Only sessions that overlap another one in time can share a person with it.
  const [bodies, people] = await Promise.all([
    store.db.bodies.toArray(),
    readPeopleOfSessions(store, [...overlappingIds(rows.map((r) => r.session))]),
  ]);
  bodies.sort((a, b) => a.acronym.en.localeCompare(b.acronym.en));
  return { rows, bodies, people };
}

export interface ScheduleView extends ScheduleData {
  conflicts: Map<string, Conflict[]>;
}

export function emptySchedule(): ScheduleView {
  return { rows: [], bodies: [], people: new Map(), conflicts: new Map() };
}

/** The year's sessions with every conflict among them. */
export async function readScheduleView(store: Store, chairmanship: Pick<Chairmanship, 'year' | 'homeTimeZone'>): Promise<ScheduleView> {
  const data = await readScheduleData(store, chairmanship);
  return {
    ...data,
    conflicts: conflictMap(
      data.rows.map((r) => r.session),
      data.people,
    ),
  };
}

/** Everything ICS export needs about these sessions, read in one go. */
export async function readIcsData(
  store: Store,
  sessions: readonly Session[],
): Promise<Pick<IcsContext, 'bodies' | 'agenda' | 'participants' | 'persons'>> {
  const ids = sessions.map((s) => s.id);
  const [bodies, agendaRows, participantRows] = await Promise.all([
    store.db.bodies.toArray(),
    Promise.all(ids.map((id) => store.agenda.forSession(id))),
    store.db.participants.where('sessionId').anyOf(ids).toArray(),
  ]);
  const personIds = new Set<string>([
    ...participantRows.flatMap((p) => [p.personId, ...(p.representsPersonId ? [p.representsPersonId] : [])]),
    ...agendaRows.flat().flatMap((a) => (a.presenterId ? [a.presenterId] : [])),
  ]);
  const persons = new Map((await store.persons.getMany([...personIds])).map((p): [string, Person] => [p.id, p]));
  const agenda = new Map<string, AgendaItem[]>(ids.map((id, i) => [id, agendaRows[i] ?? []]));
  const participants = new Map<string, IcsParticipant[]>();
  for (const participant of participantRows) {
    participants.set(participant.sessionId, [
      ...(participants.get(participant.sessionId) ?? []),
      { participant, person: persons.get(participant.personId) },
    ]);
  }
  return { bodies: new Map(bodies.map((b) => [b.id, b])), agenda, participants, persons };
}
