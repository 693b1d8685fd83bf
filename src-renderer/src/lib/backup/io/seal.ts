// Backups protected by a passphrase: the backup's bytes encrypted with AES-256-GCM under a key
// derived from the passphrase with PBKDF2-HMAC-SHA-256 (600,000 iterations, OWASP's figure
// for it in 2023; a random 16-byte salt per file), all through WebCrypto, so the desktop app and
// the browser edition seal and open the same files. The file stays a JSON document:
//
//   {"format":"chairdesk-backup-sealed","version":1,
//    "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"…"},
//    "cipher":{"name":"AES-GCM","iv":"…"},"data":"…"}        (base64 values)
//
// The header (everything but `data`) is the cipher's additional data, so a file whose
// iteration count or salt was changed is refused like one whose content was. A wrong
// passphrase and a changed file cannot be told apart (GCM's tag fails either way); the error
// says so.
import * as z from 'zod/mini';

export const SEALED_FORMAT = 'chairdesk-backup-sealed';
export const PBKDF2_ITERATIONS = 600_000;
/** Fewer than this is not a file this app wrote, or one weakened on purpose. */
const MIN_ITERATIONS = 100_000;
/** More than this would keep the page busy for minutes: refused as malformed. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

export type SealErrorCode = 'wrong-passphrase' | 'malformed' | 'weak-passphrase';

export class BackupSealError extends Error {
  override readonly name = 'BackupSealError';
  constructor(readonly code: SealErrorCode) {
    super(`sealed backup: ${code}`);
  }
}

interface Header {
  format: typeof SEALED_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

const utf8 = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new BackupSealError('malformed');
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The header as the additional data: its keys in a fixed order. */
function headerBytes(header: Header): Uint8Array<ArrayBuffer> {
  return utf8.encode(JSON.stringify([header.format, header.version, header.kdf, header.cipher]));
}

async function deriveKey(passphrase: string, kdf: Header['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The backup's bytes, sealed with the passphrase. */
export async function sealBackup(bytes: Uint8Array, passphrase: string, iterations: number = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new BackupSealError('weak-passphrase');
  const header: Header = {
    format: SEALED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) },
    cipher: { name: 'AES-GCM', iv: toBase64(crypto.getRandomValues(new Uint8Array(12))) },
  };
  const key = await deriveKey(passphrase, header.kdf);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: fromBase64(header.cipher.iv), additionalData: headerBytes(header) },
    key,
    new Uint8Array(bytes),
  );
  return utf8.encode(JSON.stringify({ ...header, data: toBase64(new Uint8Array(sealed)) }));
}

/** Whether a file is a sealed backup (read from its first bytes only). */
export function isSealedBackup(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith(`{"format":"${SEALED_FORMAT}"`);
}

const sealedFile = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
    salt: z.string(),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string() }),
  data: z.string(),
});

function parseHeader(bytes: Uint8Array): Header & { data: string } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupSealError('malformed');
  }
  const parsed = sealedFile.safeParse(value);
  if (!parsed.success) throw new BackupSealError('malformed');
  return parsed.data;
}

/** The backup inside a sealed file; BackupSealError 'wrong-passphrase' when it does not open. */
export async function openSealedBackup(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const sealed = parseHeader(bytes);
  const key = await deriveKey(passphrase, sealed.kdf);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(sealed.cipher.iv), additionalData: headerBytes(sealed) },
        key,
        fromBase64(sealed.data),
      ),
    );
  } catch {
    throw new BackupSealError('wrong-passphrase');
  }
}
