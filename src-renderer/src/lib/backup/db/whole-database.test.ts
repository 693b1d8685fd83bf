// The database to a backup and back (docs/quality.md reliability 4, 5 and 8 at the data layer):
// the round trip keeps every row byte for byte, and a restore that fails at any point (a
// bad row, a full disk) leaves the old data exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError } from '../../actions/handle-error';
import { loadExampleYear } from '../../example/load';
import { BACKUP_TABLES, emptyTables } from '../io/file-format';
import { readBackup } from '../io/read';
import { encodeBackup } from '../io/write';
import { databaseHash, readAllTables, replaceAllTables } from './whole-database';
import { createStore, openStore, type Store } from '../../db/index';
import { CURRENT_VERSION, TABLE_NAMES } from '../../db/schema';

let store: Store;
beforeEach(async () => {
  store = await openStore(createStore(`backup-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2026-11-28T04:00:00Z'));
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function backupOf(s: Store): Promise<Uint8Array> {
  const { text } = await encodeBackup({
    tables: await readAllTables(s.db),
    schemaVersion: CURRENT_VERSION,
    appVersion: 'test',
    createdAt: new Date(),
  });
  return new TextEncoder().encode(text);
}

const HOSTILE_NOTE = `Ӯ ӣ ҳ ҷ қ ғ — Сироҷиддин Аслов · Žofie Dvořák · 🇹🇯🕊️👩🏽‍⚖️ · ${'Душанбе '.repeat(1250)}`;

describe('backing up and restoring the database', () => {
  it('covers every table of the schema', () => {
    expect([...BACKUP_TABLES]).toEqual([...TABLE_NAMES]);
  });

  it('round-trips every row: export, wipe, import give the same hash (Cyrillic, Tajik, diacritics, emoji, 10k-character notes)', async () => {
    const person = await store.persons.add({
      organizationId: 'ex-org-csto',
      names: { en: { given: 'Sirojiddin', family: 'Aslov' }, ru: { given: 'Сироҷиддин', family: 'Аслов' } },
      honorific: { en: 'H.E.', ru: 'Его Превосходительство' },
      notes: HOSTILE_NOTE,
    });
    expect(person.notes?.length).toBeGreaterThan(10_000);
    await store.settings.set('locale', 'ru');
    const before = await databaseHash(store.db);
    const bytes = await backupOf(store);

    await replaceAllTables(store.bulkDb, { tables: emptyTables() });
    expect(await store.db.persons.count()).toBe(0);
    expect(await databaseHash(store.db)).not.toBe(before);

    const written = await replaceAllTables(store.bulkDb, await readBackup(bytes, { schemaVersion: CURRENT_VERSION }));
    expect(written).toBeGreaterThan(70);
    expect(await databaseHash(store.db)).toBe(before);
    expect((await store.persons.get(person.id))?.notes).toBe(HOSTILE_NOTE);
  });

  it('leaves the old data exactly as it was when the restore fails halfway', async () => {
    const before = await databaseHash(store.db);
    const backup = await readBackup(await backupOf(store), { schemaVersion: CURRENT_VERSION });
    backup.tables.persons = backup.tables.persons.slice(0, 3);
    // Sessions are cleared and rewritten before participants fail.
    const participants = store.bulkDb.table('participants');
    vi.spyOn(participants, 'bulkAdd').mockRejectedValueOnce(new Error('the disk went away'));
    await expect(replaceAllTables(store.bulkDb, backup)).rejects.toThrow('the disk went away');
    expect(await databaseHash(store.db)).toBe(before);
  });

  it('rolls back on a full disk, and says so', async () => {
    const before = await databaseHash(store.db);
    const backup = await readBackup(await backupOf(store), { schemaVersion: CURRENT_VERSION });
    vi.spyOn(store.bulkDb.table('actionItems'), 'bulkAdd').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const failure = await replaceAllTables(store.bulkDb, backup).catch((error: unknown) => error);
    expect(isQuotaError(failure)).toBe(true);
    expect(await databaseHash(store.db)).toBe(before);
  });

  it('rolls back a restore that breaks a unique index (two sessions with one ICS UID)', async () => {
    const before = await databaseHash(store.db);
    const backup = await readBackup(await backupOf(store), { schemaVersion: CURRENT_VERSION });
    const first = backup.tables.sessions[0];
    if (!first) throw new Error('no session');
    backup.tables.sessions.push({ ...first, id: 'another-id' });
    await expect(replaceAllTables(store.bulkDb, backup)).rejects.toThrow();
    expect(await databaseHash(store.db)).toBe(before);
  });
});
