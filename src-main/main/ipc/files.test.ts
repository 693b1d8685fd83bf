// The save and open dialogs: the page names a kind, the main process picks the filters, the
// extension, the permissions and the size limit; an opened path must be a regular file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { Channel, OPEN_KINDS } from '../../shared/ipc-contract';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  app: { getPath: vi.fn(() => '/home/user/Documents') },
}));
vi.mock('electron', () => electron);
const { registerFileHandlers } = await import('./files');

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
registerFileHandlers(
  { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain,
  () => null,
  () => 'ru',
);
const APP = { senderFrame: { url: 'app://chairdesk/index.html' } };
const call = (channel: string, payload: unknown): Promise<unknown> =>
  (handlers.get(channel) ?? (() => Promise.reject(new Error(channel))))(APP, payload);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chairdesk-files-'));
  vi.clearAllMocks();
});

describe('the save dialog', () => {
  it('offers the kind’s own type in the menu’s language, adds its extension, and keeps a backup for its owner', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'chairdesk-2015') });
    const result = await call(Channel.saveFile, { suggestedName: 'chairdesk-2015', kind: 'backup', data: new Uint8Array([123, 125]) });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home/user/Documents', 'chairdesk-2015.json'),
      filters: [{ name: 'Резервная копия Chairdesk', extensions: ['json'] }],
    });
    const saved = path.join(dir, 'chairdesk-2015.json');
    expect(result).toEqual({ ok: true, value: { path: saved } });
    expect(readFileSync(saved, 'utf8')).toBe('{}');
    expect(statSync(saved).mode & 0o777).toBe(0o600);
  });

  it('saves an export readable by others, as it is made to be sent', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'programme.ics') });
    await call(Channel.saveFile, { suggestedName: 'programme.ics', kind: 'ics', data: new Uint8Array([1]) });
    expect(statSync(path.join(dir, 'programme.ics')).mode & 0o777).toBe(0o644);
  });

  it('refuses a page that names its own file types or an unknown kind, before any dialog', async () => {
    for (const payload of [
      { suggestedName: 'run.desktop', kind: 'ics', filters: [{ name: 'x', extensions: ['desktop'] }], data: new Uint8Array([1]) },
      { suggestedName: 'run.exe', kind: 'exe', data: new Uint8Array([1]) },
    ]) {
      expect(await call(Channel.saveFile, payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('the open dialog', () => {
  const choose = (file: string): void => void electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });

  it('reads a regular file of the kind, offered with the kind’s types', async () => {
    const file = path.join(dir, 'guests.csv');
    writeFileSync(file, 'Family name\nLavrov\n');
    choose(file);
    expect(await call(Channel.openFile, { kind: 'people' })).toEqual({
      ok: true,
      value: { name: 'guests.csv', bytes: new Uint8Array(readFileSync(file)) },
    });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile'],
      filters: [{ name: 'CSV или Excel', extensions: ['csv', 'txt', 'xlsx'] }],
    });
  });

  it('refuses a FIFO, a device and a folder without waiting on them', async () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const folder = path.join(dir, 'folder.csv');
    mkdirSync(folder);
    for (const file of [fifo, '/dev/zero', folder]) {
      choose(file);
      expect(await call(Channel.openFile, { kind: 'people' })).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
    }
  });

  it('refuses a file over the kind’s limit, whatever the page would allow', async () => {
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, new Uint8Array(OPEN_KINDS.people.maxBytes + 1));
    choose(file);
    expect(await call(Channel.openFile, { kind: 'people' })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await call(Channel.openFile, { kind: 'people', maxBytes: 10 * OPEN_KINDS.people.maxBytes })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});
