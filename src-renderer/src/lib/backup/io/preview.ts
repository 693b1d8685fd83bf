// What a restore or a merge shows before it runs, and a protected file waiting for its
// passphrase: planned by ../actions/back-up-and-restore.ts and
// ../actions/merge.ts, held for the dialogs
// by state/storage.svelte.ts.
import type { ChairmanshipView } from '../../domain/types';
import type { Backup, BackupTable } from './file-format';
import type { MergePlan, MergeSide } from './merge-plan';

export interface RestorePreview {
  /** The file's name, or the snapshot's. */
  name: string;
  kind: 'file' | 'snapshot';
  backup: Backup;
  incoming: { counts: Record<BackupTable, number>; chairmanships: ChairmanshipView[] };
  current: { counts: Record<BackupTable, number>; chairmanships: ChairmanshipView[] };
}

/** How a backup's signer stands with this installation. */
export interface Signer {
  /** The label its writer chose (may be empty), and the key's fingerprint. */
  label: string;
  fingerprint: string | null;
  /**
   * known: this key signed a backup merged here before; unknown: first time; changed: a
   * computer known here (its writer name) signs with another key; unsigned: no signature (a
   * backup made by an earlier version, or with its signature taken out).
   */
  status: 'known' | 'unknown' | 'changed' | 'unsigned';
}

export interface MergePreview {
  name: string;
  backup: Backup;
  signer: Signer;
  /** This copy as the plan read it (the merge checks nothing changed since). */
  local: MergeSide;
  remote: MergeSide;
  plan: MergePlan;
}

/** A backup file protected by a passphrase, and what the user opened it for. */
export interface SealedFile {
  name: string;
  bytes: Uint8Array;
  purpose: 'restore' | 'merge';
}
