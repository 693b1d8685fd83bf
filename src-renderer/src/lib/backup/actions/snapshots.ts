// Snapshots of the whole database, kept by the platform: one before every import, merge or
// restore, and one every 15 minutes while data changes (docs/quality.md reliability 9).
import { Dexie } from 'dexie';
import { store } from '../../db';
import { readAllTables } from '../db/whole-database';
import {
  autoSnapshotDue,
  parseSnapshotName,
  snapshotName,
  snapshotsToDelete,
  type SnapshotReason,
  type SnapshotRef,
} from '../domain/snapshot-rotation';
import { platform } from '../../platform';
import { storage } from '../../state/storage.svelte';
import { withoutPerson } from '../io/erase-person';
import { encodeBackupBytes, readBackupBytes } from './run-in-worker';

export interface SnapshotEntry extends SnapshotRef {
  size: number;
}

/** The platform's snapshots, newest first (files that are not snapshots are left out). */
export async function listSnapshots(): Promise<SnapshotEntry[]> {
  const files = await platform().listSnapshots();
  return files
    .flatMap((f) => {
      const ref = parseSnapshotName(f.name);
      return ref ? [{ ...ref, size: f.size }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export async function refreshSnapshots(): Promise<SnapshotEntry[]> {
  storage.snapshots = await listSnapshots();
  return storage.snapshots;
}

/** Deletes one snapshot (a snapshot taken before a merge the user dismisses, or one a failed merge took). */
export async function deleteSnapshot(name: string): Promise<void> {
  await platform().deleteSnapshot(name);
  await refreshSnapshots();
}

/** Deletes the snapshots the rotation no longer keeps. */
async function rotate(now: Date): Promise<void> {
  for (const old of snapshotsToDelete(await listSnapshots(), now)) await platform().deleteSnapshot(old.name);
}

/**
 * Writes a snapshot of every table and rotates the old ones. A failure is thrown: the import
 * or restore that asked for it must not go ahead without it.
 */
export async function takeSnapshot(reason: SnapshotReason, now: Date = new Date()): Promise<SnapshotEntry> {
  const { bytes } = await encodeBackupBytes(await readAllTables(store().db), now);
  const name = snapshotName(now, reason);
  const file = await platform().writeSnapshot(name, bytes);
  await rotate(now);
  await refreshSnapshots();
  return { name, takenAt: now, reason, size: file.size };
}

/**
 * Rewrites every snapshot that holds the person without them ("Delete for good"); a snapshot
 * that cannot be read (sealed with a key this computer no longer has, or damaged) cannot be
 * checked, so it is deleted. Returns how many snapshots were rewritten and deleted.
 */
export async function erasePersonFromSnapshots(personId: string): Promise<{ rewritten: number; deleted: number }> {
  let rewritten = 0;
  let deleted = 0;
  for (const snapshot of await listSnapshots()) {
    let backup;
    try {
      backup = await readBackupBytes(await platform().readSnapshot(snapshot.name));
    } catch {
      await platform().deleteSnapshot(snapshot.name);
      deleted++;
      continue;
    }
    const erased = withoutPerson(backup.tables, personId);
    if (!erased.changed) continue;
    const { bytes } = await encodeBackupBytes(erased.tables, new Date(backup.createdAt));
    await platform().writeSnapshot(snapshot.name, bytes);
    rewritten++;
  }
  await refreshSnapshots();
  return { rewritten, deleted };
}

export interface AutoSnapshotDeps {
  now: () => Date;
  newest: () => Promise<Date | null>;
  take: (now: Date) => Promise<unknown>;
}

/** Decides, at each tick, whether data changed and the newest snapshot is 15 minutes old. */
export class AutoSnapshots {
  #changed = false;
  #running = false;

  constructor(private readonly deps: AutoSnapshotDeps) {}

  markChanged(): void {
    this.#changed = true;
  }

  /** True when a snapshot was taken. */
  async tick(): Promise<boolean> {
    if (!this.#changed || this.#running) return false;
    this.#running = true;
    try {
      const now = this.deps.now();
      // The newest snapshot may come from another window or an import: no second one so soon.
      if (!autoSnapshotDue(await this.deps.newest(), this.#changed, now)) return false;
      this.#changed = false;
      try {
        await this.deps.take(now);
      } catch (error) {
        this.#changed = true;
        throw error;
      }
      return true;
    } finally {
      this.#running = false;
    }
  }
}

/** Automatic snapshots that hear every committed write to the open database. */
export function autoSnapshotsOnWrites(): { auto: AutoSnapshots; stop: () => void } {
  const auto = new AutoSnapshots({
    now: () => new Date(),
    newest: async () => (await listSnapshots())[0]?.takenAt ?? null,
    take: (at) => takeSnapshot('auto', at),
  });
  // Dexie announces every committed write, in this window and (over BroadcastChannel) in others.
  const prefix = `idb://${store().db.name}/`;
  const onMutated = (parts: Record<string, unknown>): void => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) auto.markChanged();
  };
  Dexie.on('storagemutated', onMutated);
  return { auto, stop: () => Dexie.on('storagemutated').unsubscribe(onMutated) };
}

const TICK_MS = 60_000;

/** Starts automatic snapshots for this window; returns the function that stops them. */
export function startAutoSnapshots(onError: (error: unknown) => void): () => void {
  const { auto, stop } = autoSnapshotsOnWrites();
  // A window told to reload (another one upgraded the schema) has closed the database: it stays quiet.
  const timer = setInterval(() => {
    if (store().db.isOpen()) void auto.tick().catch(onError);
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    stop();
  };
}

/**
 * What keeps the data safe while the app runs: automatic snapshots, and in the browser
 * edition a request that the browser keep the site's storage when the disk runs low.
 */
export function startSafetyNet(onError: (error: unknown) => void): () => void {
  if (platform().edition === 'browser') storage.request().catch(onError);
  return startAutoSnapshots(onError);
}
