// Undo of a deleted state, body or theme: the row put back as it was, its tombstone removed.
import type { Body, Party, Theme } from '../domain/types';
import type { Store } from './index';
import { reviveRows } from './table-repository';

export type ReferenceRow = { table: 'parties'; row: Party } | { table: 'bodies'; row: Body } | { table: 'themes'; row: Theme };

export async function restoreReferenceRow(store: Store, deleted: ReferenceRow): Promise<void> {
  const { db } = store;
  switch (deleted.table) {
    case 'parties':
      return db.transaction('rw', [db.parties, db.tombstones], () => reviveRows(db, db.parties, [deleted.row]));
    case 'bodies':
      return db.transaction('rw', [db.bodies, db.tombstones], () => reviveRows(db, db.bodies, [deleted.row]));
    case 'themes':
      return db.transaction('rw', [db.themes, db.tombstones], () => reviveRows(db, db.themes, [deleted.row]));
  }
}
