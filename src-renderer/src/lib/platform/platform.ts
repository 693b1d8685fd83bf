// What the app needs from the machine it runs on. Two implementations: electron.ts (over the
// preload's window.api) and browser.ts (downloads, <input type=file>, window.print()).
import type { AppInfo, Locale, MenuCommand, OpenKind, SaveKind, SnapshotFile } from '$shared/ipc-contract';

export type { AppInfo, MenuCommand, OpenKind, SaveKind, SnapshotFile };

export interface FileToSave {
  name: string;
  /** What the file is: the desktop's main process owns the extensions of each kind. */
  kind: SaveKind;
  data: Uint8Array | string;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type SaveOutcome = 'saved' | 'cancelled';
/** The browser edition hands PDFs to the system print dialog ("Save as PDF"). */
export type PdfOutcome = SaveOutcome | 'print-dialog';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Platform {
  readonly edition: 'desktop' | 'browser';
  saveFile(file: FileToSave): Promise<SaveOutcome>;
  /** The kind fixes the file types offered and the largest file read (OPEN_KINDS). */
  openFile(options: { kind: OpenKind }): Promise<OpenedFile | null>;
  /** Saves the page as it prints now (a print view) as a PDF. */
  printToPdf(options: { suggestedName: string; landscape: boolean }): Promise<PdfOutcome>;
  print(): Promise<void>;
  appInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Snapshots of the data, kept apart from it: files in the user-data folder (desktop), a
   * second IndexedDB database (browser). Names follow SNAPSHOT_NAME_PATTERN.
   */
  listSnapshots(): Promise<SnapshotFile[]>;
  writeSnapshot(name: string, data: Uint8Array): Promise<SnapshotFile>;
  readSnapshot(name: string): Promise<Uint8Array>;
  deleteSnapshot(name: string): Promise<void>;
}

export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}
