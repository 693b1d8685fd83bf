// The database as a backup and back: every table read in one transaction (a consistent
// picture even while another window writes), and every table replaced in one
// strict-durability transaction, so a restore that fails at any point leaves the old data.
import type { Table } from 'dexie';
import { canonicalJson, sha256Hex, sortByKey } from '../io/canonical-json';
import { BACKUP_TABLES, perTable, rowKey, type Backup, type BackupRow, type BackupTables } from '../io/file-format';
import type { ChairdeskDB } from '../../db/db';

function tablesOf(db: ChairdeskDB): Table<BackupRow, string>[] {
  // Every table holds plain rows keyed by a string; the backup treats them alike.
  return BACKUP_TABLES.map((t) => db.table<BackupRow, string>(t));
}

export async function readAllTables(db: ChairdeskDB): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), async () => {
    const rows = await Promise.all(BACKUP_TABLES.map((t) => db.table<BackupRow, string>(t).toArray()));
    return perTable((t) => rows[BACKUP_TABLES.indexOf(t)] ?? []);
  });
}

/** The SHA-256 of a canonical export of these tables: equal hashes, equal data. */
export function tablesHash(tables: BackupTables): Promise<string> {
  return sha256Hex(canonicalJson(perTable((t) => sortByKey(tables[t], (row) => rowKey(t, row)))));
}

/** The SHA-256 of a canonical export of every table: equal hashes, equal data. */
export async function databaseHash(db: ChairdeskDB): Promise<string> {
  return tablesHash(await readAllTables(db));
}

/**
 * Every table emptied and refilled from `backup`, all or nothing. The settings that belong to
 * this computer rather than to the data (its writer name, its label, the signers it knows)
 * are kept: `local` gives them, as they should read after the restore; the backup's rows of
 * those keys, and of `ownKeys` that this computer has no row of, are left out.
 */
export async function replaceAllTables(
  bulkDb: ChairdeskDB,
  backup: Pick<Backup, 'tables'>,
  local: readonly BackupRow[] = [],
  ownKeys: readonly string[] = [],
): Promise<number> {
  const kept = new Set([...local.map((r) => r.key), ...ownKeys]);
  return bulkDb.transaction('rw', tablesOf(bulkDb), async () => {
    // Every table emptied first, then filled: the writes come last, so a disk that fills
    // while they are written out aborts the transaction with nothing else pending.
    for (const table of BACKUP_TABLES) await bulkDb.table(table).clear();
    let written = 0;
    for (const table of BACKUP_TABLES) {
      const rows = table === 'settings' ? [...backup.tables.settings.filter((r) => !kept.has(r.key)), ...local] : backup.tables[table];
      if (rows.length) await bulkDb.table<BackupRow, string>(table).bulkAdd(rows);
      written += rows.length;
    }
    return written;
  });
}
