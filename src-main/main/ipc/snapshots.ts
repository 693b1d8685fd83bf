// Snapshot files in the user-data folder (`<userData>/snapshots/`, owner-only): listed,
// written atomically (temp file + rename), read and deleted by name only; a name is checked
// against SNAPSHOT_NAME_PATTERN, so no payload can reach another folder. Each file is sealed
// with the installation's data key (../at-rest/). The main process holds its own limits,
// whatever the page asks: no file over MAX_SNAPSHOT_BYTES, and no more than MAX_SNAPSHOTS
// files (the oldest go first). Runs in: main.
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { Channel, MAX_SNAPSHOTS, SNAPSHOT_NAME_PATTERN, type SnapshotFile } from '../../shared/ipc-contract';
import { noPayload, snapshotNameSchema, writeSnapshotSchema } from '../../shared/ipc-schemas';
import { seal, SealedFileError, unseal } from '../at-rest/sealed-file';
import { removeStaleTemps, writeFileAtomic } from '../atomic-write';
import { guarded, IpcRefusal } from './guard';

/** Owner-only folder: list, enter, write. */
const OWNER_ONLY_DIR = 0o700;

async function folder(dir: () => string): Promise<string> {
  const where = dir();
  await mkdir(where, { recursive: true, mode: OWNER_ONLY_DIR });
  return where;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The snapshot files of the folder, oldest first (their names begin with the time they were taken). */
async function snapshotNames(where: string): Promise<string[]> {
  return (await readdir(where)).filter((n) => SNAPSHOT_NAME_PATTERN.test(n)).sort();
}

/**
 * Makes the folder owner-only and removes the temporary files of writes a crash cut short.
 * Called once at start, before any window can write.
 */
export async function prepareSnapshotFolder(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  await chmod(dir, OWNER_ONLY_DIR);
  return removeStaleTemps(dir);
}

export function registerSnapshotHandlers(ipcMain: IpcMain, dir: () => string, key: () => Buffer | null = () => null): void {
  ipcMain.handle(
    Channel.listSnapshots,
    guarded(Channel.listSnapshots, noPayload, async (): Promise<SnapshotFile[]> => {
      const where = await folder(dir);
      const files = await Promise.all(
        (await snapshotNames(where)).map(async (name) => {
          try {
            return { name, size: (await stat(path.join(where, name))).size };
          } catch (error) {
            // Deleted by another window between the listing and the stat.
            if (isMissing(error)) return null;
            throw error;
          }
        }),
      );
      return files.filter((f): f is SnapshotFile => f !== null);
    }),
  );

  ipcMain.handle(
    Channel.writeSnapshot,
    guarded(Channel.writeSnapshot, writeSnapshotSchema, async ({ name, data }): Promise<SnapshotFile> => {
      const where = await folder(dir);
      await writeFileAtomic(path.join(where, name), seal(key(), data));
      // Oldest first, the ones taken before a merge (Undo merge) last.
      const names = (await snapshotNames(where)).sort(
        (a, b) => Number(a.endsWith('-merge.chairdesk.json')) - Number(b.endsWith('-merge.chairdesk.json')),
      );
      await Promise.all(names.slice(0, Math.max(0, names.length - MAX_SNAPSHOTS)).map((old) => rm(path.join(where, old), { force: true })));
      return { name, size: data.byteLength };
    }),
  );

  ipcMain.handle(
    Channel.readSnapshot,
    guarded(Channel.readSnapshot, snapshotNameSchema, async (name) => {
      let data: Uint8Array;
      try {
        data = new Uint8Array(await readFile(path.join(await folder(dir), name)));
      } catch (error) {
        if (isMissing(error)) throw new IpcRefusal('not-found', 'The snapshot no longer exists.');
        throw error;
      }
      try {
        return unseal(key(), data);
      } catch (error) {
        if (error instanceof SealedFileError) throw new IpcRefusal('io-failed', error.message);
        throw error;
      }
    }),
  );

  ipcMain.handle(
    Channel.deleteSnapshot,
    guarded(Channel.deleteSnapshot, snapshotNameSchema, async (name) => {
      await rm(path.join(await folder(dir), name), { force: true });
      return null;
    }),
  );
}
