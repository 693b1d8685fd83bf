// Snapshot files in the user-data folder (`<userData>/snapshots/`): listed, written
// atomically (temp file + rename), read and deleted by name only; a name is checked against
// SNAPSHOT_NAME_PATTERN, so no payload can reach another folder. Runs in: main.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { Channel, SNAPSHOT_NAME_PATTERN, type SnapshotFile } from '../../shared/ipc-contract';
import { noPayload, snapshotNameSchema, writeSnapshotSchema } from '../../shared/ipc-schemas';
import { writeFileAtomic } from '../atomic-write';
import { guarded, IpcRefusal } from './guard';

async function folder(dir: () => string): Promise<string> {
  const where = dir();
  await mkdir(where, { recursive: true });
  return where;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export function registerSnapshotHandlers(ipcMain: IpcMain, dir: () => string): void {
  ipcMain.handle(
    Channel.listSnapshots,
    guarded(Channel.listSnapshots, noPayload, async (): Promise<SnapshotFile[]> => {
      const where = await folder(dir);
      const names = (await readdir(where)).filter((n) => SNAPSHOT_NAME_PATTERN.test(n));
      const files = await Promise.all(
        names.map(async (name) => {
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
      await writeFileAtomic(path.join(await folder(dir), name), data);
      return { name, size: data.byteLength };
    }),
  );

  ipcMain.handle(
    Channel.readSnapshot,
    guarded(Channel.readSnapshot, snapshotNameSchema, async (name) => {
      try {
        return new Uint8Array(await readFile(path.join(await folder(dir), name)));
      } catch (error) {
        if (isMissing(error)) throw new IpcRefusal('not-found', 'The snapshot no longer exists.');
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
