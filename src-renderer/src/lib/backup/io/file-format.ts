// Chairdesk's own backup format (DESIGN.md §4): one JSON file holding every table, with a
// format version, the schema version, the app version, when it was made, the row count of
// each table and a SHA-256 of the content. The file is canonical JSON (see
// ./canonical-json.ts), so any changed byte is caught before anything is written. Pure.

/** Every table of the database, in the order a backup lists them (the db layer checks it). */
export const BACKUP_TABLES = [
  'organizations',
  'chairmanships',
  'parties',
  'bodies',
  'persons',
  'appointments',
  'themes',
  'sessions',
  'agendaItems',
  'participants',
  'documents',
  'actionPlans',
  'actionItems',
  'actionUpdates',
  'tombstones',
  'settings',
  'seatingPlans',
  'journals',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The tables a backup of each schema version holds (older ones are upgraded when read). */
export const TABLES_OF_SCHEMA: Readonly<Record<number, readonly BackupTable[]>> = {
  1: BACKUP_TABLES.filter((t) => !['organizations', 'themes', 'tombstones', 'seatingPlans', 'journals'].includes(t)),
  2: BACKUP_TABLES.filter((t) => !['seatingPlans', 'journals'].includes(t)),
  3: BACKUP_TABLES,
};

export const BACKUP_FORMAT = 'chairdesk-backup';
/** 2: the writer's change clock (`replica`) for merges, and an optional signature. */
export const BACKUP_FORMAT_VERSION = 2;
/** `chairdesk-2015-2026-11-28.chairdesk.json` */
export const BACKUP_EXTENSION = 'chairdesk.json';

/** The largest backup read: a decade of chairmanships is about 80 MB. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Deeper nesting than any row has is a crafted file. */
export const MAX_BACKUP_DEPTH = 16;

export type BackupRow = Record<string, unknown>;
export type BackupTables = Record<BackupTable, BackupRow[]>;

/** Which copy wrote a backup, as a writer of changes, and what it had seen of others' (domain/changes.ts). */
export interface BackupReplica {
  node: string;
  seen: Record<string, string>;
  /** The computer's or user's name chosen in Settings, shown to whoever merges it. */
  label: string;
}

/**
 * A signature by the installation that wrote the backup: an ECDSA P-256 key made on first
 * use and never exported, whose public half travels in the file so that a merge can say whose
 * backup it is and warn when an unknown or changed key signed it. `value` signs `sha256`.
 */
export interface BackupSignature {
  /** The public key, JWK. */
  key: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  /** Base64 of the raw (r‖s) signature. */
  value: string;
}

export interface BackupMeta {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  /** ISO instant (UTC). */
  createdAt: string;
  replica?: BackupReplica;
  counts: Record<BackupTable, number>;
  /** Lower-case hex SHA-256 of the canonical file with this field (and the signature's value) empty. */
  sha256: string;
  signature?: BackupSignature;
}

export interface Backup extends BackupMeta {
  tables: BackupTables;
}

/** The primary key of a row: settings are keyed by `key`, tombstones by table and id, every other table by `id`. */
export function primaryKeyOf(table: BackupTable): 'id' | 'key' {
  return table === 'settings' ? 'key' : 'id';
}

export function rowKey(table: BackupTable, row: BackupRow): string {
  if (table === 'tombstones') return `${String(row.table)}/${String(row.id)}`;
  const value = row[primaryKeyOf(table)];
  return typeof value === 'string' ? value : '';
}

/** A value for every table. */
export function perTable<T>(value: (table: BackupTable) => T): Record<BackupTable, T> {
  // fromEntries cannot know that the keys are exactly BACKUP_TABLES; the map above makes them so.
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, value(t)])) as Record<BackupTable, T>;
}

export const emptyTables = (): BackupTables => perTable(() => []);

export const countRows = (tables: BackupTables): Record<BackupTable, number> => perTable((t) => tables[t].length);

/** What the checksum covers: the backup with the checksum, and the signature's value, empty. */
export function unsignedBackup<B extends Pick<BackupMeta, 'sha256' | 'signature'>>(backup: B): B {
  return { ...backup, sha256: '', ...(backup.signature ? { signature: { ...backup.signature, value: '' } } : {}) };
}

/** Why a backup (or snapshot) was not read; actions turn the code into words. */
export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'encoding'
  | 'truncated'
  | 'malformed'
  | 'forbidden-key'
  | 'too-deep'
  | 'not-backup'
  | 'newer-format'
  | 'newer-schema'
  | 'checksum'
  | 'not-canonical'
  | 'invalid-rows'
  | 'counts'
  | 'duplicate-keys'
  | 'timeout'
  | 'other-chairmanship'
  | 'changed-meanwhile'
  | 'future'
  | 'bad-signature';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    /** Where, for the log: `sessions[3].title`, a byte count. */
    readonly detail?: string,
  ) {
    super(`backup: ${code}${detail ? ` (${detail})` : ''}`);
  }
}
