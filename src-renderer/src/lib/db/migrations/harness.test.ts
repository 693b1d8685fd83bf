import { describe, expect, it } from 'vitest';
import { createStore, openStore } from '../index';
import { CURRENT_VERSION } from '../schema';
import { FIXTURES as fixtures, installFixture, rowKeys } from './harness';

const keyOf = (table: string, row: Record<string, unknown>): string =>
  table === 'tombstones' ? `${String(row.table)},${String(row.id)}` : String(row.id ?? row.key);

describe('upgrades from every earlier schema version', () => {
  it('has a fixture for every version before the current one, and for the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'opens a version %i database with current code, every row accounted for',
    async (_v, fixture) => {
      const name = `fixture-v${fixture.version}-${crypto.randomUUID()}`;
      await installFixture(name, fixture);
      const store = await openStore(createStore(name), () => undefined);
      expect(store.db.verno).toBe(CURRENT_VERSION);
      const keys = await rowKeys(store.db);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const expected = rows.map((r) => keyOf(table, r)).sort();
        // Every row the earlier version kept is still here, under its key; upgrades add rows
        // only to the tables they create, and opening adds this copy's writer name.
        expect(
          keys[table]?.filter((k) => expected.includes(k)),
          table,
        ).toEqual(expected);
        const added = keys[table]?.filter((k) => !expected.includes(k)) ?? [];
        expect(added, table).toEqual(table === 'settings' && !expected.includes('replica') ? ['replica'] : []);
      }
      const april = await store.sessions.get('ex-session-2015-04-02-cfm');
      expect(april?.startUtc).toBe('2015-04-01T19:00:00.000Z');
      store.db.close();
      store.bulkDb.close();
    },
  );
});
