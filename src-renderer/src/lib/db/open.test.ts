import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createStore, openStore } from './index';
import { classifyOpenError, DatabaseOpenError } from './errors';
import { CURRENT_VERSION, SCHEMA_VERSIONS, TABLE_NAMES } from './schema';

describe('opening the database', () => {
  it('has every table of the data model in the current schema version', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3]);
    expect([...TABLE_NAMES].sort()).toEqual(
      [
        'organizations',
        'themes',
        'tombstones',
        'actionItems',
        'actionPlans',
        'actionUpdates',
        'agendaItems',
        'appointments',
        'bodies',
        'chairmanships',
        'documents',
        'journals',
        'participants',
        'parties',
        'persons',
        'seatingPlans',
        'sessions',
        'settings',
      ].sort(),
    );
  });

  it('opens a fresh database at the current version, and the bulk instance at its first use', async () => {
    const store = await openStore(createStore(`open-${crypto.randomUUID()}`), () => undefined);
    expect(store.db.verno).toBe(CURRENT_VERSION);
    // Start-up waits for one connection; the bulk instance opens with the first import.
    expect(store.bulkDb.isOpen()).toBe(false);
    expect(await store.bulkDb.sessions.count()).toBe(0);
    expect(store.bulkDb.isOpen()).toBe(true);
    expect(store.bulkDb.backendDB().version).toBe(store.db.backendDB().version);
    store.db.close();
    store.bulkDb.close();
  });

  it('refuses a database left at a newer version by newer code, without writing to it', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const future = new Dexie(name);
    future.version(CURRENT_VERSION + 5).stores({ sessions: 'id', futureTable: 'id' });
    await future.open();
    await future.table('futureTable').put({ id: 'keep-me' });
    future.close();

    const attempt = openStore(createStore(name), () => undefined);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(attempt).rejects.toMatchObject({ reason: 'newer-version' });

    const again = new Dexie(name);
    again.version(CURRENT_VERSION + 5).stores({ sessions: 'id', futureTable: 'id' });
    expect(await again.table('futureTable').get('keep-me')).toEqual({ id: 'keep-me' });
    again.close();
  });

  it('tells an open window to stop and reload when another opens a newer version', async () => {
    const name = `versionchange-${crypto.randomUUID()}`;
    let told = 0;
    const store = await openStore(createStore(name), () => told++);
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 1).stores({ sessions: 'id, startUtc' });
    await newer.open();
    expect(told).toBeGreaterThanOrEqual(1);
    expect(store.db.isOpen()).toBe(false);
    newer.close();
  });

  it.each([
    ['a newer database', new Dexie.VersionError('newer'), 'newer-version'],
    ['an upgrade Dexie cannot make', new Dexie.UpgradeError('primary key changed'), 'upgrade-failed'],
    ['storage that will not open', new Dexie.OpenFailedError('no storage'), 'unavailable'],
    ['an error thrown by an upgrade function', new TypeError('cannot read title of undefined'), 'upgrade-failed'],
  ])('tells %s apart from the other reasons it cannot open', (_case, error, reason) => {
    expect(classifyOpenError(error)).toBe(reason);
  });

  it('makes the bulk instance once, when first asked for, stamping with the same clock', () => {
    const store = createStore(`bulk-${crypto.randomUUID()}`);
    const bulk = store.bulkDb;
    expect(store.bulkDb).toBe(bulk);
    expect(bulk).not.toBe(store.db);
    expect(bulk.hlc).toBe(store.db.hlc);
  });
});
