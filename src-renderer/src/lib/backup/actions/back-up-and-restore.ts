// Back up and restore: the whole database to one file and back. A restore is read and
// checked in a Worker, previewed, preceded by a snapshot, written in one strict-durability
// transaction, and can be undone (the snapshot is put back the same way).
import { replicaOf, store } from '../../db';
import { readAllTables, replaceAllTables } from '../db/whole-database';
import { isString, SettingKey } from '../../db/settings';
import { countRows, type Backup, type BackupRow } from '../io/file-format';
import type { RestorePreview, SealedFile } from '../io/preview';
import { joinVectors, type VersionVector } from '../../domain/changes';
import { chairmanshipRow, organizationRow } from '../io/row-schemas';
import { isSealedBackup, sealBackup } from '../io/seal';
import { joinOrganizations, readChairmanships } from '../../db/read-models';
import { backupFileName } from '../io/write';
import { m } from '../../presentation/i18n';
import { platform } from '../../platform';
import { app } from '../../state/app.svelte';
import { storage } from '../../state/storage.svelte';
import { toasts } from '../../state/toasts.svelte';
import { encodeBackupBytes, readBackupBytes } from './run-in-worker';
import { openChairmanship } from '../../actions/chairmanship';
import { exportIdentity, signEncoded } from './identity';
import { takeSnapshot } from './snapshots';

async function currentYear(): Promise<number | null> {
  const id = app.chairmanshipId;
  return id ? ((await store().chairmanships.get(id))?.year ?? null) : null;
}

/**
 * Saves a backup of every table, sealed with `passphrase` when one is given (io/seal.ts);
 * false when the user cancelled the save dialog.
 */
export async function backUp(now: Date = new Date(), passphrase?: string): Promise<boolean> {
  const identity = await exportIdentity();
  const { bytes: encoded, meta } = await encodeBackupBytes(await readAllTables(store().db), now, identity);
  const plain = await signEncoded(encoded, meta.sha256);
  const bytes = passphrase ? await sealBackup(plain, passphrase) : plain;
  const name = backupFileName(await currentYear(), now, identity.replica.label);
  const outcome = await platform().saveFile({
    name,
    kind: 'backup',
    data: bytes,
  });
  if (outcome === 'saved') toasts.show(m.backup_saved({ name }));
  return outcome === 'saved';
}

export async function previewRestore(name: string, kind: RestorePreview['kind'], bytes: Uint8Array): Promise<RestorePreview> {
  const [backup, tables] = await Promise.all([readBackupBytes(bytes), readAllTables(store().db)]);
  return {
    name,
    kind,
    backup,
    // The rows passed the schema in the Worker; parsing them again gives them their type.
    incoming: {
      counts: backup.counts,
      chairmanships: joinOrganizations(
        backup.tables.chairmanships.map((r) => chairmanshipRow.parse(r)),
        backup.tables.organizations.map((r) => organizationRow.parse(r)),
      ),
    },
    current: { counts: countRows(tables), chairmanships: await readChairmanships(store()) },
  };
}

/**
 * A file the user chose for a restore or a merge: its bytes when they are a plain backup; null
 * when it is protected by a passphrase, which the passphrase dialog then asks for
 * (storage.pendingSealed, then openSealed).
 */
export function unlessSealed(name: string, bytes: Uint8Array, purpose: SealedFile['purpose']): Uint8Array | null {
  if (!isSealedBackup(bytes)) return bytes;
  storage.pendingSealed = { name, bytes, purpose };
  return null;
}

/** Asks for a backup file and checks it completely; null when the user cancelled, or a passphrase is needed first. */
export async function openBackup(): Promise<RestorePreview | null> {
  const file = await platform().openFile({ kind: 'backup' });
  const bytes = file && unlessSealed(file.name, file.bytes, 'restore');
  return file && bytes ? previewRestore(file.name, 'file', bytes) : null;
}

