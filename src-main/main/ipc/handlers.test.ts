// Every registered IPC handler refuses a wrong origin, a null frame and a bad payload, and
// touches neither dialogs, files nor the shell when it does.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { Channel } from '../../shared/ipc-contract';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  app: { getPath: vi.fn(() => '/home/user/Documents'), getName: () => 'Chairdesk', getVersion: () => '0.1.0' },
}));
vi.mock('electron', () => electron);

const { registerFileHandlers } = await import('./files');
const { registerPrintHandlers } = await import('./print');
const { registerAppHandlers } = await import('./app');
const { registerSnapshotHandlers } = await import('./snapshots');

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
const onLocale = vi.fn();

registerFileHandlers(ipcMain, () => null);
registerPrintHandlers(ipcMain, () => null);
registerAppHandlers(ipcMain, onLocale);
const snapshotDir = path.join(mkdtempSync(path.join(tmpdir(), 'chairdesk-ipc-')), 'snapshots');
registerSnapshotHandlers(ipcMain, () => snapshotDir);
const SNAPSHOT = 'snapshot-20261128T093000123Z-auto.chairdesk.json';
const snapshotFiles = (): string[] => {
  try {
    return readdirSync(snapshotDir);
  } catch {
    return [];
  }
};

const frame = (url: string | null): unknown => ({ senderFrame: url === null ? null : { url } });

const VALID: Record<string, unknown> = {
  [Channel.saveFile]: { suggestedName: 'chairdesk-2015.ics', kind: 'ics', data: new Uint8Array([1]) },
  [Channel.openFile]: { kind: 'ics' },
  [Channel.printToPdf]: { suggestedName: 'programme.pdf', landscape: false },
  [Channel.print]: undefined,
  [Channel.appInfo]: undefined,
  [Channel.setLocale]: 'ru',
  [Channel.listSnapshots]: undefined,
  [Channel.writeSnapshot]: { name: SNAPSHOT, data: new Uint8Array([123, 125]) },
  [Channel.readSnapshot]: SNAPSHOT,
  [Channel.deleteSnapshot]: SNAPSHOT,
};

const INVALID: Record<string, unknown> = {
  [Channel.saveFile]: {
    suggestedName: 'run.desktop',
    kind: 'ics',
    filters: [{ name: 'x', extensions: ['desktop'] }],
    data: new Uint8Array([1]),
  },
  [Channel.openFile]: { kind: 'ics', maxBytes: 10 * 1024 * 1024 * 1024 },
  [Channel.printToPdf]: { suggestedName: 'x.pdf', landscape: 'yes' },
  [Channel.print]: { evil: true },
  [Channel.appInfo]: 'please',
  [Channel.setLocale]: 'fr',
  [Channel.listSnapshots]: '../',
  [Channel.writeSnapshot]: { name: '../../.bashrc', data: new Uint8Array([1]) },
  [Channel.readSnapshot]: '../../../etc/passwd',
  [Channel.deleteSnapshot]: 'snapshot-20261128T093000123Z-auto.chairdesk.json/../../x',
};

describe('IPC handlers', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers exactly the channels of the contract that the renderer invokes', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(VALID).sort());
  });

  describe.each(Object.keys(VALID))('%s', (channel) => {
    const handler = (): Handler => handlers.get(channel) ?? (() => Promise.reject(new Error('missing')));

    it.each([
      ['another origin', 'https://evil.example/'],
      ['a null frame', null],
    ])('refuses %s', async (_label, url) => {
      expect(await handler()(frame(url), VALID[channel])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
      expect(onLocale).not.toHaveBeenCalled();
      expect(snapshotFiles()).toEqual([]);
    });

    it('refuses a bad payload', async () => {
      expect(await handler()(frame('app://chairdesk/index.html'), INVALID[channel])).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
      expect(onLocale).not.toHaveBeenCalled();
      expect(snapshotFiles()).toEqual([]);
    });
  });

  it('has no channel that opens links: only link clicks in the window do', () => {
    expect([...handlers.keys()].filter((c) => /external|open-url|shell/i.test(c))).toEqual([]);
    expect(Object.values(Channel)).not.toContain('app:open-external');
  });

  it('passes a valid language to the menu', async () => {
    await handlers.get(Channel.setLocale)?.(frame('app://chairdesk/'), 'ru');
    expect(onLocale).toHaveBeenCalledWith('ru');
  });
});
