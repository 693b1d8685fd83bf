// The browser edition's snapshots: a second IndexedDB database, `chairdesk-snapshots`, apart
// from the data (a restore or a broken upgrade of `chairdesk` cannot touch it). The list
// reads only names and sizes; the bytes are read when a snapshot is restored.
import { Dexie, type Table } from 'dexie';
import { SNAPSHOT_NAME_PATTERN, type SnapshotFile } from '$shared/ipc-contract';
import { PlatformError, type Platform } from '../../platform/platform';

export const SNAPSHOT_DATABASE = 'chairdesk-snapshots';

class SnapshotDB extends Dexie {
  meta!: Table<SnapshotFile, string>;
  files!: Table<{ name: string; bytes: Uint8Array }, string>;

  constructor(name: string) {
    // Strict: a snapshot said to be taken is on disk before the import it protects starts.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ meta: 'name', files: 'name' });
  }
}

function checkName(name: string): void {
  if (!SNAPSHOT_NAME_PATTERN.test(name)) throw new PlatformError('invalid-payload', 'Not a snapshot name.');
}

type SnapshotStore = Pick<Platform, 'listSnapshots' | 'writeSnapshot' | 'readSnapshot' | 'deleteSnapshot'>;

export function browserSnapshots(databaseName: string = SNAPSHOT_DATABASE): SnapshotStore {
  let opened: SnapshotDB | null = null;
  const db = (): SnapshotDB => (opened ??= new SnapshotDB(databaseName));
  return {
    async listSnapshots() {
      return db().meta.toArray();
    },
    async writeSnapshot(name, data) {
      checkName(name);
      if (data.byteLength === 0) throw new PlatformError('invalid-payload', 'An empty snapshot.');
      const file = { name, size: data.byteLength };
      await db().transaction('rw', db().meta, db().files, async () => {
        await db().files.put({ name, bytes: data });
        await db().meta.put(file);
      });
      return file;
    },
    async readSnapshot(name) {
      checkName(name);
      const file = await db().files.get(name);
      if (!file) throw new PlatformError('not-found', 'The snapshot no longer exists.');
      return file.bytes;
    },
    async deleteSnapshot(name) {
      checkName(name);
      await db().transaction('rw', db().meta, db().files, async () => {
        await db().files.delete(name);
        await db().meta.delete(name);
      });
    },
  };
}
