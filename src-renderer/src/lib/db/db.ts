// The Dexie database `chairdesk`: one class, every schema version registered, and two
// instances: `db` for ordinary edits (relaxed durability) and `bulkDb` for imports,
// restores and migrations (strict durability: committed means on disk).
import { Dexie, type Table } from 'dexie';
import type {
  ActionItem,
  ActionPlan,
  ActionUpdate,
  AgendaItem,
  Appointment,
  Body,
  Chairmanship,
  OutcomeDocument,
  Participant,
  Party,
  Person,
  Session,
  Setting,
} from '../domain/types';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'chairdesk';

export class ChairdeskDB extends Dexie {
  chairmanships!: Table<Chairmanship, string>;
  parties!: Table<Party, string>;
  bodies!: Table<Body, string>;
  persons!: Table<Person, string>;
  appointments!: Table<Appointment, string>;
  sessions!: Table<Session, string>;
  agendaItems!: Table<AgendaItem, string>;
  participants!: Table<Participant, string>;
  documents!: Table<OutcomeDocument, string>;
  actionPlans!: Table<ActionPlan, string>;
  actionItems!: Table<ActionItem, string>;
  actionUpdates!: Table<ActionUpdate, string>;
  settings!: Table<Setting, string>;

  constructor(name: string = DATABASE_NAME, durability: 'relaxed' | 'strict' = 'relaxed') {
    super(name, { chromeTransactionDurability: durability });
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

export interface Databases {
  /** Ordinary edits. */
  db: ChairdeskDB;
  /** Imports, restores, the example year: strict durability. */
  bulkDb: ChairdeskDB;
}

export function createDatabases(name: string = DATABASE_NAME): Databases {
  return { db: new ChairdeskDB(name, 'relaxed'), bulkDb: new ChairdeskDB(name, 'strict') };
}
