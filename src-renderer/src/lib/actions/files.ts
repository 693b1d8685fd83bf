// Saving exports through the platform (a native dialog on the desktop, a download in the
// browser), with a toast that says what happened.
import { m } from '../presentation/i18n';
import { platform, type SaveKind } from '../platform';
import { toasts } from '../state/toasts.svelte';

/** The exports (backups are saved by ./backup.ts). */
export type FileType = Exclude<SaveKind, 'backup'>;

/** File names that are safe on every system: letters, digits, dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'chairdesk'
  );
}

export async function saveExport(name: string, type: FileType, data: Uint8Array | string): Promise<boolean> {
  const outcome = await platform().saveFile({ name, kind: type, data });
  if (outcome === 'saved') toasts.show(m.export_saved({ name }));
  return outcome === 'saved';
}
