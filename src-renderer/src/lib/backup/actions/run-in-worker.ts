// Reading and writing backups in a Worker with a time limit. Where there is no Worker (the
// unit tests in Node) the same code runs in place.
import {
  BackupError,
  MAX_BACKUP_BYTES,
  type Backup,
  type BackupMeta,
  type BackupReplica,
  type BackupSignature,
  type BackupTables,
} from '../io/file-format';
import { handleBackupRequest, type BackupReply, type BackupRequest } from '../io/worker-protocol';
import { CURRENT_VERSION } from '../../db/schema';
import { runWorker, WorkerTimeoutError } from '../../workers/run';

declare const __APP_VERSION__: string;

/** A read or write that takes longer than this is stopped (the Worker is terminated). */
export const BACKUP_TIME_LIMIT_MS = 120_000;

async function inWorker(request: BackupRequest, timeLimitMs: number): Promise<BackupReply> {
  if (typeof Worker === 'undefined') return handleBackupRequest(request);
  const worker = new Worker(new URL('../workers/backup.worker.ts', import.meta.url), { type: 'module' });
  try {
    // The bytes move to the Worker rather than being copied.
    return await runWorker<BackupReply>(worker, request, timeLimitMs, request.kind === 'read' ? [request.bytes.buffer] : []);
  } catch (error) {
    if (error instanceof WorkerTimeoutError) return { ok: false, code: 'timeout', detail: `${timeLimitMs} ms` };
    return { ok: false, code: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Checks a backup file completely and returns it; refuses it with a BackupError otherwise. */
export async function readBackupBytes(bytes: Uint8Array, timeLimitMs: number = BACKUP_TIME_LIMIT_MS): Promise<Backup> {
  // Refused before the copy below doubles a file that is too large anyway.
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${bytes.byteLength} bytes`);
  // A copy, so the caller's bytes survive the transfer to the Worker.
  const reply = await inWorker({ kind: 'read', bytes: new Uint8Array(bytes), schemaVersion: CURRENT_VERSION }, timeLimitMs);
  if (!reply.ok) throw new BackupError(reply.code, reply.detail);
  if (reply.kind !== 'read') throw new BackupError('malformed', 'unexpected reply');
  return reply.backup;
}

/** What a backup meant for another copy carries beyond its rows: who wrote it, and the key that signs it. */
export interface BackupIdentity {
  replica: BackupReplica;
  signedBy: BackupSignature['key'];
}

export async function encodeBackupBytes(
  tables: BackupTables,
  now: Date = new Date(),
  identity?: BackupIdentity,
): Promise<{ bytes: Uint8Array; meta: BackupMeta }> {
  const reply = await inWorker(
    { kind: 'encode', tables, schemaVersion: CURRENT_VERSION, appVersion: __APP_VERSION__, createdAt: now.toISOString(), ...identity },
    BACKUP_TIME_LIMIT_MS,
  );
  if (!reply.ok) throw new BackupError(reply.code, reply.detail);
  if (reply.kind !== 'encode') throw new BackupError('malformed', 'unexpected reply');
  return { bytes: reply.bytes, meta: reply.meta };
}
