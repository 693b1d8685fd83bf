// The one boundary between the Electron main process and the renderer. Channel names are
// declared once here; the preload exposes one function per channel (`DesktopApi`) and the
// main process validates every payload with the schemas in ./ipc-schemas.ts.
// Runs in: main, preload, renderer. No runtime dependencies.

export const APP_SCHEME = 'app';
export const APP_HOST = 'chairdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const Channel = {
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:to-pdf',
  print: 'print:dialog',
  appInfo: 'app:info',
  setLocale: 'app:set-locale',
  menuCommand: 'menu:command',
  listSnapshots: 'snapshot:list',
  writeSnapshot: 'snapshot:write',
  readSnapshot: 'snapshot:read',
  deleteSnapshot: 'snapshot:delete',
} as const;

export type Locale = 'en' | 'ru';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What a save dialog saves: the page names the kind, the main process owns the extensions
 * (a page cannot have a `.desktop`, `.command` or `.exe` saved). Backups are written readable
 * by their owner only.
 */
export const SAVE_KINDS = {
  backup: { extensions: ['json'], ownerOnly: true },
  ics: { extensions: ['ics'], ownerOnly: false },
  csv: { extensions: ['csv'], ownerOnly: false },
  xlsx: { extensions: ['xlsx'], ownerOnly: false },
  docx: { extensions: ['docx'], ownerOnly: false },
  reference: { extensions: ['json'], ownerOnly: false },
} as const satisfies Record<string, { extensions: readonly string[]; ownerOnly: boolean }>;
export type SaveKind = keyof typeof SAVE_KINDS;

/** What an open dialog opens, with the largest file of each kind that is read at all. */
export const OPEN_KINDS = {
  backup: { extensions: ['json'], maxBytes: 256 * 1024 * 1024 },
  people: { extensions: ['csv', 'txt', 'xlsx'], maxBytes: 5 * 1024 * 1024 },
  ics: { extensions: ['ics', 'ical', 'ifb'], maxBytes: 20 * 1024 * 1024 },
  // The organization's reference data, as Chairdesk's file or a workbook (MAX_REFERENCE_BYTES).
  reference: { extensions: ['json', 'xlsx'], maxBytes: 32 * 1024 * 1024 },
} as const satisfies Record<string, { extensions: readonly string[]; maxBytes: number }>;
export type OpenKind = keyof typeof OPEN_KINDS;

export interface SaveFileRequest {
  suggestedName: string;
  kind: SaveKind;
  data: Uint8Array;
}

export interface OpenFileRequest {
  kind: OpenKind;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape: boolean;
}

/**
 * How the desktop app keeps the files of the user-data folder (snapshots): sealed with a data
 * key the OS keychain holds; sealed with a key Linux's basic store holds unprotected (no
 * keychain found); or unsealed (no store at all). The browser edition keeps none.
 */
export type DataProtection = 'keychain' | 'basic' | 'none';

export interface AppInfo {
  name: string;
  version: string;
  edition: 'desktop' | 'browser';
  dataProtection?: DataProtection;
  electron?: string;
  chrome?: string;
  platform: string;
}

/**
 * A snapshot file in the user-data folder: `snapshot-20261128T093000123Z-auto.chairdesk.json`.
 * A name, never a path: the main process refuses anything else.
 */
export const SNAPSHOT_NAME_PATTERN = /^snapshot-\d{8}T\d{9}Z-(auto|import|restore|merge)\.chairdesk\.json$/;

export interface SnapshotFile {
  name: string;
  size: number;
}

/** The most snapshot files the main process keeps (QUALITY.md reliability 9: 10 at most). */
/** The rotation keeps ten; up to five taken before merges are kept apart until dismissed. */
export const MAX_SNAPSHOTS = 15;
/** The largest snapshot the main process writes: the largest backup the app reads. */
export const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

export interface WriteSnapshotRequest {
  name: string;
  data: Uint8Array;
}

/** Errors cross the boundary as values, never as thrown exceptions with stacks. */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'too-large' | 'io-failed' | 'not-found' | 'not-a-file';
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-session',
  'find',
  'open-example',
  'backup',
  'restore',
  'print',
  'go-sessions',
  'go-schedule',
  'go-people',
  'go-organization',
  'go-action-plan',
  'go-decisions',
  'go-reports',
  'go-settings',
  'locale-en',
  'locale-ru',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the preload puts on `window.api`: named functions only. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<{ path: string } | null>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<{ path: string } | null>>;
  print(): Promise<IpcResult<boolean>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  setLocale(locale: Locale): Promise<IpcResult<null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  listSnapshots(): Promise<IpcResult<SnapshotFile[]>>;
  writeSnapshot(request: WriteSnapshotRequest): Promise<IpcResult<SnapshotFile>>;
  readSnapshot(name: string): Promise<IpcResult<Uint8Array>>;
  deleteSnapshot(name: string): Promise<IpcResult<null>>;
}
