// Writes a merge in one strict-durability transaction, after checking that every row it
// touches is still as the preview showed it (another window may have edited meanwhile).
import { BackupError, type BackupRow } from '../io/backup-format';
import { mergedRow, MERGED_TABLES, type MergeEntry } from '../io/backup-merge';
import type { ChairdeskDB } from './db';

const sameVersion = (a: BackupRow | undefined, b: BackupRow | undefined): boolean =>
  a?.rev === b?.rev && a?.updatedAt === b?.updatedAt && (a === undefined) === (b === undefined);

export async function commitMerge(bulkDb: ChairdeskDB, entries: readonly MergeEntry[]): Promise<number> {
  const tables = MERGED_TABLES.map((t) => bulkDb.table<BackupRow, string>(t));
  return bulkDb.transaction('rw', tables, async () => {
    for (const entry of entries) {
      const table = bulkDb.table<BackupRow, string>(entry.table);
      const current = await table.get(entry.id);
      if (!sameVersion(current, entry.mine)) throw new BackupError('changed-meanwhile', `${entry.table} ${entry.id}`);
      await table.put(mergedRow(entry));
    }
    return entries.length;
  });
}
