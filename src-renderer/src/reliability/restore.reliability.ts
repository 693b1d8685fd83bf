// @vitest-environment happy-dom
// docs/quality.md reliability 4, "restore is safe", through the app's own steps (save a backup,
// open it, preview, snapshot, restore, undo): a backup cut at 30/50/70/90/99 % is refused; a
// restore that fails at any point of its transaction leaves the data as it was; a change of
// one letter anywhere in the rows is caught by the checksum, and no change of one byte is
// taken; restore then "undo restore" gives back the same hash.
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backUp, openBackup, restore, undoRestore } from '../lib/backup/actions/back-up-and-restore';
import type { RestorePreview } from '../lib/backup/io/preview';
import { readBackupBytes } from '../lib/backup/actions/run-in-worker';
import { listSnapshots } from '../lib/backup/actions/snapshots';
import type { Store } from '../lib/db';
import { SettingKey } from '../lib/db/settings';
import { BACKUP_TABLES, BackupError, primaryKeyOf, type Backup, type BackupRow } from '../lib/backup/io/file-format';
import { dice } from './corpus/common';
import { exampleStore, hashOf, nextFile, recordFigure, savedFiles } from './harness';

const CUTS = [30, 50, 70, 90, 99];
/** Changes tried of each kind (one letter inside a value; any one byte anywhere). */
const CHANGES = Number(process.env.CHAIRDESK_BYTE_CHANGES ?? 1_000);
const APRIL = 'ex-session-2015-04-02-cfm';
/** A setting of the data, which a restore takes from the backup. */
const DATA_SETTING: BackupRow = { key: SettingKey.homeTimeZone, value: 'Asia/Dushanbe', updatedAt: '2015-01-01T00:00:00.000Z', rev: 1 };

let store: Store;
let backup: Uint8Array;
let atBackup: string;
const figure: Record<string, unknown> = {};

beforeAll(async () => {
  store = await exampleStore();
  const saved = savedFiles();
  await backUp();
  vi.restoreAllMocks();
  const [file] = saved.values();
  if (!file) throw new Error('no backup saved');
  backup = file;
  atBackup = await hashOf(store);
  // The data moves on after the backup, so a restore changes it and a partial one would show.
  const april = await store.sessions.require(APRIL);
  await store.sessions.update(april, { title: { ...april.title, en: 'Changed after the backup' } });
  await store.persons.add({
    organizationId: EXAMPLE_ORGANIZATION_ID,
    names: { en: { given: 'New', family: 'Delegate' }, ru: { given: '', family: '' } },
    honorific: { en: '', ru: '' },
  });
});
afterAll(() => {
  recordFigure('restore', figure);
  store.db.close();
  store.bulkDb.close();
});

async function openedBackup(bytes: Uint8Array): Promise<RestorePreview> {
  nextFile('year.chairdesk.json', bytes);
  const preview = await openBackup();
  if (!preview) throw new Error('no preview');
  return preview;
}

const refusal = (run: Promise<unknown>): Promise<string> =>
  run.then(
    () => 'taken',
    (error: unknown) => (error instanceof BackupError ? error.code : String(error)),
  );

/** Byte offsets of ASCII letters inside JSON string values (not keys) from `from` on. */
function letterOffsetsInValues(bytes: Uint8Array, from: number): number[] {
  const offsets: number[] = [];
  let i = from;
  while (i < bytes.length) {
    if (bytes[i] !== 0x22) {
      i++;
      continue;
    }
    const letters: number[] = [];
    let end = i + 1;
    for (; end < bytes.length && bytes[end] !== 0x22; end++) {
      const c = bytes[end] ?? 0;
      if (c === 0x5c) end++;
      else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters.push(end);
    }
    let after = end + 1;
    while (bytes[after] === 0x20) after++;
    // A string followed by a colon is a key.
    if (bytes[after] !== 0x3a) offsets.push(...letters);
    i = end + 1;
  }
  return offsets;
}

/** Another letter of the same case: the JSON stays valid and the row keeps its shape. */
const otherLetter = (c: number): number => {
  const base = c >= 0x61 ? 0x61 : 0x41;
  return base + ((c - base + 1) % 26);
};

