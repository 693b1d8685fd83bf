import { describe, expect, it } from 'vitest';
import { browserSnapshots } from './browser-snapshots';

const NAME = 'snapshot-20150402T060000000Z-import.chairdesk.json';

describe('snapshots in the browser edition', () => {
  it('keeps them in their own database: write, list with size, read back, delete', async () => {
    const snapshots = browserSnapshots(`snapshots-${crypto.randomUUID()}`);
    const data = new TextEncoder().encode('{"format":"chairdesk-backup"}');
    expect(await snapshots.writeSnapshot(NAME, data)).toEqual({ name: NAME, size: data.byteLength });
    expect(await snapshots.listSnapshots()).toEqual([{ name: NAME, size: data.byteLength }]);
    expect(await snapshots.readSnapshot(NAME)).toEqual(data);
    await snapshots.deleteSnapshot(NAME);
    expect(await snapshots.listSnapshots()).toEqual([]);
    await expect(snapshots.readSnapshot(NAME)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses names that are not snapshot names, and empty snapshots', async () => {
    const snapshots = browserSnapshots(`snapshots-${crypto.randomUUID()}`);
    await expect(snapshots.writeSnapshot('../chairdesk', new Uint8Array([1]))).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(snapshots.writeSnapshot(NAME, new Uint8Array())).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(await snapshots.listSnapshots()).toEqual([]);
  });
});
