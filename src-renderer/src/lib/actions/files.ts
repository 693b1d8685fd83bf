// Saving exports through the platform (a native dialog on the desktop, a download in the
// browser), with a toast that says what happened.
import { m } from '../i18n';
import { platform, type FileFilter } from '../platform';
import { toasts } from '../state/toasts.svelte';

export const FILE_TYPES = {
  ics: { mime: 'text/calendar;charset=utf-8', filter: { name: 'iCalendar', extensions: ['ics'] } },
  csv: { mime: 'text/csv;charset=utf-8', filter: { name: 'CSV', extensions: ['csv'] } },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filter: { name: 'Excel', extensions: ['xlsx'] } },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filter: { name: 'Word', extensions: ['docx'] } },
  json: { mime: 'application/json', filter: { name: 'JSON', extensions: ['json'] } },
} as const satisfies Record<string, { mime: string; filter: FileFilter }>;

export type FileType = keyof typeof FILE_TYPES;

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
  const { mime, filter } = FILE_TYPES[type];
  const outcome = await platform().saveFile({ name, mime, data, filters: [filter] });
  if (outcome === 'saved') toasts.show(m.export_saved({ name }));
  return outcome === 'saved';
}
