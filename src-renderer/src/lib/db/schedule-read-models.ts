// Reads for the schedule beyond the year itself (read-models' readYear): the people of given
// sessions (for person conflicts), and what an ICS export needs.
import type { IcsContext, IcsParticipant } from '../io/ics-export';
import type { AgendaItem, Person, Session } from '../domain/types';
import type { Store } from './index';
import type { YearData } from './read-models';

/** The Schedule's data: the year's sessions with their bodies, and every body. */
export type ScheduleData = YearData;

export const NO_PEOPLE: ReadonlyMap<string, string[]> = new Map();

/** The participants of these sessions, as person ids by session. */
export async function readPeopleOfSessions(store: Store, sessionIds: readonly string[]): Promise<Map<string, string[]>> {
  const people = new Map<string, string[]>();
  // One getAll per session on the sessionId index (a key cursor over the compound index would
  // cost a round trip per participant), all in one transaction rather than one each.
  const { db } = store;
  const rows = await db.transaction('r', db.participants, () =>
    Promise.all(sessionIds.map((id) => db.participants.where('sessionId').equals(id).toArray())),
  );
  sessionIds.forEach((id, i) => {
    const persons = (rows[i] ?? []).map((p) => p.personId);
    if (persons.length) people.set(id, persons);
  });
  return people;
}

/** Everything ICS export needs about these sessions, read in one go. */
export async function readIcsData(
  store: Store,
  sessions: readonly Session[],
): Promise<Pick<IcsContext, 'bodies' | 'agenda' | 'persons'> & { participants: Map<string, IcsParticipant[]> }> {
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
