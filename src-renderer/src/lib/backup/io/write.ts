// Writes a backup: rows in primary-key order, counts, and the SHA-256 of the canonical file
// with the checksum field empty, then that checksum put in its place. Pure.
import { canonicalJson, sha256Hex, sortByKey } from './canonical-json';
import {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countRows,
  perTable,
  rowKey,
  type Backup,
  type BackupReplica,
  type BackupSignature,
  type BackupTables,
} from './file-format';

export interface BackupSource {
  tables: BackupTables;
  schemaVersion: number;
  appVersion: string;
  createdAt: Date;
  /** The writing copy's change clock, for merges (absent in a file made for another purpose). */
  replica?: BackupReplica;
  /** The public key that will sign the file (./sign.ts): the checksum covers it. */
  signedBy?: BackupSignature['key'];
}

export interface EncodedBackup {
  text: string;
  backup: Backup;
}

export async function encodeBackup({
  tables,
  schemaVersion,
  appVersion,
  createdAt,
  replica,
  signedBy,
}: BackupSource): Promise<EncodedBackup> {
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
    ...(signedBy ? { signature: { key: signedBy, value: '' } } : {}),
    tables: sorted,
  };
  const unsigned = canonicalJson(backup);
  backup.sha256 = await sha256Hex(unsigned);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return { text: unsigned.slice(0, at) + backup.sha256 + unsigned.slice(at), backup };
}

/**
 * The encoded file with its signature's value put in (the checksum was computed with it
 * empty). The envelope's fields before `tables` are short and checked, so the first
 * `"value":""` after `"signature":` is the signature's.
 */
export function withSignature(text: string, value: string): string {
  const start = text.indexOf('"signature":');
  const at = text.indexOf('"value":""', start);
  if (start < 0 || at < 0) throw new Error('the backup was not encoded for a signature');
  const inside = at + '"value":"'.length;
  return text.slice(0, inside) + value + text.slice(inside);
}

/**
 * `chairdesk-2015-protocol-laptop-2026-11-28-093015.chairdesk.json`: the chairmanship year, the
 * computer's label (so two colleagues' backups never collide in a shared folder), then the
 * local date and time to the second (two backups made in one minute do not either).
 */
export function backupFileName(year: number | null, now: Date, label = ''): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  // Letters of any script and digits survive; everything else becomes one hyphen.
  const slug = label
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `chairdesk-${year === null ? '' : `${year}-`}${slug ? `${slug}-` : ''}${date}.${BACKUP_EXTENSION}`;
}
