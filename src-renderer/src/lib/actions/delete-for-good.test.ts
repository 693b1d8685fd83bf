// @vitest-environment happy-dom
// "Delete for good": the person leaves the database and every snapshot the app keeps (the
// browser edition's snapshot store here; the desktop's files go through the same platform calls).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../db';
import { loadExampleYear } from '../example/load';
import { platform } from '../platform';
import { deletePerson, deletePersonForGood } from './people';
import { readBackupBytes } from '../backup/actions/run-in-worker';
import { takeSnapshot } from '../backup/actions/snapshots';

let store: Store;

beforeEach(async () => {
  store = await openStore(createStore(`delete-${crypto.randomUUID()}`), () => undefined);
  setStore(store);
  await loadExampleYear(store);
  for (const s of await platform().listSnapshots()) await platform().deleteSnapshot(s.name);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const NAME = 'Защищённый-Свидетель';

async function snapshotTexts(): Promise<string[]> {
  const names = (await platform().listSnapshots()).map((s) => s.name);
  return Promise.all(names.map(async (name) => new TextDecoder().decode(await platform().readSnapshot(name))));
}

async function addWitness() {
  return store.persons.add({
    organizationId: 'ex-org-csto',
    names: { en: { given: 'Protected', family: 'Witness' }, ru: { given: 'Свидетель', family: NAME } },
    honorific: { en: '', ru: '' },
    email: 'witness@mfa.tj',
    phone: '+992 37 000-00-01',
  });
}

describe('delete for good', () => {
  it('erases the person from every snapshot that held them, which still restore', async () => {
    const witness = await addWitness();
    await takeSnapshot('auto', new Date(Date.UTC(2026, 10, 27, 9)));
    await takeSnapshot('import', new Date(Date.UTC(2026, 10, 28, 9)));
    expect((await snapshotTexts()).filter((t) => t.includes(NAME))).toHaveLength(2);

    await deletePersonForGood(witness);

    expect(await store.persons.get(witness.id)).toBeUndefined();
    const texts = await snapshotTexts();
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(witness.id);
      expect(text).not.toContain('+992 37 000-00-01');
    }
    // Still whole backups, with their checksums: each one reads and could be restored.
    for (const s of await platform().listSnapshots())
      await expect(readBackupBytes(await platform().readSnapshot(s.name))).resolves.toBeTruthy();
  });

  it('is a choice: a plain removal keeps the snapshots as they were (and can be undone)', async () => {
    const witness = await addWitness();
    await takeSnapshot('auto', new Date(Date.UTC(2026, 10, 28, 9)));
    await deletePerson(witness);
    expect((await snapshotTexts()).some((t) => t.includes(NAME))).toBe(true);
  });
});
