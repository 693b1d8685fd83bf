// Merging a colleague's backup of the same chairmanship: rows are matched by id; a row only
// they have is added; where both have it, the version ahead in both `rev` and `updatedAt`
// wins; where neither is (same rev with other content, or one has the higher rev and the
// other the later time) both sides edited it, and the user decides. Without a common
// ancestor this is the most a row's own counters can tell. Nothing is deleted: a row only
// this side has may be one the colleague never had. Settings stay local. Pure.
import { canonicalJson } from './backup-canonical';
import { BACKUP_TABLES, perTable, rowKey, type BackupRow, type BackupTable, type BackupTables } from './backup-format';

export type MergeKind = 'added' | 'updated' | 'kept' | 'unchanged' | 'conflict';
export const MERGE_KINDS: readonly MergeKind[] = ['added', 'updated', 'kept', 'unchanged', 'conflict'];

export interface MergeEntry {
  table: BackupTable;
  id: string;
  kind: Exclude<MergeKind, 'unchanged'>;
  /** This side's row (absent for `added`). */
  mine?: BackupRow;
  theirs: BackupRow;
  /** Fields whose values differ, bookkeeping aside. */
  fields: string[];
}

export interface MergePlan {
  /** Every row that differs, by kind; rows the same on both sides are only counted. */
  entries: MergeEntry[];
  counts: Record<BackupTable, Record<MergeKind, number>>;
}

/** Tables that merge: the data, not this computer's preferences. */
export const MERGED_TABLES: readonly BackupTable[] = BACKUP_TABLES.filter((t) => t !== 'settings');

const BOOKKEEPING = new Set(['rev', 'updatedAt', 'createdAt']);

export function differingFields(a: BackupRow, b: BackupRow): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => !BOOKKEEPING.has(k) && canonicalJson(a[k]) !== canonicalJson(b[k]));
}

const revOf = (row: BackupRow): number => (typeof row.rev === 'number' ? row.rev : 0);
const timeOf = (row: BackupRow): string => (typeof row.updatedAt === 'string' ? row.updatedAt : '');

function compare(mine: BackupRow, theirs: BackupRow): Exclude<MergeKind, 'added'> {
  if (canonicalJson(mine) === canonicalJson(theirs)) return 'unchanged';
  const [rm, rt, tm, tt] = [revOf(mine), revOf(theirs), timeOf(mine), timeOf(theirs)];
  if (rt > rm && tt >= tm) return 'updated';
  if (rm > rt && tm >= tt) return 'kept';
  return 'conflict';
}

export function planMerge(mine: BackupTables, theirs: BackupTables): MergePlan {
  const entries: MergeEntry[] = [];
  const counts = perTable(() => ({ added: 0, updated: 0, kept: 0, unchanged: 0, conflict: 0 }));
  for (const table of MERGED_TABLES) {
    const here = new Map(mine[table].map((row) => [rowKey(table, row), row]));
    for (const row of theirs[table]) {
      const id = rowKey(table, row);
      const current = here.get(id);
      const kind = current ? compare(current, row) : 'added';
      counts[table][kind]++;
      if (kind === 'unchanged') continue;
      entries.push({
        table,
        id,
        kind,
        theirs: row,
        fields: current ? differingFields(current, row) : [],
        ...(current ? { mine: current } : {}),
      });
    }
  }
  return { entries, counts };
}

/** The key a decision about a conflict is kept under. */
export const entryKey = (entry: Pick<MergeEntry, 'table' | 'id'>): string => `${entry.table}/${entry.id}`;

/** What the merge writes: new rows, rows newer in the backup, and the conflicts decided for the colleague's version. */
export function rowsToWrite(plan: MergePlan, takeTheirs: ReadonlySet<string>): MergeEntry[] {
  return plan.entries.filter((e) => e.kind === 'added' || e.kind === 'updated' || (e.kind === 'conflict' && takeTheirs.has(entryKey(e))));
}

/**
 * The row as written: the colleague's version, with a `rev` ahead of this side's so that an
 * editor still holding this side's version is told the row changed.
 */
export function mergedRow(entry: MergeEntry): BackupRow {
  if (!entry.mine || revOf(entry.theirs) > revOf(entry.mine)) return entry.theirs;
  return { ...entry.theirs, rev: revOf(entry.mine) + 1 };
}
