// What Settings shows about keeping the data: the snapshots, and (browser edition) whether
// the browser promised to keep this site's storage when the disk runs low.
import type { MergePreview, RestorePreview, SealedFile } from '../backup/io/preview';
import type { SnapshotRef } from '../backup/domain/snapshot-rotation';

export type Persistence = 'persisted' | 'not-persisted' | 'unavailable';

export interface StorageEstimateView {
  used: number;
  quota: number;
}

class StorageState {
  snapshots = $state.raw<(SnapshotRef & { size: number })[]>([]);
  persistence = $state<Persistence | null>(null);
  estimate = $state.raw<StorageEstimateView | null>(null);
  /** A checked backup or snapshot waiting for the user to confirm the restore. */
  pendingRestore = $state.raw<RestorePreview | null>(null);
  /** A planned merge waiting for the user's decisions. */
  pendingMerge = $state.raw<MergePreview | null>(null);
  /** A backup protected by a passphrase, waiting for it before its restore or merge can be planned. */
  pendingSealed = $state.raw<SealedFile | null>(null);

  /** Reads the browser's answer without asking again. */
  async check(): Promise<void> {
    const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!manager?.persisted) {
      this.persistence = 'unavailable';
      return;
    }
    this.persistence = (await manager.persisted()) ? 'persisted' : 'not-persisted';
    const { usage, quota } = await manager.estimate();
    this.estimate = usage !== undefined && quota !== undefined ? { used: usage, quota } : null;
  }

  /** Asks the browser to keep the data (Chromium decides from how the site is used). */
  async request(): Promise<void> {
    const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!manager?.persist) {
      this.persistence = 'unavailable';
      return;
    }
    this.persistence = (await manager.persist()) ? 'persisted' : 'not-persisted';
  }
}

export const storage = new StorageState();