export async function previewSnapshot(name: string): Promise<RestorePreview> {
  return previewRestore(name, 'snapshot', await platform().readSnapshot(name));
}

/** After a restore the open chairmanship may be gone: open the one the restored settings name, or the first. */
async function reopenChairmanship(): Promise<void> {
  const { settings, chairmanships } = store();
  const wanted = await settings.get<string | null>(SettingKey.currentChairmanship, null, isString);
  const all = await chairmanships.toArray();
  openChairmanship(all.find((c) => c.id === wanted) ?? all.find((c) => c.id === app.chairmanshipId) ?? all[0] ?? null);
}

export interface RestoreReport {
  written: number;
  /** The snapshot of the data as it was before: what Undo puts back. */
  snapshot: string;
}

/**
 * This computer's own settings as they should read after restoring `backup`: the same writer
 * name (a backup restored on a second computer must not make it write as the first), having
 * seen what the restored data had seen of others' changes (no more: undoing a merge forgets
 * the colleague's changes it took, so merging them again takes them again); the same label
 * and known signers; no merge to undo.
 */
async function localSettings(backup: Pick<Backup, 'tables' | 'replica'>): Promise<BackupRow[]> {
  const { db } = store();
  const replica = await replicaOf(store());
  const [replicaRow, label, signers, last] = await db.settings.bulkGet([
    SettingKey.replica,
    SettingKey.label,
    SettingKey.signers,
    SettingKey.lastMerge,
  ]);
  const restored = backup.tables.settings.find((r) => r.key === SettingKey.replica);
  const restoredReplica = restored?.value as { node?: string; seen?: VersionVector } | undefined;
  // What the restored data had seen of others' changes (this computer's own snapshot: as it was).
  const seen = joinVectors(backup.replica?.seen ?? {}, restoredReplica?.seen ?? {});
  for (const stamp of Object.values(seen)) db.hlc.observe(`${stamp}-x`);
  const at = new Date().toISOString();
  const ownRow = restored && restoredReplica?.node === replica.node ? restored : undefined;
  return [
    ownRow ?? { key: SettingKey.replica, value: { node: replica.node, seen }, updatedAt: at, rev: (replicaRow?.rev ?? 0) + 1 },
    ...(label ? [label] : []),
    ...(signers ? [signers] : []),
    // The merge before this restore cannot be undone any more.
    ...(last?.value ? [{ key: SettingKey.lastMerge, value: null, updatedAt: at, rev: last.rev + 1 }] : last ? [last] : []),
  ].map((row): BackupRow => ({ ...row }));
}

/** This computer's settings: a restore never takes another computer's (its label, the signers it trusts, its merge). */
const OWN_SETTINGS: readonly string[] = [SettingKey.replica, SettingKey.label, SettingKey.signers, SettingKey.lastMerge];

/** Snapshot, then replace every table in one transaction; a failure leaves the data as it was. */
export async function restore(backup: Pick<Backup, 'tables' | 'replica'>): Promise<RestoreReport> {
  const before = await takeSnapshot('restore');
  const written = await replaceAllTables(store().bulkDb, backup, await localSettings(backup), OWN_SETTINGS);
  await reopenChairmanship();
  return { written, snapshot: before.name };
}

/** Restores a previewed backup and offers to undo it. */
export async function restoreWithUndo(preview: RestorePreview, onError: (error: unknown) => void): Promise<RestoreReport> {
  const report = await restore(preview.backup);
  toasts.show(m.restore_done({ count: report.written, name: preview.name }), {
    timeoutMs: 60_000,
    action: { label: m.restore_undo(), run: () => undoRestore(report.snapshot).catch(onError) },
  });
  return report;
}

/** Puts back the snapshot taken before a restore (itself after a snapshot, so it can be redone from Settings). */
export async function undoRestore(snapshot: string): Promise<void> {
  const backup = await readBackupBytes(await platform().readSnapshot(snapshot));
  await restore(backup);
  toasts.show(m.restore_undone());
}
