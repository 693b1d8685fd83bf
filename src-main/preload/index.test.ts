import { describe, expect, it, vi } from 'vitest';
import { Channel } from '../shared/ipc-contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('./index');

describe('preload', () => {
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];

  it('exposes named functions only, under window.api', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(name).toBe('api');
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'deleteSnapshot',
      'listSnapshots',
      'onMenuCommand',
      'openFile',
      'print',
      'printToPdf',
      'readSnapshot',
      'saveFile',
      'setLocale',
      'writeSnapshot',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('sends each call on its own channel', async () => {
    await (api.setLocale as (l: string) => Promise<unknown>)('ru');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(Channel.setLocale, 'ru');
  });

  it('passes only known menu commands to the renderer', () => {
    const listener = vi.fn();
    const stop = (api.onMenuCommand as (l: (c: string) => void) => () => void)(listener);
    const wrapped = electron.ipcRenderer.on.mock.calls[0]?.[1] as unknown as (event: unknown, command: unknown) => void;
    wrapped({}, 'go-people');
    wrapped({}, 'rm -rf /');
    wrapped({}, { toString: () => 'go-people' });
    expect(listener.mock.calls).toEqual([['go-people']]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(Channel.menuCommand, wrapped);
  });
});
