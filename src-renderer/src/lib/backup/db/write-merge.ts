// Writes a merge (../io/merge-plan.ts) in one strict-durability transaction, after checking that every
// row it touches is still as the preview read it: another window may have written meanwhile,
// and then the user previews again rather than lose that edit.
import { BackupError, type BackupRow, type BackupTable } from '../io/file-format';
import { MERGED_TABLES, type MergeSide, type MergeWrite } from '../io/merge-plan';
import type { Tombstone } from '../../domain/types';
import type { ChairdeskDB } from '../../db/db';
import { SettingKey } from '../../db/settings';

export async function applyMerge(bulkDb: ChairdeskDB, previewed: MergeSide, write: MergeWrite, node: string): Promise<number> {
  const tables = [...MERGED_TABLES.map((t) => bulkDb.table<BackupRow, string>(t)), bulkDb.tombstones, bulkDb.settings];
  return bulkDb.transaction('rw', tables, async () => {
    let written = 0;
    for (const table of MERGED_TABLES) {
      const puts = write.put[table] ?? [];
      const removes = write.remove[table] ?? [];
      if (!puts.length && !removes.length) continue;
      await unchangedSince(bulkDb, table, previewed, [...puts.map((r) => String(r.id)), ...removes]);
      const target = bulkDb.table<BackupRow, string>(table);
      // Removes first: a row made one with another (a person on a session's list twice) frees
      // its natural key for the row kept.
      if (removes.length) await target.bulkDelete(removes);
      if (puts.length) await target.bulkPut(puts);
      written += puts.length + removes.length;
    }
    if (write.stones.remove.length) await bulkDb.tombstones.bulkDelete(write.stones.remove);
    if (write.stones.put.length) await bulkDb.tombstones.bulkPut(write.stones.put.map((s): Tombstone => ({ ...s })));
    await bulkDb.settings.put({ key: SettingKey.replica, value: { node, seen: write.seen }, updatedAt: new Date().toISOString(), rev: 1 });
    return written;
  });
}

/** Refuses the merge if any of these rows changed (or appeared) since the preview read the data. */
async function unchangedSince(db: ChairdeskDB, table: BackupTable, previewed: MergeSide, ids: readonly string[]): Promise<void> {
  const before = new Map(previewed.tables[table].map((r) => [String(r.id), r]));
  const now = await db.table<BackupRow, string>(table).bulkGet([...ids]);
  ids.forEach((id, i) => {
    const then = before.get(id);
    const stored = now[i];
    if (then?.rev !== stored?.rev || then?.updatedAt !== stored?.updatedAt) throw new BackupError('changed-meanwhile', `${table} ${id}`);
  });
}
