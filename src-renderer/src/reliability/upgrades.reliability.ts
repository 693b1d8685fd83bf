// docs/quality.md reliability 6, "upgrades", the part that needs no browser (the browser half,
// e2e/reliability/upgrade.reliability.ts, covers the second window and the newer database):
// a fixture database of every earlier schema version opens with the current code with every
// row accounted for, and an upgrade that throws halfway leaves the old database as it was,
// at its old version, and usable by the code that wrote it.
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from '../lib/db';
import { databaseHash } from '../lib/db/backup';
import { ChairdeskDB } from '../lib/db/db';
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

/** The IndexedDB version of a database, read without opening it at a version (so without upgrading it). */
function installedVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      // Dexie keeps IndexedDB versions at ten times its own.
      resolve(request.result.version / 10);
      request.result.close();
    };
    request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
  });
}

describe('upgrades', () => {
  it('opens a fixture database of every earlier schema version with current code, every row accounted for', async () => {
    const versions: Record<number, { rows: number; accounted: number }> = {};
    for (const fixture of FIXTURES) {
      const store = await (await fixtureStore(fixture)).open();
      const keys = await rowKeys(store.db);
      close(store);
      const rows = Object.values(fixture.tables).flat().length;
      const accounted = Object.entries(fixture.tables)
        .flatMap(([table, tableRows]) => tableRows.map((row) => [table, String(row.id ?? row.key)] as const))
        .filter(([table, key]) => keys[table]?.includes(key)).length;
      versions[fixture.version] = { rows, accounted };
    }
    figure.fixtures = versions;
    expect(Object.keys(versions).map(Number)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    for (const { rows, accounted } of Object.values(versions)) expect(accounted).toBe(rows);
  });

  it('leaves the old database as it was, and usable, when an upgrade throws halfway', async () => {
    const outcomes: Record<number, { refused: string; versionKept: boolean; sameHash: boolean; writable: boolean }> = {};
    for (const fixture of FIXTURES) {
      // What the current code makes of this fixture when nothing goes wrong.
      const reference = await (await fixtureStore(fixture)).open();
      const expected = await databaseHash(reference.db);
      close(reference);

      const { name, open } = await fixtureStore(fixture);
      const broken: Store = {
        ...createStore(name),
        db: new UpgradeThatThrows(name, 'relaxed'),
        bulkDb: new UpgradeThatThrows(name, 'strict'),
      };
      const refusal = await openStore(broken, () => undefined).then(
        () => 'opened',
        (error: unknown) => (error instanceof DatabaseOpenError ? error.reason : String(error)),
      );
      close(broken);
      const versionKept = (await installedVersion(name)) === fixture.version;

      const store = await open();
      const sameHash = (await databaseHash(store.db)) === expected;
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
