// Writes a previewed reference import (io/reference-file-plan.ts) all or nothing: one
// strict-durability transaction over the reference tables. Added rows are written as the
// file has them (so an export imported into an empty profile is the same data, to the
// hash); a row deleted here before comes back as written now, its tombstone removed. Updated
// rows move on by one version each, their changed fields stamped. A stored row that changed
// since the preview was read refuses the whole import.
import type { Table } from 'dexie';
import type { Row } from '../domain/types';
import { ReferenceFileError } from '../io/reference-file-format';
import type { PlannedRow, ReferencePlan } from '../io/reference-file-plan';
import type { ChairdeskDB } from './db';
import type { Store } from './index';
import { followChairStates } from './reference-writes';
import { nextVersion } from './table-repository';

export interface ReferenceImportReport {
  organizationId: string;
  added: number;
  updated: number;
}

async function apply<T extends Row>(
  db: ChairdeskDB,
  table: Table<T, string>,
  rows: readonly PlannedRow<T>[],
  now: Date,
): Promise<ReferenceImportReport> {
  const updates = rows.filter((r) => r.action === 'update');
  const current = await table.bulkGet(updates.map((u) => u.stored?.id ?? u.row.id));
  const next = updates.map((u, i) => {
    const stored = current[i];
    if (!stored || stored.rev !== u.stored?.rev) throw new ReferenceFileError('changed-meanwhile', [], `${table.name} ${u.row.id}`);
    return nextVersion(db, stored, { ...u.row, id: stored.id }, now);
  });
  const added = rows.filter((r) => r.action === 'add').map((r) => r.row);
  const stones = await db.tombstones.bulkGet(added.map((r): [string, string] => [table.name, r.id]));
  const revived = added.map((row, i) => (stones[i] ? { ...row, hlc: db.hlc.tick() } : row));
  await table.bulkAdd(revived);
  await db.tombstones.bulkDelete(added.flatMap((r, i): [string, string][] => (stones[i] ? [[table.name, r.id]] : [])));
  await table.bulkPut(next);
  return { organizationId: '', added: added.length, updated: next.length };
}

export async function commitReferenceImport(store: Store, plan: ReferencePlan, now: Date = new Date()): Promise<ReferenceImportReport> {
  const db = store.bulkDb;
  const tables = [db.organizations, db.parties, db.bodies, db.persons, db.appointments, db.themes, db.tombstones, db.chairmanships];
  return db.transaction('rw', tables, async () => {
    const organizationId = plan.organization.row.id;
    const counts = [
      await apply(db, db.organizations, [plan.organization], now),
      await apply(db, db.parties, plan.parties, now),
      await apply(db, db.bodies, plan.bodies, now),
      await apply(db, db.persons, plan.persons, now),
      await apply(db, db.appointments, plan.appointments, now),
      await apply(db, db.themes, plan.themes, now),
    ];
    // A chairing state the file renames is named anew by the chairmanships it holds.
    await followChairStates(db, await db.parties.where('organizationId').equals(organizationId).toArray(), now);
    return {
      organizationId,
      added: counts.reduce((n, c) => n + c.added, 0),
      updated: counts.reduce((n, c) => n + c.updated, 0),
    };
  });
}
