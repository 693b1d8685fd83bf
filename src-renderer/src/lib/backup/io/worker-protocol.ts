// What the page asks the backup Worker and what it answers, as plain values (errors cross
// as codes, never as thrown objects). The same function answers in Node tests, where there
// is no Worker. Pure.
import {
  BackupError,
  type Backup,
  type BackupErrorCode,
  type BackupMeta,
  type BackupReplica,
  type BackupSignature,
  type BackupTables,
} from './file-format';
import { readBackup } from './read';
import { encodeBackup } from './write';

export type BackupRequest =
  | { kind: 'read'; bytes: Uint8Array; schemaVersion: number; maxBytes?: number }
  | {
      kind: 'encode';
      tables: BackupTables;
      schemaVersion: number;
      appVersion: string;
      createdAt: string;
      replica?: BackupReplica;
      signedBy?: BackupSignature['key'];
    };

export type BackupReply =
  | { ok: true; kind: 'read'; backup: Backup }
  | { ok: true; kind: 'encode'; bytes: Uint8Array; meta: BackupMeta }
  | { ok: false; code: BackupErrorCode; detail?: string };

function isRequest(value: unknown): value is BackupRequest {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'read') return 'bytes' in value && value.bytes instanceof Uint8Array;
  return value.kind === 'encode' && 'tables' in value;
}

export async function handleBackupRequest(request: unknown): Promise<BackupReply> {
  try {
    if (!isRequest(request)) return { ok: false, code: 'malformed', detail: 'not a backup request' };
    if (request.kind === 'read') {
      const backup = await readBackup(request.bytes, { schemaVersion: request.schemaVersion, maxBytes: request.maxBytes });
      return { ok: true, kind: 'read', backup };
    }
    const { text, backup } = await encodeBackup({ ...request, createdAt: new Date(request.createdAt) });
    const { tables: _tables, ...meta } = backup;
    return { ok: true, kind: 'encode', bytes: new TextEncoder().encode(text), meta };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, code: error.code, ...(error.detail ? { detail: error.detail } : {}) };
    // Out of memory or a bug: the file is refused all the same, and the log says why.
    return { ok: false, code: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}
