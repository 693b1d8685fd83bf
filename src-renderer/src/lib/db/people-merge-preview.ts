// What merging a person's record into another would move: the numbers the Merge people
// dialog shows before the user confirms (db/people-merge.ts moves them).
import type { Store } from './index';

export interface MergeMoves {
  appointments: number;
  /** Sessions on whose list the record is (a participant row each). */
  sessions: number;
  /** Sessions the record chairs. */
  chairs: number;
  agendaItems: number;
  actionItems: number;
}

export async function readMergeMoves(store: Store, personId: string): Promise<MergeMoves> {
  const { db } = store;
  const [appointments, participations, chairs, agendaItems, actionItems] = await Promise.all([
    db.appointments.where('personId').equals(personId).count(),
    db.participants.where('personId').equals(personId).toArray(),
    db.sessions.filter((s) => s.chairPersonId === personId).count(),
    db.agendaItems.filter((a) => a.presenterId === personId).count(),
    db.actionItems.filter((i) => i.responsible.personIds.includes(personId)).count(),
  ]);
  return { appointments, sessions: new Set(participations.map((p) => p.sessionId)).size, chairs, agendaItems, actionItems };
}
