// Saving exports through the platform (a native dialog on the desktop, a download in the
// browser), with a toast that says what happened.
import type { Lang } from '../domain/text';
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

/** How many of an exported document's fields are in the other language than its own `lang`. */
export interface FallbackTally {
  lang: Lang;
  count: number;
}

function savedMessage(name: string, fallbacks: FallbackTally | undefined): string {
  if (!fallbacks?.count) return m.export_saved({ name });
  const { count } = fallbacks;
  return fallbacks.lang === 'ru' ? m.paperwork_saved_missing_ru({ name, count }) : m.paperwork_saved_missing_en({ name, count });
}

/** Saves an export; the toast says so, and how many fields it carries in the other language. */
export async function saveExport(name: string, type: FileType, data: Uint8Array | string, fallbacks?: FallbackTally): Promise<boolean> {
  const outcome = await platform().saveFile({ name, kind: type, data });
  if (outcome === 'saved') toasts.show(savedMessage(name, fallbacks));
  return outcome === 'saved';
}
