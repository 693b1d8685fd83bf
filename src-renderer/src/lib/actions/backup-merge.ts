// Merging a colleague's backup of the same chairmanship: read and check it like a restore,
// plan the merge against the data now, let the user decide the conflicts, then snapshot and
// write the chosen rows in one transaction.
import { store } from '../db';
import { readAllTables } from '../db/backup';
import { commitMerge } from '../db/backup-merge';
import { BackupError } from '../io/backup-format';
import { planMerge, rowsToWrite, type MergePlan } from '../io/backup-merge';
import { m } from '../i18n';
import { platform } from '../platform';
import { app } from '../state/app.svelte';
import { toasts } from '../state/toasts.svelte';
import { unlessSealed } from './backup';
import { readBackupBytes } from './backup-worker';
import { takeSnapshot } from './snapshots';

export interface MergePreview {
  name: string;
  plan: MergePlan;
}

export async function previewMergeBytes(name: string, bytes: Uint8Array): Promise<MergePreview> {
  const [theirs, mine] = await Promise.all([readBackupBytes(bytes), readAllTables(store().db)]);
  const open = app.chairmanshipId;
  if (!open || !theirs.tables.chairmanships.some((c) => c.id === open)) throw new BackupError('other-chairmanship');
  return { name, plan: planMerge(mine, theirs.tables) };
}

/** Asks for a colleague's backup and plans the merge; writes nothing. Null when cancelled. */
export async function openMerge(): Promise<MergePreview | null> {
  const file = await platform().openFile({ kind: 'backup' });
  // A backup protected by a passphrase waits for it (the passphrase dialog, then openSealed).
  const bytes = file && unlessSealed(file.name, file.bytes, 'merge');
  return file && bytes ? previewMergeBytes(file.name, bytes) : null;
}

/** Snapshot, then the new and newer rows and the conflicts decided for the colleague, all or nothing. */
export async function merge(preview: MergePreview, takeTheirs: ReadonlySet<string>): Promise<number> {
  const entries = rowsToWrite(preview.plan, takeTheirs);
  if (!entries.length) {
    toasts.show(m.merge_nothing());
    return 0;
  }
  await takeSnapshot('merge');
  const written = await commitMerge(store().bulkDb, entries);
  toasts.show(m.merge_done({ count: written, name: preview.name }));
  return written;
}
