// Merging two records of one person: the one kept takes over the other's seats,
// participations, chairs, agenda items and Action Plan responsibilities, and fills its empty
// fields from it; the other is deleted, its tombstone naming the one kept (so a colleague's
// backup that still refers to it is redirected by a merge). One transaction; Undo puts every
// row back as it was.
import type { Table } from 'dexie';
import { filledFrom } from '../domain/person-fill';
import type { ActionItem, AgendaItem, Appointment, Participant, Person, Row, Session } from '../domain/types';
import { NotFoundError, ValidationError } from './errors';
import type { Store } from './index';
import { buryRows, fieldsOf, nextVersion, reviveRows } from './table-repository';

type Changed<T> = { before: T; after: T };

/** What a merge changed, for Undo. */
export interface PeopleMerge {
  kept: Changed<Person>;
  removed: Person;
  participants: Changed<Participant>[];
  /** Participant rows of the removed person on a session where the kept one already was. */
  removedParticipants: Participant[];
  appointments: Changed<Appointment>[];
  sessions: Changed<Session>[];
  agendaItems: Changed<AgendaItem>[];
  actionItems: Changed<ActionItem>[];
}

/** The kept person's fields, each empty one filled from the other record (domain/person-fill.ts). */
export function mergedPerson(keep: Person, drop: Person): Person {
  return filledFrom(keep, drop);
}

export async function mergePeople(store: Store, keepId: string, dropId: string): Promise<PeopleMerge> {
  if (keepId === dropId) throw new ValidationError('persons', [{ field: 'person', code: 'same-person' }]);
  const { db } = store;
  const tables = [db.persons, db.participants, db.appointments, db.sessions, db.agendaItems, db.actionItems, db.tombstones];
  return db.transaction('rw', tables, async () => {
    const [keep, drop] = await Promise.all([db.persons.get(keepId), db.persons.get(dropId)]);
    if (!keep) throw new NotFoundError('persons', keepId);
    if (!drop) throw new NotFoundError('persons', dropId);
    if (keep.organizationId !== drop.organizationId)
      throw new ValidationError('persons', [{ field: 'person', code: 'other-organization' }]);
    const now = new Date();
    const change = <T extends Row>(before: T, after: T): Changed<T> => ({ before, after: nextVersion(db, before, after, now) });

    const keptPerson = change(keep, mergedPerson(keep, drop));
    const own = await db.participants.where('personId').equals(keepId).toArray();
    const ownSessions = new Map(own.map((p) => [p.sessionId, p]));
    const theirs = await db.participants.where('personId').equals(dropId).toArray();
    const removedParticipants: Participant[] = [];
    const participants: Changed<Participant>[] = [];
    for (const p of theirs) {
      const mine = ownSessions.get(p.sessionId);
      if (!mine) {
        participants.push(change(p, { ...p, personId: keepId }));
        continue;
      }
      removedParticipants.push(p);
      // The kept row takes what the other recorded where it recorded nothing.
      if (mine.attendance === 'unknown' && p.attendance !== 'unknown') {
        participants.push(change(mine, { ...mine, attendance: p.attendance, ...(p.checkedInAt ? { checkedInAt: p.checkedInAt } : {}) }));
      }
    }
    const representing = await db.participants.filter((p) => p.representsPersonId === dropId).toArray();
    for (const p of representing) {
      if (removedParticipants.some((r) => r.id === p.id)) continue;
      const moved = participants.find((c) => c.before.id === p.id);
      if (moved) moved.after = { ...moved.after, representsPersonId: keepId };
      else participants.push(change(p, { ...p, representsPersonId: keepId }));
    }
    const appointments = (await db.appointments.where('personId').equals(dropId).toArray()).map((a) =>
      change(a, { ...a, personId: keepId }),
    );
    const sessions = (await db.sessions.filter((s) => s.chairPersonId === dropId).toArray()).map((s) =>
      change(s, { ...s, chairPersonId: keepId }),
    );
    const agendaItems = (await db.agendaItems.filter((a) => a.presenterId === dropId).toArray()).map((a) =>
      change(a, { ...a, presenterId: keepId }),
    );
    const actionItems = (await db.actionItems.filter((i) => i.responsible.personIds.includes(dropId)).toArray()).map((i) =>
      change(i, {
        ...i,
        responsible: { ...i.responsible, personIds: [...new Set(i.responsible.personIds.map((id) => (id === dropId ? keepId : id)))] },
      }),
    );

    await db.persons.put(keptPerson.after);
    await db.participants.bulkDelete(removedParticipants.map((p) => p.id));
    await db.participants.bulkPut(participants.map((c) => c.after));
    await db.appointments.bulkPut(appointments.map((c) => c.after));
    await db.sessions.bulkPut(sessions.map((c) => c.after));
    await db.agendaItems.bulkPut(agendaItems.map((c) => c.after));
    await db.actionItems.bulkPut(actionItems.map((c) => c.after));
    await db.persons.delete(dropId);
    await buryRows(db, 'persons', [dropId], now, keepId);
    for (const p of removedParticipants) await buryRows(db, 'participants', [p.id], now, ownSessions.get(p.sessionId)?.id);
    return { kept: keptPerson, removed: drop, participants, removedParticipants, appointments, sessions, agendaItems, actionItems };
  });
}

/** Puts every row a merge changed back as it was before (rows edited since keep those later edits' other fields). */
export async function undoMergePeople(store: Store, merge: PeopleMerge): Promise<void> {
  const { db } = store;
  const tables = [db.persons, db.participants, db.appointments, db.sessions, db.agendaItems, db.actionItems, db.tombstones];
  await db.transaction('rw', tables, async () => {
    const now = new Date();
    const back = async <T extends Row>(table: Table<T, string>, rows: Changed<T>[]): Promise<void> => {
      for (const { before } of rows) {
        const current = await table.get(before.id);
        if (current) await table.put(nextVersion(db, current, { ...current, ...fieldsOf(before) }, now));
      }
    };
    await back(db.persons, [merge.kept]);
    await back(db.participants, merge.participants);
    await back(db.appointments, merge.appointments);
    await back(db.sessions, merge.sessions);
    await back(db.agendaItems, merge.agendaItems);
    await back(db.actionItems, merge.actionItems);
    await reviveRows(db, db.persons, [merge.removed]);
    await reviveRows(db, db.participants, merge.removedParticipants);
  });
}
