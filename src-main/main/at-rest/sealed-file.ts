// Files sealed with the data key (./data-key.ts): AES-256-GCM, a fresh 96-bit nonce per file,
// laid out as MAGIC · nonce · tag · ciphertext. The tag authenticates the content, so a
// sealed file changed on disk is refused rather than read. Files without the magic are the
// unsealed ones written before sealing existed, or where no keychain is available: read as
// they are. Runs in: main.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('CHDSEAL1');
const NONCE = 12;
const TAG = 16;

export class SealedFileError extends Error {
  override readonly name = 'SealedFileError';
}

export function isSealed(data: Uint8Array): boolean {
  return data.length >= MAGIC.length && MAGIC.equals(data.subarray(0, MAGIC.length));
}

/** `data` sealed with `key`, or as it is when there is no key. */
export function seal(key: Buffer | null, data: Uint8Array): Uint8Array {
  if (!key) return data;
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
}

/** The content of a file written by `seal`. */
export function unseal(key: Buffer | null, data: Uint8Array): Uint8Array {
  if (!isSealed(data)) return data;
  if (!key) throw new SealedFileError('This file is sealed, and this computer has no keychain to open it.');
  if (data.length < MAGIC.length + NONCE + TAG) throw new SealedFileError('This sealed file is cut short.');
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const nonce = bytes.subarray(MAGIC.length, MAGIC.length + NONCE);
  const tag = bytes.subarray(MAGIC.length + NONCE, MAGIC.length + NONCE + TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(MAGIC.length + NONCE + TAG)), decipher.final()]));
  } catch {
    throw new SealedFileError('This sealed file was changed, or sealed with another key.');
  }
}
