// Snapshot files: written atomically into the snapshots folder, listed with their size,
// read back and deleted; only names of the snapshot pattern, from the app's own pages.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { Channel, MAX_SNAPSHOT_BYTES, MAX_SNAPSHOTS } from '../../shared/ipc-contract';

vi.mock('electron', () => ({}));
const { prepareSnapshotFolder, registerSnapshotHandlers } = await import('./snapshots');

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const APP = { senderFrame: { url: 'app://chairdesk/index.html' } };
const NAME = 'snapshot-20261128T093000123Z-import.chairdesk.json';

let dir = '';
let key: Buffer | null = null;
const handlers = new Map<string, Handler>();
const call = (channel: string, payload?: unknown, event: unknown = APP): Promise<unknown> =>
  (handlers.get(channel) ?? (() => Promise.reject(new Error(`no handler for ${channel}`))))(event, payload);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'chairdesk-snapshots-')), 'snapshots');
  handlers.clear();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
  key = null;
  registerSnapshotHandlers(
    ipcMain,
    () => dir,
    () => key,
  );
});

const nameAt = (i: number): string =>
  `snapshot-2026112${Math.floor(i / 10)}T09${String(i % 10).padStart(2, '0')}00123Z-auto.chairdesk.json`;

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

  it('creates the folder and its files for their owner only', async () => {
    await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array([1]) });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, NAME)).mode & 0o777).toBe(0o600);
  });

  it(`keeps at most ${MAX_SNAPSHOTS} files whatever the page writes, removing the oldest`, async () => {
    for (let i = 0; i < MAX_SNAPSHOTS + 3; i++) await call(Channel.writeSnapshot, { name: nameAt(i), data: new Uint8Array([i + 1]) });
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: MAX_SNAPSHOTS }, (_, i) => nameAt(i + 3)));
  });

  it('removes the oldest snapshots taken before a merge last (Undo merge needs them)', async () => {
    const beforeMerge = nameAt(0).replace('-auto.', '-merge.');
    await call(Channel.writeSnapshot, { name: beforeMerge, data: new Uint8Array([1]) });
    for (let i = 1; i < MAX_SNAPSHOTS + 3; i++) await call(Channel.writeSnapshot, { name: nameAt(i), data: new Uint8Array([i + 1]) });
    expect(readdirSync(dir)).toContain(beforeMerge);
    expect(readdirSync(dir)).toHaveLength(MAX_SNAPSHOTS);
  });

  it('refuses a snapshot over the size limit', async () => {
    const data = new Uint8Array(MAX_SNAPSHOT_BYTES + 1);
    expect(await call(Channel.writeSnapshot, { name: NAME, data })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('snapshot files at rest', () => {
  const data = new TextEncoder().encode('{"format":"chairdesk-backup","persons":[{"phone":"+992 37 221-15-26"}]}');

  it('are sealed with the data key on disk, and read back as written', async () => {
    key = Buffer.alloc(32, 7);
    await call(Channel.writeSnapshot, { name: NAME, data });
    const onDisk = readFileSync(path.join(dir, NAME));
    expect(onDisk.includes(Buffer.from('+992 37'))).toBe(false);
    expect(onDisk.subarray(0, 8).toString()).toBe('CHDSEAL1');
    expect(await call(Channel.readSnapshot, NAME)).toEqual({ ok: true, value: new Uint8Array(data) });
  });

  it('are refused when changed on disk, or sealed with another key', async () => {
    key = Buffer.alloc(32, 7);
    await call(Channel.writeSnapshot, { name: NAME, data });
    const file = path.join(dir, NAME);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    expect(await call(Channel.readSnapshot, NAME)).toMatchObject({ ok: false, error: { code: 'io-failed' } });
    await call(Channel.writeSnapshot, { name: NAME, data });
    key = Buffer.alloc(32, 8);
    expect(await call(Channel.readSnapshot, NAME)).toMatchObject({ ok: false, error: { code: 'io-failed' } });
  });

  it('read the unsealed files written before sealing, or where no keychain exists', async () => {
    await call(Channel.writeSnapshot, { name: NAME, data });
    expect(readFileSync(path.join(dir, NAME))).toEqual(Buffer.from(data));
    key = Buffer.alloc(32, 7);
    expect(await call(Channel.readSnapshot, NAME)).toEqual({ ok: true, value: new Uint8Array(data) });
  });
});

describe('temporary files', () => {
  it('left by a crash are removed at start, and nothing else', async () => {
    mkdirSync(dir, { recursive: true });
    const stale = `.${NAME}.4242.1764322200000.0.tmp`;
    writeFileSync(path.join(dir, stale), 'half');
    writeFileSync(path.join(dir, NAME), 'whole');
    expect(await prepareSnapshotFolder(dir)).toEqual([stale]);
    expect(readdirSync(dir)).toEqual([NAME]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('are never written through a link planted where the next one goes', async () => {
    mkdirSync(dir, { recursive: true });
    const target = path.join(path.dirname(dir), 'elsewhere');
    writeFileSync(target, 'untouched');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now);
    // Every name the next write could take for its temporary file, linked to another file.
    for (let sequence = 0; sequence < 1_000; sequence++)
      symlinkSync(target, path.join(dir, `.${NAME}.${process.pid}.${now}.${sequence}.tmp`));
    const result = await call(Channel.writeSnapshot, { name: NAME, data: new Uint8Array([1]) });
    vi.mocked(Date.now).mockRestore();
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(result).toMatchObject({ ok: false });
  });
});
