// @vitest-environment happy-dom
// Restore, undo, merge and snapshots as the app runs them (the browser edition's platform,
// snapshots in their own IndexedDB database): docs/quality.md reliability 4 and 9.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../../db';
import { databaseHash, readAllTables } from '../db/whole-database';
import { CURRENT_VERSION } from '../../db/schema';
import { CHAIRMANSHIP_ID } from '../../example/csto-2015';
import { loadExampleYear } from '../../example/load';
import { BackupError } from '../io/file-format';
import { encodeBackup } from '../io/write';
import { canonicalJson } from '../io/canonical-json';
import { app } from '../../state/app.svelte';
import { storage } from '../../state/storage.svelte';
import { platform } from '../../platform';
import { backUp, previewRestore, restore, undoRestore } from './back-up-and-restore';
import { backupLabel, setBackupLabel } from './identity';
import { lastMerge, merge, previewMergeBytes, undoMerge } from './merge';
import { readBackupBytes } from './run-in-worker';
import { commitImport } from '../../actions/people-files';
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
    await commitImport([
      {
        organizationId: 'ex-org-csto',
        names: { en: { given: 'A', family: 'B' }, ru: { given: '', family: '' } },
        honorific: { en: '', ru: '' },
      },
    ]);
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
  /** The backup the app saves (signed, with its change clock), as the colleague would send it. */
  async function savedBackup(): Promise<Uint8Array> {
    let saved: Uint8Array | undefined;
    vi.spyOn(platform(), 'saveFile').mockImplementationOnce(async ({ data }) => {
      saved = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
      return 'saved';
    });
    await backUp();
    if (!saved) throw new Error('no backup saved');
    return saved;
  }

  /** B: a second computer, started from A's backup. */
  async function colleague(): Promise<Store> {
    const bytes = await savedBackup();
    const b = await openStore(createStore(`colleague-${crypto.randomUUID()}`), () => undefined);
    setStore(b);
    await restore(await readBackupBytes(bytes));
    return b;
  }

  function on<T>(which: Store, work: () => Promise<T>): Promise<T> {
    setStore(which);
    return work();
  }

  it('takes a colleague’s changes to other fields, asks about the same field, and keeps deletions', async () => {
    const b = await colleague();
    expect(b.db.hlc.node).not.toBe(store.db.hlc.node);
    // B: renames April, confirms September, adds a person, deletes Jenča from April's list.
    await on(b, async () => {
      const april = await b.sessions.require(APRIL);
      await b.sessions.update(april, { title: { ...april.title, en: 'Colleague’s title' } });
      const jenca = await b.participants.find(APRIL, 'ex-person-jenca');
      if (jenca) await b.participants.remove(jenca);
      await b.persons.add({
        organizationId: 'ex-org-csto',
        names: { en: { given: 'Stanislav', family: 'Zas' }, ru: { given: 'Станислав', family: 'Зась' } },
        honorific: { en: '', ru: '' },
      });
    });
    const fromB = await on(b, savedBackup);
    // A, meanwhile: notes on April, and April's title too.
    await on(store, async () => {
      const april = await store.sessions.require(APRIL);
      await store.sessions.update(april, { notes: { en: 'Mine', ru: '' }, title: { ...april.title, en: 'My title' } });
    });

    const preview = await previewMergeBytes('colleague.chairdesk.json', fromB);
    expect(preview.signer).toMatchObject({ status: 'unknown' });
    const conflict = preview.plan.entries.find((e) => e.kind === 'conflict');
    expect(conflict?.kind === 'conflict' && conflict.conflicts.map((c) => [c.field, c.preselected])).toEqual([['title', 'mine']]);
    expect(preview.plan.entries.filter((e) => e.kind === 'added').map((e) => e.table)).toEqual(['persons']);
    expect(preview.plan.entries.filter((e) => e.kind === 'deleted').map((e) => e.table)).toEqual(['participants']);

    await merge(preview, { fields: new Map(), rows: new Map() }, () => undefined);
    expect(await store.sessions.require(APRIL)).toMatchObject({ notes: { en: 'Mine', ru: '' }, title: { en: 'My title' } });
    expect(await store.participants.find(APRIL, 'ex-person-jenca')).toBeUndefined();
    expect((await store.persons.toArray()).some((p) => p.names.en.family === 'Zas')).toBe(true);
    expect((await listSnapshots())[0]?.reason).toBe('merge');
    // The signer is known from now on.
    expect((await previewMergeBytes('again.chairdesk.json', fromB)).signer.status).toBe('known');
    b.db.close();
    b.bulkDb.close();
    await b.db.delete();
  });

  it('undoes a merge as one step, back to the exact data before it', async () => {
    const b = await colleague();
    await on(b, async () => {
      const april = await b.sessions.require(APRIL);
      await b.sessions.update(april, { notes: { en: 'from B', ru: '' } });
    });
    const fromB = await on(b, savedBackup);
    setStore(store);
    const data = async (): Promise<string> => {
      const tables = await readAllTables(store.db);
      // This computer's own settings aside: it has merged, and undone the merge, since.
      return canonicalJson({ ...tables, settings: tables.settings.filter((r) => r.key !== 'lastMerge' && r.key !== 'knownSigners') });
    };
    const before = await data();
    await merge(await previewMergeBytes('b.chairdesk.json', fromB), { fields: new Map(), rows: new Map() }, () => undefined);
    expect((await store.sessions.require(APRIL)).notes).toEqual({ en: 'from B', ru: '' });
    expect(await lastMerge()).toMatchObject({ name: 'b.chairdesk.json' });
    await undoMerge();
    expect((await store.sessions.require(APRIL)).notes).not.toEqual({ en: 'from B', ru: '' });
    expect(await lastMerge()).toBeNull();
    expect(await data()).toBe(before);
    // Merging the same backup again takes the colleague's change again.
    const again = await previewMergeBytes('b.chairdesk.json', fromB);
    expect(again.plan.entries.map((e) => e.kind)).toContain('updated');
    b.db.close();
    b.bulkDb.close();
    await b.db.delete();
  });

  it('makes one row of a person both copies put on the same session’s list', async () => {
    const b = await colleague();
    const guest = { sessionId: APRIL, personId: 'ex-person-jenca', partyId: 'ex-party-un', role: 'guest' } as const;
    const relist = async (s: Store): Promise<void> => {
      const listed = await s.participants.find(APRIL, 'ex-person-jenca');
      if (listed) await s.participants.remove(listed);
    };
    await on(store, () => relist(store));
    await on(b, () => relist(b));
    const fromB = await on(b, async () => {
      await b.participants.addParticipant(guest);
      return savedBackup();
    });
    await on(store, () => store.participants.addParticipant(guest));
    const preview = await previewMergeBytes('b.chairdesk.json', fromB);
    await merge(preview, { fields: new Map(), rows: new Map() }, () => undefined);
    expect((await store.participants.toArray()).filter((p) => p.sessionId === APRIL && p.personId === 'ex-person-jenca')).toHaveLength(1);
    b.db.close();
    b.bulkDb.close();
    await b.db.delete();
  });

  it('a computer restoring a colleague’s backup keeps its own settings: no label, no merge to undo, none of the colleague’s', async () => {
    await setBackupLabel('Desk A');
    const b = await colleague();
    setStore(b);
    expect(await backupLabel()).toBe('');
    expect(await lastMerge()).toBeNull();
    const keys = (await b.db.settings.toArray()).map((r) => r.key);
    expect(keys).not.toContain('backupLabel');
    b.db.close();
    b.bulkDb.close();
    await b.db.delete();
  });

  it('refuses a backup whose signature does not match, and one dated in the future', async () => {
    const bytes = await savedBackup();
    const text = new TextDecoder().decode(bytes);
    const forged = text.replace(/"value":"[^"]+"/, `"value":"${btoa('x'.repeat(64))}"`);
    await expect(previewMergeBytes('forged.chairdesk.json', new TextEncoder().encode(forged))).rejects.toMatchObject({
      code: 'bad-signature',
    });
    const april = await store.sessions.require(APRIL);
    await store.db.sessions.put({ ...april, updatedAt: '2099-01-01T00:00:00.000Z' });
    const future = await savedBackup();
    await expect(previewMergeBytes('future.chairdesk.json', future)).rejects.toMatchObject({ code: 'future' });
  });

  it('refuses a backup of another chairmanship', async () => {
    const bytes = await backupBytes();
    app.chairmanshipId = 'another-chairmanship';
    await expect(previewMergeBytes('other.chairdesk.json', bytes)).rejects.toMatchObject({ code: 'other-chairmanship' });
  });
});
