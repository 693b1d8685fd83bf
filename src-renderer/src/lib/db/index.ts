// The data layer's front door: the two database instances and one repository per aggregate.
import { AgendaRepository } from './agenda';
import { ActionItemsRepository, ActionPlansRepository } from './action-plan';
import { AppointmentsRepository } from './appointments';
import { BodiesRepository } from './bodies';
import { ChairmanshipsRepository } from './chairmanships';
import { createDatabases, DATABASE_NAME, type ChairdeskDB } from './db';
import { DocumentsRepository } from './documents';
import { DatabaseOpenError, classifyOpenError } from './errors';
import { JournalsRepository } from './journals';
import { OrganizationsRepository } from './organizations';
import { PartiesRepository } from './parties';
import { ParticipantsRepository } from './participants';
import { PersonsRepository } from './persons';
import { CURRENT_VERSION } from './schema';
import { SeatingPlansRepository } from './seating-plans';
import { SessionsRepository } from './sessions';
import { isReplica, SettingKey, SettingsRepository, type Replica } from './settings';
import { ThemesRepository } from './themes';
import { systemClock, type Clock } from './table-repository';

export interface Store {
  readonly db: ChairdeskDB;
  /** Made the first time it is asked for (an import, a restore, a merge). */
  readonly bulkDb: ChairdeskDB;
  /** Closes the database, both instances (without making the bulk one to close it). */
  close(): void;
  organizations: OrganizationsRepository;
  themes: ThemesRepository;
  chairmanships: ChairmanshipsRepository;
  parties: PartiesRepository;
  bodies: BodiesRepository;
  persons: PersonsRepository;
  appointments: AppointmentsRepository;
  sessions: SessionsRepository;
  agenda: AgendaRepository;
  settings: SettingsRepository;
  participants: ParticipantsRepository;
  actionPlans: ActionPlansRepository;
  actionItems: ActionItemsRepository;
  documents: DocumentsRepository;
  seatingPlans: SeatingPlansRepository;
  journals: JournalsRepository;
}

export function createStore(name: string = DATABASE_NAME, clock: Clock = systemClock): Store {
  const databases = createDatabases(name);
  const { db } = databases;
  return {
    db,
    get bulkDb() {
      return databases.bulkDb;
    },
    close: () => databases.close(),
    organizations: new OrganizationsRepository(db, clock),
    themes: new ThemesRepository(db, clock),
    chairmanships: new ChairmanshipsRepository(db, clock),
    parties: new PartiesRepository(db, clock),
    bodies: new BodiesRepository(db, clock),
    persons: new PersonsRepository(db, clock),
    appointments: new AppointmentsRepository(db, clock),
    sessions: new SessionsRepository(db, clock),
    agenda: new AgendaRepository(db, clock),
    settings: new SettingsRepository(db, clock),
    participants: new ParticipantsRepository(db, clock),
    actionPlans: new ActionPlansRepository(db, clock),
    actionItems: new ActionItemsRepository(db, clock),
    documents: new DocumentsRepository(db, clock),
    seatingPlans: new SeatingPlansRepository(db, clock),
    journals: new JournalsRepository(db, clock),
  };
}

/**
 * Opens the app's instance (upgrading the schema if need be). A database left at a newer
 * version, an upgrade that throws, or another window holding an older version become a
 * DatabaseOpenError with a reason. The bulk instance opens itself at its first import or
 * restore, on the schema this open has settled: start-up waits for one connection, not two.
 */
export async function openStore(store: Store, onVersionChange: () => void): Promise<Store> {
  await openDatabase(store, onVersionChange);
  await adoptReplica(store);
  return store;
}

/**
 * The first half of openStore: the database open, at a version this code knows. Reads may
 * start here; writes wait for adoptReplica, which names this copy as their writer.
 */
export async function openDatabase(store: Store, onVersionChange: () => void): Promise<void> {
  // Another window (or tab) wants to upgrade the schema: stop writing and ask for a reload. The
  // bulk instance, when one has been made and opened, hears it too and closes itself (Dexie's
  // default); it is closed here all the same, so the other window is not kept waiting.
  store.db.on('versionchange', () => {
    store.close();
    onVersionChange();
    return false;
  });
  try {
    await Promise.race([
      store.db.open(),
      new Promise((_, reject) =>
        store.db.on('blocked', () => reject(new DatabaseOpenError('blocked', 'another window holds an older version'))),
      ),
    ]);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(classifyOpenError(error), error instanceof Error ? error.message : String(error));
  }
  // Dexie 4 opens a database that newer code upgraded; this code must not write to it.
  // (Dexie keeps IndexedDB versions at ten times its own.)
  const installed = store.db.backendDB().version / 10;
  if (installed > CURRENT_VERSION) {
    store.close();
    throw new DatabaseOpenError('newer-version', `schema version ${installed}, this version knows ${CURRENT_VERSION}`);
  }
}

/** The second half of openStore: this copy's name as a writer, read (or made, on the first open) and used to stamp its writes. */
export async function adoptReplica(store: Store): Promise<void> {
  store.db.hlc.node = (await replicaOf(store)).node;
}

/** This copy's name as a writer, and what it has seen of other copies' writes (made on first open). */
export async function replicaOf(store: Store): Promise<Replica> {
  const saved = await store.settings.get<Replica | null>(SettingKey.replica, null, isReplica);
  if (saved) return saved;
  const made: Replica = { node: store.db.hlc.node, seen: {} };
  await store.settings.set(SettingKey.replica, made);
  return made;
}

let current: Store | null = null;

/** The app's store, set once at start-up. */
export function store(): Store {
  if (!current) throw new Error('The data store is not open yet.');
  return current;
}

export function setStore(value: Store): void {
  current = value;
}
