// Saving exports through the platform (a native dialog on the desktop, a download in the
// browser), with a toast that says what happened.
import { m } from '../presentation/i18n';
import { platform, type SaveKind } from '../platform';
import { toasts } from '../state/toasts.svelte';

/** The exports (backups are saved by ./backup.ts). */
export type FileType = Exclude<SaveKind, 'backup'>;

/**
 * File names that are safe on every system: letters of any script, digits, dashes. Composed
 * (NFC), so й, ё and the Tajik ӣ ӯ ҳ қ ғ ҷ stay one letter each ("отчёт", not "отче-т"); a
 * mark with no composed form stays with its letter. Cut at 80 characters, never inside one.
 */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '')
    .toLowerCase();
  return Array.from(slug).slice(0, 80).join('').replace(/-+$/, '') || 'chairdesk';
}

export async function saveExport(name: string, type: FileType, data: Uint8Array | string): Promise<boolean> {
  const outcome = await platform().saveFile({ name, kind: type, data });
  if (outcome === 'saved') toasts.show(m.export_saved({ name }));
  return outcome === 'saved';
}
