// The Dexie database `chairdesk`: one class, every schema version registered, and two
// instances: `db` for ordinary edits (relaxed durability) and `bulkDb` for imports,
// restores and migrations (strict durability: committed means on disk), made when first used.
import { Dexie, type Table } from 'dexie';
import type {
  ActionItem,
  ActionPlan,
  ActionUpdate,
  AgendaItem,
  Appointment,
  Body,
  Chairmanship,
  Organization,
  OutcomeDocument,
  Participant,
  Party,
  Person,
  SeatingPlan,
  Session,
  SessionJournal,
  Setting,
  Theme,
  Tombstone,
} from '../domain/types';
import { HybridClock } from '../domain/changes';
import { UPGRADES } from './migrations';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'chairdesk';

export class ChairdeskDB extends Dexie {
  organizations!: Table<Organization, string>;
  themes!: Table<Theme, string>;
  tombstones!: Table<Tombstone, [string, string]>;
  chairmanships!: Table<Chairmanship, string>;
  parties!: Table<Party, string>;
  bodies!: Table<Body, string>;
  persons!: Table<Person, string>;
  appointments!: Table<Appointment, string>;
  sessions!: Table<Session, string>;
  agendaItems!: Table<AgendaItem, string>;
  participants!: Table<Participant, string>;
  documents!: Table<OutcomeDocument, string>;
  seatingPlans!: Table<SeatingPlan, string>;
  journals!: Table<SessionJournal, string>;
  actionPlans!: Table<ActionPlan, string>;
  actionItems!: Table<ActionItem, string>;
  actionUpdates!: Table<ActionUpdate, string>;
  settings!: Table<Setting, string>;

  constructor(
    name: string = DATABASE_NAME,
    durability: 'relaxed' | 'strict' = 'relaxed',
    /** Stamps every write for merges; one per window, shared by its two instances. */
    readonly hlc: HybridClock = new HybridClock(),
  ) {
    super(name, { chromeTransactionDurability: durability });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export interface Databases {
  /** Ordinary edits. */
  readonly db: ChairdeskDB;
  /**
   * Imports, restores, the example year: strict durability. Made the first time it is asked
   * for: a start makes one instance, not two.
   */
  readonly bulkDb: ChairdeskDB;
  /** Closes both instances (the bulk one only if it was made). */
  close(): void;
}

export function createDatabases(name: string = DATABASE_NAME, hlc: HybridClock = new HybridClock()): Databases {
  const db = new ChairdeskDB(name, 'relaxed', hlc);
  let bulkDb: ChairdeskDB | undefined;
  return {
    db,
    get bulkDb() {
      return (bulkDb ??= new ChairdeskDB(name, 'strict', hlc));
    },
    close() {
      db.close();
      bulkDb?.close();
    },
  };
}
