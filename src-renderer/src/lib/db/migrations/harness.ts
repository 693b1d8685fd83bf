// The upgrade-test harness: installs a fixture database exactly as an earlier version of
// Chairdesk left it (that version's schema, that version's rows), so a test can open it with
// the current code and account for every row. Each new schema version adds a fixture here.
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS } from '../schema';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';

export interface Fixture {
  /** The schema version that wrote these rows. */
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

/** One fixture per schema version, oldest first. */
export const FIXTURES: readonly Fixture[] = [v1, v2, v3];

export async function installFixture(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= fixture.version)) old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Every row of every table, by table, with its primary key. */
export async function rowKeys(db: Dexie): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  // Compound keys ([table+id]) read as "table,id".
  for (const table of db.tables) result[table.name] = (await table.toCollection().primaryKeys()).map(String).sort();
  return result;
}
