// Writes a file so that a crash leaves either the old or the new content, never a mix:
// write a temporary file beside it, flush it, then rename over the target. The temporary file
// is created new (`wx`: never through a file or link already there) and readable by its owner
// only (0600), and removed if anything fails; those a crash left behind are removed at the next
// start (removeStaleTemps). Runs in: main.
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Owner read and write: the files Chairdesk keeps hold names, phones and itineraries. */
export const OWNER_ONLY = 0o600;

const TEMP = /^\..+\.\d+\.\d+\.\d+\.tmp$/;
let sequence = 0;

export async function writeFileAtomic(target: string, data: Uint8Array, mode: number = OWNER_ONLY): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.${sequence++}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes the temporary files of writes that a crash interrupted; returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => TEMP.test(n));
  } catch {
    return [];
  }
  await Promise.all(names.map((n) => rm(path.join(dir, n), { force: true })));
  return names;
}
