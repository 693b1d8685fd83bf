// @vitest-environment happy-dom
// Restore, undo, merge and snapshots as the app runs them (the browser edition's platform,
// snapshots in their own IndexedDB database): docs/quality.md reliability 4 and 9.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../db';
import { databaseHash, readAllTables } from '../db/backup';
import { CURRENT_VERSION } from '../db/schema';
import { CHAIRMANSHIP_ID } from '../example/csto-2015';
import { loadExampleYear } from '../example/load';
import { BackupError } from '../io/backup-format';
import { encodeBackup } from '../io/backup-write';
import { app } from '../state/app.svelte';
import { storage } from '../state/storage.svelte';
import { platform } from '../platform';
import { previewRestore, restore, undoRestore } from './backup';
import { merge, previewMergeBytes } from './backup-merge';
import { commitImport } from './people-files';
import { listSnapshots, takeSnapshot } from './snapshots';

let store: Store;
const APRIL = 'ex-session-2015-04-02-cfm';

beforeEach(async () => {
  store = await openStore(createStore(`actions-${crypto.randomUUID()}`), () => undefined);
  setStore(store);
  await loadExampleYear(store);
  app.chairmanshipId = CHAIRMANSHIP_ID;
  for (const s of await platform().listSnapshots()) await platform().deleteSnapshot(s.name);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function backupBytes(): Promise<Uint8Array> {
  const { text } = await encodeBackup({
    tables: await readAllTables(store.db),
    schemaVersion: CURRENT_VERSION,
    appVersion: 'test',
    createdAt: new Date(),
  });
  return new TextEncoder().encode(text);
}

async function renameApril(title: string): Promise<void> {
  const april = await store.sessions.require(APRIL);
  await store.sessions.update(april, { title: { ...april.title, en: title } });
}

describe('restore', () => {
  it('puts the backup back, takes a snapshot first, and undo gives the same hash as before the restore', async () => {
    const bytes = await backupBytes();
    await renameApril('Changed after the backup');
    const changed = await databaseHash(store.db);

    const preview = await previewRestore('year.chairdesk.json', 'file', bytes);
    expect(preview.incoming.chairmanships.map((c) => c.year)).toEqual([2015]);
    expect(preview.current.counts.sessions).toBe(preview.incoming.counts.sessions);
    const report = await restore(preview.backup);
    expect((await store.sessions.require(APRIL)).title.en).not.toBe('Changed after the backup');
    expect((await listSnapshots()).map((s) => s.name)).toEqual([report.snapshot]);
    expect(storage.snapshots.map((s) => s.reason)).toEqual(['restore']);

    await undoRestore(report.snapshot);
    expect((await store.sessions.require(APRIL)).title.en).toBe('Changed after the backup');
    expect(await databaseHash(store.db)).toBe(changed);
  });

  it('refuses a truncated backup without taking a snapshot or changing a row', async () => {
    const bytes = await backupBytes();
    const before = await databaseHash(store.db);
    const refused: unknown = await previewRestore('cut.chairdesk.json', 'file', bytes.slice(0, bytes.length / 2)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect(refused).toMatchObject({ code: 'truncated' });
    expect(await databaseHash(store.db)).toBe(before);
    expect(await listSnapshots()).toEqual([]);
  });

  it('does not restore when the snapshot before it cannot be written', async () => {
    const bytes = await backupBytes();
    await renameApril('Kept');
    const before = await databaseHash(store.db);
    const preview = await previewRestore('year.chairdesk.json', 'file', bytes);
    vi.spyOn(platform(), 'writeSnapshot').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(restore(preview.backup)).rejects.toThrow();
    expect(await databaseHash(store.db)).toBe(before);
  });
});

describe('snapshots', () => {
  it('takes one before every import', async () => {
    await commitImport([{ names: { en: { given: 'A', family: 'B' }, ru: { given: '', family: '' } }, honorific: { en: '', ru: '' } }]);
    const [snapshot] = await listSnapshots();
    expect(snapshot?.reason).toBe('import');
    // The snapshot holds the data as it was before the import.
    const preview = await previewRestore(snapshot?.name ?? '', 'snapshot', await platform().readSnapshot(snapshot?.name ?? ''));
    expect(preview.incoming.counts.persons).toBe(preview.current.counts.persons - 1);
  });

  it('keeps at most 3 of today', async () => {
    const base = Date.now();
    for (let i = 0; i < 5; i++) await takeSnapshot('auto', new Date(base + i * 1000));
    expect((await listSnapshots()).map((s) => s.takenAt.getTime())).toEqual([base + 4000, base + 3000, base + 2000]);
  });
});

describe('merge', () => {
  it('adds their new rows, takes their newer edits, keeps mine, and leaves conflicts to the user', async () => {
    // The colleague's copy: one new person, one newer session, one conflicting edit.
    await renameApril('Colleague’s title');
    const person = await store.persons.add({
      names: { en: { given: 'Stanislav', family: 'Zas' }, ru: { given: 'Станислав', family: 'Зась' } },
      honorific: { en: '', ru: '' },
    });
    const may = (await store.sessions.toArray()).find((s) => s.start.startsWith('2015-05-19'));
    if (!may) throw new Error('no May session');
    await store.sessions.update(may, { notes: 'colleague' });
    const theirs = await backupBytes();

    // Meanwhile here: the colleague's additions never happened, and May was edited too.
    await store.db.persons.delete(person.id);
    const april = await store.sessions.require(APRIL);
    await store.db.sessions.put({
      ...april,
      rev: april.rev - 1,
      title: { ...april.title, en: 'Session of the Council of Foreign Ministers' },
    });
    const mayNow = await store.sessions.require(may.id);
    await store.db.sessions.put({ ...mayNow, notes: 'mine', updatedAt: new Date(Date.parse(mayNow.updatedAt) + 1000).toISOString() });

    const preview = await previewMergeBytes('colleague.chairdesk.json', theirs);
    expect(preview.plan.counts.persons.added).toBe(1);
    expect(preview.plan.counts.sessions).toMatchObject({ updated: 1, conflict: 1 });
    const conflict = preview.plan.entries.find((e) => e.kind === 'conflict');
    expect(conflict?.fields).toEqual(['notes']);

    expect(await merge(preview, new Set())).toBe(2);
    expect((await store.sessions.require(APRIL)).title.en).toBe('Colleague’s title');
    expect((await store.sessions.require(may.id)).notes).toBe('mine');
    expect(await store.persons.get(person.id)).toBeDefined();
    expect((await listSnapshots())[0]?.reason).toBe('merge');
  });

  it('refuses a backup of another chairmanship', async () => {
    const bytes = await backupBytes();
    app.chairmanshipId = 'another-chairmanship';
    await expect(previewMergeBytes('other.chairdesk.json', bytes)).rejects.toMatchObject({ code: 'other-chairmanship' });
  });
});
