// Reads a backup file and refuses it unless every check passes, in this order: size, UTF-8,
// nesting depth, JSON (no `__proto__`/`constructor`/`prototype` keys), the envelope, the
// checksum, canonical form (so no byte was added, reordered or duplicated), every row,
// the counts, and unique keys. Nothing is written here: the caller writes only what this
// returns. Runs in a Worker (../workers/backup.worker.ts) and in Node tests. Pure.
import { canonicalJson, sha256Hex } from './canonical-json';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupError,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  countRows,
  perTable,
  rowKey,
  TABLES_OF_SCHEMA,
  unsignedBackup,
  type Backup,
  type BackupRow,
  type BackupTable,
} from './file-format';
import { envelopeSchema, ROW_SCHEMAS } from './row-schemas';
import { upgradeTables } from '../../io/schema-upgrades';

export interface ReadOptions {
  /** The schema version this code writes; a backup from newer code is refused. */
  schemaVersion: number;
  maxBytes?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Valid UTF-8 but for an incomplete letter at the very end: a file cut short inside a
 * Cyrillic letter or an emoji, not one written in another encoding. (A streaming decoder
 * keeps an incomplete sequence at the end for the next chunk instead of refusing it.)
 */
function endsInsideALetter(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function decode(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength === 0) throw new BackupError('empty');
  if (bytes.byteLength > maxBytes) throw new BackupError('too-large', `${bytes.byteLength} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupError(endsInsideALetter(bytes) ? 'truncated' : 'encoding');
  }
  if (!text.trim()) throw new BackupError('empty');
  return text;
}

/** Bracket depth outside strings, counted before parsing (the parser's reviver recurses). */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_BACKUP_DEPTH) throw new BackupError('too-deep', `deeper than ${MAX_BACKUP_DEPTH}`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('forbidden-key', key);
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // A backup is one object: text that opens it and never closes it was cut short.
    const cut = /^\s*\{/.test(text) && !/\}\s*$/.test(text);
    throw new BackupError(cut ? 'truncated' : 'malformed', error instanceof Error ? error.message : undefined);
  }
}

function checkEnvelope(value: unknown, schemaVersion: number): Backup {
  const probe = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (probe.format !== BACKUP_FORMAT) throw new BackupError('not-backup');
  if (typeof probe.formatVersion === 'number' && probe.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError('newer-format');
  if (typeof probe.schemaVersion === 'number' && probe.schemaVersion > schemaVersion)
    throw new BackupError('newer-schema', `schema ${probe.schemaVersion}`);
  const parsed = envelopeSchema(typeof probe.schemaVersion === 'number' ? probe.schemaVersion : schemaVersion).safeParse(value);
  if (!parsed.success) throw new BackupError('not-backup', parsed.error.issues[0]?.path.join('.'));
  // The schema checked every field; the tables' rows are checked one by one below.
  return value as Backup;
}

async function checkIntegrity(backup: Backup, text: string): Promise<void> {
  if ((await sha256Hex(canonicalJson(unsignedBackup(backup)))) !== backup.sha256) throw new BackupError('checksum');
  // Canonical: no byte added, reordered or duplicated beyond what the checksum saw.
  if (text !== canonicalJson(backup)) throw new BackupError('not-canonical');
}

/**
 * A backup an earlier schema version wrote, its rows rewritten as this version stores them
 * (io/schema-upgrades.ts), dated by the backup so reading it twice gives the same rows.
 */
function upgraded(backup: Backup, schemaVersion: number): Backup {
  if (backup.schemaVersion >= schemaVersion) return backup;
  const tables = upgradeTables(backup.tables, backup.schemaVersion, schemaVersion, backup.createdAt);
  const all = perTable((t) => (tables[t] ?? []) as BackupRow[]);
  return { ...backup, schemaVersion, tables: all, counts: countRows(all) };
}

function checkRows(backup: Backup): void {
  for (const table of BACKUP_TABLES) {
    const rows = backup.tables[table];
    const schema = ROW_SCHEMAS[table];
    for (let i = 0; i < rows.length; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) {
        const path = result.error.issues[0]?.path.join('.') ?? '';
        throw new BackupError('invalid-rows', `${table}[${i}]${path ? `.${path}` : ''}`);
      }
    }
  }
}

/** The counts the file states against its rows, before any upgrade changes them. */
function checkCounts(backup: Backup): void {
  for (const table of TABLES_OF_SCHEMA[backup.schemaVersion] ?? BACKUP_TABLES) {
    const rows = backup.tables[table];
    if (backup.counts[table] !== rows.length) throw new BackupError('counts', `${table}: ${backup.counts[table]} ≠ ${rows.length}`);
  }
}

function unique(table: BackupTable, rows: readonly BackupRow[], key: (row: BackupRow) => string): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) throw new BackupError('duplicate-keys', `${table}: ${k}`);
    seen.add(k);
  }
}

/** The unique indexes of the schema (primary keys, sessions.icsUid, participants [sessionId+personId], one seating plan and one journal per session). */
function checkUnique(backup: Backup): void {
  for (const table of BACKUP_TABLES) unique(table, backup.tables[table], (r) => rowKey(table, r));
  unique('sessions', backup.tables.sessions, (r) => String(r.icsUid));
  unique('participants', backup.tables.participants, (r) => `${String(r.sessionId)}\u0000${String(r.personId)}`);
  unique('seatingPlans', backup.tables.seatingPlans, (r) => String(r.sessionId));
  unique('journals', backup.tables.journals, (r) => String(r.sessionId));
}

export async function readBackup(bytes: Uint8Array, options: ReadOptions): Promise<Backup> {
  const text = decode(bytes, options.maxBytes ?? MAX_BACKUP_BYTES);
  checkDepth(text);
  const backup = checkEnvelope(parseJson(text), options.schemaVersion);
  await checkIntegrity(backup, text);
  checkCounts(backup);
  const current = upgraded(backup, options.schemaVersion);
  checkRows(current);
  checkUnique(current);
  return current;
}
