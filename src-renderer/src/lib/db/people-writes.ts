// Writes about persons that touch several rows at once, each in one transaction: a seat's
// succession, an import (strict durability: committed means on disk), a person's removal.
import { succession, type AppointmentError } from '../domain/seats';
import type { Appointment, Fields, IsoDate, Person } from '../domain/types';
import { NotFoundError, ValidationError } from './errors';
import type { Store } from './index';
import { assertFresh, fieldsOf, nextVersion, reviveRows, stamp } from './table-repository';

/** The successor takes the seat on `from`; the predecessor's appointment ends the day before. */
export async function recordSuccessor(store: Store, current: Appointment, successorId: string, from: IsoDate): Promise<Appointment> {
  const plan = succession(current, successorId, from);
  if (Array.isArray(plan)) throw new ValidationError<AppointmentError>('appointments', plan);
  return store.db.transaction('rw', store.db.appointments, async () => {
    await store.appointments.update(current, plan.close);
    return store.appointments.appoint(plan.open);
  });
}

/**
 * Adds every imported person, and completes the stored persons imported rows were merged
 * into, or does nothing: one strict-durability transaction. A stored person edited since the
 * preview read it refuses the import.
 */
export async function commitPersonImport(
  store: Store,
  persons: readonly Fields<Person>[],
  merges: readonly { base: Person; next: Person }[] = [],
  now: Date = new Date(),
): Promise<Person[]> {
  const rows = persons.map((p) => stamp<Person>(p, now));
  const { bulkDb } = store;
  await bulkDb.transaction('rw', bulkDb.persons, async () => {
    await bulkDb.persons.bulkAdd(rows);
    // Nothing is read after the last write when nothing is merged: a transaction aborted once
    // its writes are done (a full disk) then fails with its own error, not with a read refused
    // by the aborted transaction.
    if (!merges.length) return;
    const current = await bulkDb.persons.bulkGet(merges.map((m) => m.base.id));
    const next = merges.map(({ base, next }, i) => {
      const stored = current[i];
      if (!stored) throw new NotFoundError('persons', base.id);
      assertFresh(bulkDb, 'persons', base, stored);
      return nextVersion(bulkDb, stored, { ...stored, ...fieldsOf(next) }, now);
    });
    await bulkDb.persons.bulkPut(next);
  });
  return rows;
}

/** Removes a person who is on no session's list and holds no seat (history stays whole). */
export async function removePerson(store: Store, base: Person): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.persons, db.participants, db.appointments, db.tombstones], async () => {
    const inUse =
      (await db.participants.where('personId').equals(base.id).count()) + (await db.appointments.where('personId').equals(base.id).count());
    if (inUse > 0) throw new ValidationError('persons', [{ field: 'person', code: 'in-use' }]);
    await store.persons.remove(base);
  });
}

/** Puts back a person removed a moment ago (Undo). */
export async function restorePerson(store: Store, row: Person): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.persons, db.tombstones], () => reviveRows(db, db.persons, [row]));
}
