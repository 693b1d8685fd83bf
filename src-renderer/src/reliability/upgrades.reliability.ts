// docs/quality.md reliability 6, "upgrades", the part that needs no browser (the browser half,
// e2e/reliability/upgrade.reliability.ts, covers the second window and the newer database):
// a fixture database of every earlier schema version opens with the current code with every
// row accounted for, and an upgrade that throws halfway leaves the old database as it was,
// at its old version, and usable by the code that wrote it.
import { Dexie } from 'dexie';
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from '../lib/db';
import { ChairdeskDB } from '../lib/db/db';
import { canonicalJson, sha256Hex } from '../lib/backup/io/canonical-json';
import { DatabaseOpenError } from '../lib/db/errors';
import { FIXTURES, installFixture, rowKeys, type Fixture } from '../lib/db/migrations/harness';
import { CURRENT_VERSION } from '../lib/db/schema';
import { recordFigure } from './harness';

/** The next version of Chairdesk, with a bug: its upgrade rewrites half the sessions and throws. */
class UpgradeThatThrows extends ChairdeskDB {
  constructor(name: string, durability: 'relaxed' | 'strict') {
    super(name, durability);
    this.version(CURRENT_VERSION + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('sessions')
          .toCollection()
          .modify((session: { title: unknown }) => {
            session.title = { en: 'half upgraded', ru: '' };
          });
        throw new Error('a bug in the next version’s upgrade');
      });
  }
}

const figure: Record<string, unknown> = {};
afterAll(() => recordFigure('upgrades', figure));

async function fixtureStore(fixture: Fixture): Promise<{ name: string; open: () => Promise<Store> }> {
  const name = `upgrade-v${fixture.version}-${crypto.randomUUID()}`;
  await installFixture(name, fixture);
  return { name, open: () => openStore(createStore(name), () => undefined) };
}

const close = (store: Store): void => {
  store.db.close();
  store.bulkDb.close();
};

/**
 * A database as it is stored, read with plain IndexedDB without opening it at a version (so
 * without upgrading it): its schema version, and the SHA-256 of every store's rows, in
 * primary-key order.
 */
async function stored(name: string): Promise<{ version: number; hash: string }> {
  const { version, rows } = await new Promise<{ version: number; rows: Record<string, unknown[]> }>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames].sort();
      const tables: Record<string, unknown[]> = {};
      const tx = db.transaction(names, 'readonly');
      for (const store of names) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => (tables[store] = all.result as unknown[]);
      }
      tx.onerror = () => reject(new Error(tx.error?.message ?? 'read failed'));
      tx.oncomplete = () => {
        db.close();
        // Dexie keeps IndexedDB versions at ten times its own.
        resolve({ version: db.version / 10, rows: tables });
      };
    };
  });
  return { version, hash: await sha256Hex(canonicalJson(rows)) };
}

/** The primary key of `row` in `table` of `db` as rowKeys() reads it (a compound key as "a,b"). */
function keyOf(db: Dexie, table: string, row: Record<string, unknown>): string {
  const { keyPath } = db.table(table).schema.primKey;
  const at = (path: string): unknown => Dexie.getByKeyPath(row, path);
  return String(Array.isArray(keyPath) ? keyPath.map(at) : at(keyPath ?? ''));
}

describe('upgrades', () => {
  it('opens a fixture database of every earlier schema version with current code, every row accounted for', async () => {
    const versions: Record<number, { rows: number; accounted: number }> = {};
    for (const fixture of FIXTURES) {
      const store = await (await fixtureStore(fixture)).open();
      const keys = await rowKeys(store.db);
      // Each row under its table's primary key, whatever it is (tombstones: [table+id]).
      const fixtureKeys = Object.entries(fixture.tables).flatMap(([table, tableRows]) =>
        tableRows.map((row) => [table, keyOf(store.db, table, row)] as const),
      );
      close(store);
      const rows = fixtureKeys.length;
      const accounted = fixtureKeys.filter(([table, key]) => keys[table]?.includes(key)).length;
      versions[fixture.version] = { rows, accounted };
    }
    figure.fixtures = versions;
    expect(Object.keys(versions).map(Number)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    for (const { rows, accounted } of Object.values(versions)) expect(accounted).toBe(rows);
  });

  it('leaves the old database as it was, and usable, when an upgrade throws halfway', async () => {
    const outcomes: Record<number, { refused: string; versionKept: boolean; sameHash: boolean; writable: boolean }> = {};
    for (const fixture of FIXTURES) {
      // The old database as the version that wrote it left it.
      const { name, open } = await fixtureStore(fixture);
      const { hash: expected } = await stored(name);
      const db = new UpgradeThatThrows(name, 'relaxed');
      const bulkDb = new UpgradeThatThrows(name, 'strict');
      const broken: Store = {
        ...createStore(name),
        db,
        bulkDb,
        close: () => {
          db.close();
          bulkDb.close();
        },
      };
      const refusal = await openStore(broken, () => undefined).then(
        () => 'opened',
        (error: unknown) => (error instanceof DatabaseOpenError ? error.reason : String(error)),
      );
      close(broken);
      // Read before the current code opens it (which upgrades it, stamping the time and this
      // copy's writer name): every store, every row, as it was.
      const after = await stored(name);
      const versionKept = after.version === fixture.version;
      const sameHash = after.hash === expected;

      const store = await open();
      const added = await store.persons.add({
        organizationId: EXAMPLE_ORGANIZATION_ID,
        names: { en: { given: 'After', family: 'Failure' }, ru: { given: '', family: '' } },
        honorific: { en: '', ru: '' },
      });
      const writable = (await store.persons.get(added.id))?.names.en.family === 'Failure';
      close(store);
      outcomes[fixture.version] = { refused: refusal, versionKept, sameHash, writable };
    }
    figure.throwingUpgrade = outcomes;
    for (const outcome of Object.values(outcomes))
      expect(outcome).toEqual({ refused: 'upgrade-failed', versionKept: true, sameHash: true, writable: true });
  });
});
