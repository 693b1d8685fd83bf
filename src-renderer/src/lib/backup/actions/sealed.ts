// A backup protected by a passphrase, once the passphrase dialog has it: opened, then planned
// for what it was chosen for (a restore, or a merge, whose code loads only then).
import type { SealedFile } from '../io/preview';
import { openSealedBackup } from '../io/seal';
import { storage } from '../../state/storage.svelte';
import { previewRestore } from './back-up-and-restore';

/**
 * Opens a protected backup with its passphrase and plans what it was opened for; throws
 * BackupSealError 'wrong-passphrase' when it does not open (the dialog says so and asks again).
 */
export async function openSealed(file: SealedFile, passphrase: string): Promise<void> {
  const bytes = await openSealedBackup(file.bytes, passphrase);
  if (file.purpose === 'restore') storage.pendingRestore = await previewRestore(file.name, 'file', bytes);
  else storage.pendingMerge = await (await import('./merge')).previewMergeBytes(file.name, bytes);
}
