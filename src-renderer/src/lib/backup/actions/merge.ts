// Merging a colleague's backup of the same chairmanship: read and check it like a restore
// (and its signature, and that it claims nothing from the future), plan the merge against the
// data now (io/merge-plan.ts), let the user settle the conflicts field by field, then snapshot and
// write in one transaction. Undo merge puts the snapshot back, until the next merge.
import { store } from '../../db';
import { readAllTables } from '../db/whole-database';
import { applyMerge } from '../db/write-merge';
import { SettingKey } from '../../db/settings';
import { BackupError } from '../io/file-format';
import type { MergePreview } from '../io/preview';
import type { DerivedChange } from '../io/merge-derive';
import { planMerge, resolveMerge, type MergeChoices, type MergeSide } from '../io/merge-plan';
import { m } from '../../presentation/i18n';
import { platform } from '../../platform';
import { app } from '../../state/app.svelte';
import { toasts } from '../../state/toasts.svelte';
import { restore, unlessSealed } from './back-up-and-restore';
import { checkSigner, refuseFuture, rememberSigner, seenHere } from './identity';
import { readBackupBytes } from './run-in-worker';
import { deleteSnapshot, takeSnapshot } from './snapshots';

export async function previewMergeBytes(name: string, bytes: Uint8Array): Promise<MergePreview> {
  const [backup, tables, seen] = await Promise.all([readBackupBytes(bytes), readAllTables(store().db), seenHere()]);
  const open = app.chairmanshipId;
  if (!open || !backup.tables.chairmanships.some((c) => c.id === open)) throw new BackupError('other-chairmanship');
  refuseFuture(backup);
  const signer = await checkSigner(backup);
  const local: MergeSide = { tables, seen };
  const remote: MergeSide = { tables: backup.tables, seen: backup.replica?.seen ?? {} };
  return { name, backup, signer, local, remote, plan: planMerge(local, remote) };
}

/** Asks for a colleague's backup and plans the merge; writes nothing. Null when cancelled (or a passphrase is asked first). */
export async function openMerge(): Promise<MergePreview | null> {
  const file = await platform().openFile({ kind: 'backup' });
  // A backup protected by a passphrase waits for it (the passphrase dialog, then openSealed).
  const bytes = file && unlessSealed(file.name, file.bytes, 'merge');
  return file && bytes ? previewMergeBytes(file.name, bytes) : null;
}

/** What the merge derives from the merged data with these choices (for the preview). */
export function derivedChanges(preview: MergePreview, choices: MergeChoices): DerivedChange[] {
  return resolveMerge(preview.local, preview.plan, choices, new Date()).derived;
}

interface LastMerge {
  snapshot: string;
  name: string;
  at: string;
}

const isLastMerge = (value: unknown): value is LastMerge =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LastMerge).snapshot === 'string' &&
  typeof (value as LastMerge).name === 'string';

/** The merge Undo merge would undo, if any (until the next merge). */
export function lastMerge(): Promise<LastMerge | null> {
  return store().settings.get<LastMerge | null>(SettingKey.lastMerge, null, isLastMerge);
}

/**
 * Snapshot (kept apart from the rotation until dismissed), then the merge, all or nothing. A
 * merge that fails takes its snapshot away again.
 */
export async function merge(preview: MergePreview, choices: MergeChoices, onError: (error: unknown) => void): Promise<number> {
  const { db, bulkDb } = store();
  const { write } = resolveMerge(preview.local, preview.plan, choices, new Date());
  const changes =
    Object.values(write.put).reduce((n, rows) => n + rows.length, 0) + Object.values(write.remove).reduce((n, ids) => n + ids.length, 0);
  // Later edits here sort after everything the merge saw or wrote (a choice's dot included).
  for (const dot of Object.values(write.seen)) db.hlc.observe(`${dot}-x`);
  const before = await takeSnapshot('merge');
  let written: number;
  try {
    written = await applyMerge(bulkDb, preview.local, write, db.hlc.node);
  } catch (error) {
    await deleteSnapshot(before.name).catch(() => undefined);
    throw error;
  }
  await rememberSigner(preview.backup, preview.signer);
  await store().settings.set(SettingKey.lastMerge, {
    snapshot: before.name,
    name: preview.name,
    at: new Date().toISOString(),
  } satisfies LastMerge);
  toasts.show(changes ? m.merge_done({ count: written, name: preview.name }) : m.merge_nothing(), {
    timeoutMs: 60_000,
    action: { label: m.merge_undo(), run: () => undoMerge().catch(onError) },
  });
  return written;
}

/** Puts back the data as it was before the last merge (the restore takes its own snapshot first). */
export async function undoMerge(): Promise<void> {
  const last = await lastMerge();
  if (!last) return;
  const backup = await readBackupBytes(await platform().readSnapshot(last.snapshot));
  await restore(backup);
  // The snapshot predates the merge; what it says of an earlier merge is no longer undoable.
  await store().settings.set(SettingKey.lastMerge, null);
  toasts.show(m.merge_undone({ name: last.name }));
}

/**
 * Deletes a snapshot kept from before a merge, at the user's word. If it is the one Undo merge
 * would put back, the last merge can no longer be undone (and says so: true).
 */
export async function dismissMergeSnapshot(name: string): Promise<boolean> {
  const last = await lastMerge();
  await deleteSnapshot(name);
  if (last?.snapshot !== name) return false;
  await store().settings.set(SettingKey.lastMerge, null);
  return true;
}
