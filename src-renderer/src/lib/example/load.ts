// Writes the example year in one strict-durability transaction. Every row has a fixed id and
// only missing rows are added, so opening the example twice duplicates nothing and keeps any
// edits made to it meanwhile.
import type { Table } from 'dexie';
import type { Fields, Row } from '../domain/types';
import { stamp } from '../db/table-repository';
import type { Store } from '../db';
import { SessionsRepository } from '../db/sessions';
import * as example from './csto-2015';

async function addMissing<T extends Row>(table: Table<T, string>, rows: T[]): Promise<number> {
  const existing = await table.bulkGet(rows.map((r) => r.id));
  const missing = rows.filter((_, i) => existing[i] === undefined);
  if (missing.length) await table.bulkAdd(missing);
  return missing.length;
}

export interface ExampleLoadResult {
  chairmanshipId: string;
  rowsAdded: number;
}

export async function loadExampleYear(store: Store, now: Date = new Date()): Promise<ExampleLoadResult> {
  const db = store.bulkDb;
  const rows = <T extends Row>(seeds: Omit<T, 'createdAt' | 'updatedAt' | 'rev'>[]): T[] =>
    seeds.map(({ id, ...fields }) => stamp<T>(fields as Fields<T>, now, id));
  const sessions = new SessionsRepository(db, () => now);

  const tables = [
    db.organizations,
    db.themes,
    db.chairmanships,
    db.parties,
    db.bodies,
    db.persons,
    db.appointments,
    db.sessions,
    db.participants,
    db.documents,
    db.actionPlans,
    db.actionItems,
    db.actionUpdates,
  ];
  const rowsAdded = await db.transaction('rw', tables, async () => {
    const counts = await Promise.all([
      addMissing(db.organizations, rows([example.ORGANIZATION])),
      addMissing(db.themes, rows(example.THEMES)),
      addMissing(db.parties, rows(example.PARTIES)),
      addMissing(db.bodies, rows(example.BODIES)),
      addMissing(db.persons, rows(example.PERSONS)),
      addMissing(db.appointments, rows(example.APPOINTMENTS)),
      addMissing(
        db.sessions,
        example.SESSIONS.map(({ id, input }) => sessions.build(input, id)),
      ),
      addMissing(db.participants, rows(example.PARTICIPANTS)),
      addMissing(db.documents, rows(example.DOCUMENTS)),
      addMissing(db.actionPlans, rows([example.ACTION_PLAN])),
      addMissing(db.actionItems, rows(example.ACTION_ITEMS)),
      addMissing(db.actionUpdates, rows(example.ACTION_UPDATES)),
      addMissing(db.chairmanships, rows([example.CHAIRMANSHIP])),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  });
  return { chairmanshipId: example.CHAIRMANSHIP_ID, rowsAdded };
}
