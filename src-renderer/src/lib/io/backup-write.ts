// Writes a backup: rows in primary-key order, counts, and the SHA-256 of the canonical file
// with the checksum field empty, then that checksum put in its place. Pure.
import { canonicalJson, sha256Hex, sortByKey } from './backup-canonical';
import {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countRows,
  perTable,
  rowKey,
  type Backup,
  type BackupReplica,
  type BackupTables,
} from './backup-format';

export interface BackupSource {
  tables: BackupTables;
  schemaVersion: number;
  appVersion: string;
  createdAt: Date;
  /** The writing copy's change clock, for merges (absent in a file made for another purpose). */
  replica?: BackupReplica;
}

export interface EncodedBackup {
  text: string;
  backup: Backup;
}

export async function encodeBackup({ tables, schemaVersion, appVersion, createdAt, replica }: BackupSource): Promise<EncodedBackup> {
  const sorted = perTable((t) => sortByKey(tables[t], (row) => rowKey(t, row)));
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    appVersion,
    createdAt: createdAt.toISOString(),
    ...(replica ? { replica } : {}),
    counts: countRows(sorted),
    sha256: '',
    tables: sorted,
  };
  const unsigned = canonicalJson(backup);
  backup.sha256 = await sha256Hex(unsigned);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return { text: unsigned.slice(0, at) + backup.sha256 + unsigned.slice(at), backup };
}

/** `chairdesk-2015-2026-11-28.chairdesk.json`: the chairmanship year, then the local date. */
export function backupFileName(year: number | null, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `chairdesk-${year === null ? '' : `${year}-`}${date}.${BACKUP_EXTENSION}`;
}
