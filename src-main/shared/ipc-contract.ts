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
  openExternal: 'app:open-external',
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

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

export interface OpenFileRequest {
  filters: FileFilter[];
  maxBytes: number;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  edition: 'desktop' | 'browser';
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

export interface WriteSnapshotRequest {
  name: string;
  data: Uint8Array;
}

/** Errors cross the boundary as values, never as thrown exceptions with stacks. */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'too-large' | 'io-failed' | 'not-found';
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
  openExternal(url: string): Promise<IpcResult<boolean>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  listSnapshots(): Promise<IpcResult<SnapshotFile[]>>;
  writeSnapshot(request: WriteSnapshotRequest): Promise<IpcResult<SnapshotFile>>;
  readSnapshot(name: string): Promise<IpcResult<Uint8Array>>;
  deleteSnapshot(name: string): Promise<IpcResult<null>>;
}
