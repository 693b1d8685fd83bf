// Snapshot files: written atomically into the snapshots folder, listed with their size,
// read back and deleted; only names of the snapshot pattern, from the app's own pages.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { Channel } from '../../shared/ipc-contract';

vi.mock('electron', () => ({}));
const { registerSnapshotHandlers } = await import('./snapshots');

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const APP = { senderFrame: { url: 'app://chairdesk/index.html' } };
const NAME = 'snapshot-20261128T093000123Z-import.chairdesk.json';

let dir = '';
const handlers = new Map<string, Handler>();
const call = (channel: string, payload?: unknown, event: unknown = APP): Promise<unknown> =>
  (handlers.get(channel) ?? (() => Promise.reject(new Error(`no handler for ${channel}`))))(event, payload);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'chairdesk-snapshots-')), 'snapshots');
  handlers.clear();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
  registerSnapshotHandlers(ipcMain, () => dir);
});

describe('snapshot files', () => {
  it('writes a snapshot into the folder, lists it with its size, reads it back and deletes it', async () => {
    const data = new TextEncoder().encode('{"format":"chairdesk-backup"}');
    expect(await call(Channel.writeSnapshot, { name: NAME, data })).toEqual({ ok: true, value: { name: NAME, size: data.byteLength } });
    expect(readdirSync(dir)).toEqual([NAME]);
    expect(await call(Channel.listSnapshots)).toEqual({ ok: true, value: [{ name: NAME, size: data.byteLength }] });
    expect(await call(Channel.readSnapshot, NAME)).toEqual({ ok: true, value: new Uint8Array(data) });
    expect(await call(Channel.deleteSnapshot, NAME)).toEqual({ ok: true, value: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces a file whole, leaving no temporary file behind', async () => {
    await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array([1, 2, 3]) });
    await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array([4]) });
    expect(readdirSync(dir)).toEqual([NAME]);
    expect([...readFileSync(path.join(dir, NAME))]).toEqual([4]);
  });

  it('lists only snapshot files, never other files of the folder', async () => {
    await call(Channel.listSnapshots);
    writeFileSync(path.join(dir, 'window-state.json'), '{}');
    writeFileSync(path.join(dir, `.${NAME}.123.tmp`), 'half');
    expect(await call(Channel.listSnapshots)).toEqual({ ok: true, value: [] });
  });

  it('says when a snapshot is gone', async () => {
    expect(await call(Channel.readSnapshot, NAME)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['a path out of the folder', '../../.bashrc'],
    ['a name with a separator', `x/${NAME}`],
    ['an encoded traversal', '..%2f..%2fetc%2fpasswd'],
    ['an unknown reason', 'snapshot-20261128T093000123Z-evil.chairdesk.json'],
    ['another type', NAME.replace('.json', '.exe')],
    ['a number', 42],
  ])('refuses %s on every channel', async (_label, name) => {
    for (const [channel, payload] of [
      [Channel.writeSnapshot, { name, data: new Uint8Array([1]) }],
      [Channel.readSnapshot, name],
      [Channel.deleteSnapshot, name],
    ] as const) {
      expect(await call(channel, payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses an empty snapshot', async () => {
    expect(await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array() })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('refuses other senders before touching the folder', async () => {
    for (const event of [{ senderFrame: null }, { senderFrame: { url: 'https://evil.example/' } }]) {
      expect(await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array([1]) }, event)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
      expect(await call(Channel.listSnapshots, undefined, event)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(existsSync(dir)).toBe(false);
  });
});
