// The kinds of file the save and open dialogs deal in, as the main process shows them: the
// filters in the menu's language, the extension a saved file must carry, and how an opened
// path is read (a regular file, within the kind's size). The page names a kind, nothing more
// (shared/ipc-contract.ts: SAVE_KINDS, OPEN_KINDS). Runs in: main.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { OPEN_KINDS, SAVE_KINDS, type FileFilter, type Locale, type OpenKind, type SaveKind } from '../shared/ipc-contract';

const LABELS: Record<Locale, Record<SaveKind | OpenKind, string>> = {
  en: {
    backup: 'Chairdesk backup',
    ics: 'iCalendar',
    csv: 'CSV',
    xlsx: 'Excel',
    docx: 'Word',
    people: 'CSV or Excel',
    reference: 'Chairdesk reference data',
  },
  ru: {
    backup: 'Резервная копия Chairdesk',
    ics: 'iCalendar',
    csv: 'CSV',
    xlsx: 'Excel',
    docx: 'Word',
    people: 'CSV или Excel',
    reference: 'Справочные данные Chairdesk',
  },
};

export function saveFilters(kind: SaveKind, locale: Locale): FileFilter[] {
  return [{ name: LABELS[locale][kind], extensions: [...SAVE_KINDS[kind].extensions] }];
}

export function openFilters(kind: OpenKind, locale: Locale): FileFilter[] {
  return [{ name: LABELS[locale][kind], extensions: [...OPEN_KINDS[kind].extensions] }];
}

/** The path with the kind's extension: the one chosen when it already has it, else the first added. */
export function withExtension(file: string, kind: SaveKind): string {
  const extensions: readonly string[] = SAVE_KINDS[kind].extensions;
  const ext = path.extname(file).slice(1).toLowerCase();
  return extensions.includes(ext) ? file : `${file}.${extensions[0] ?? 'bin'}`;
}

export class OpenRefusal extends Error {
  override readonly name = 'OpenRefusal';
  constructor(
    readonly code: 'not-a-file' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking and checked on
 * the open handle, so a FIFO, a device (/dev/zero, /dev/stdin), a folder or a file swapped
 * after the dialog is refused rather than read (or waited on) forever.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EISDIR')
      throw new OpenRefusal('not-a-file', 'This is a folder, not a file.');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new OpenRefusal('not-a-file', 'This is not a regular file.');
    if (stats.size > maxBytes) throw new OpenRefusal('too-large', `The file is larger than ${maxBytes} bytes.`);
    const bytes = new Uint8Array(await handle.readFile());
    // Grown since the check (a file still being written).
    if (bytes.byteLength > maxBytes) throw new OpenRefusal('too-large', `The file is larger than ${maxBytes} bytes.`);
    return bytes;
  } finally {
    await handle.close();
  }
}