describe('restore is safe', () => {
  it('refuses a backup cut at 30, 50, 70, 90 or 99 %, before any snapshot or write', async () => {
    const before = await hashOf(store);
    const snapshots = (await listSnapshots()).length;
    const codes: Record<string, string> = {};
    for (const percent of CUTS) {
      nextFile(`cut-${percent}.chairdesk.json`, backup.slice(0, Math.floor((backup.length * percent) / 100)));
      codes[`${percent} %`] = await refusal(openBackup());
    }
    figure.cuts = { tried: CUTS.length, refused: Object.values(codes).filter((c) => c !== 'taken').length, codes };
    expect(Object.values(codes).every((c) => c === 'truncated')).toBe(true);
    expect(await hashOf(store)).toBe(before);
    expect(await listSnapshots()).toHaveLength(snapshots);
  });

  it('leaves the data as it was when the restore fails at any point of its transaction', async () => {
    const preview = await openedBackup(backup);
    const before = await hashOf(store);
    const points: { at: string; failed: boolean; intact: boolean }[] = [];
    const attempt = async (at: string, backupToWrite: Pick<Backup, 'tables'>): Promise<void> => {
      const failed = await restore(backupToWrite).then(
        () => false,
        () => true,
      );
      points.push({ at, failed, intact: (await hashOf(store)) === before });
    };
    for (const table of BACKUP_TABLES) {
      const target = store.bulkDb.table(table);
      // Before the table is emptied, and before it is refilled: every earlier table is already rewritten.
      for (const step of ['clear', 'bulkAdd'] as const) {
        if (step === 'bulkAdd' && preview.backup.tables[table].length === 0) continue;
        const spy = vi.spyOn(target, step).mockRejectedValueOnce(new Error(`the disk went away at ${table}.${step}`));
        await attempt(`${table}.${step}`, preview.backup);
        spy.mockRestore();
      }
      // Halfway through refilling it: its last row repeats the key of one written before it.
      // A restore keeps this copy's own settings (its writer name) rather than the backup's,
      // so in settings the repeated row is a setting of the data, written twice.
      const rows = preview.backup.tables[table];
      const [first] = rows;
      const key = primaryKeyOf(table);
      if (table === 'settings')
        await attempt(`${table} last row`, {
          tables: { ...preview.backup.tables, settings: [...rows, DATA_SETTING, { ...DATA_SETTING }] },
        });
      else if (first)
        await attempt(`${table} last row`, {
          tables: { ...preview.backup.tables, [table]: [...rows, { ...rows.at(-1), [key]: first[key] }] },
        });
    }
    figure.failures = {
      points: points.length,
      failed: points.filter((p) => p.failed).length,
      intact: points.filter((p) => p.intact).length,
    };
    expect(points.filter((p) => !p.failed || !p.intact)).toEqual([]);
    expect(points.length).toBeGreaterThan(BACKUP_TABLES.length * 2);
  });

  it('catches a change of one letter anywhere in the rows by the checksum, and takes no file with one byte changed', async () => {
    const d = dice(20150402);
    const letters = letterOffsetsInValues(backup, new TextDecoder().decode(backup).indexOf('"tables":'));
    const count = (codes: string[]): Record<string, number> =>
      codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

    const letterCodes: string[] = [];
    for (let n = 0; n < CHANGES; n++) {
      const changed = backup.slice();
      const at = d.pick(letters);
      changed[at] = otherLetter(changed[at] ?? 0x61);
      letterCodes.push(await refusal(readBackupBytes(changed)));
    }
    const byteCodes: string[] = [];
    for (let n = 0; n < CHANGES; n++) {
      const changed = backup.slice();
      const at = d.int(changed.length);
      changed[at] = (changed[at] ?? 0) ^ (1 + d.int(255));
      byteCodes.push(await refusal(readBackupBytes(changed)));
    }
    figure.letters = { changed: letterCodes.length, byChecksum: letterCodes.filter((c) => c === 'checksum').length };
    figure.bytes = { changed: byteCodes.length, refused: byteCodes.filter((c) => c !== 'taken').length, codes: count(byteCodes) };
    expect(letters.length).toBeGreaterThan(1_000);
    expect(count(letterCodes)).toEqual({ checksum: CHANGES });
    expect(byteCodes.filter((c) => c === 'taken')).toEqual([]);
  });

  it('restores the backup exactly, and "undo restore" gives back the same hash as before', async () => {
    const before = await hashOf(store);
    expect(before).not.toBe(atBackup);
    const report = await restore((await openedBackup(backup)).backup);
    const restored = await hashOf(store);
    await undoRestore(report.snapshot);
    const undone = await hashOf(store);
    figure.undo = { restoredAsBackedUp: restored === atBackup, undoneAsBefore: undone === before };
    expect(restored).toBe(atBackup);
    expect(undone).toBe(before);
  });
});
