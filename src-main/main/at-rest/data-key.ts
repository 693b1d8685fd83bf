// The data key that seals the files the main process keeps in the user-data folder
// (snapshots): 32 random bytes, kept on disk only as the OS keychain wrapped them (Electron's
// safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux).
// Where Linux has none of those, safeStorage falls back to its "basic" store, whose wrapping key
// is a constant written in Chromium's source: the app still seals the files but says plainly
// that the key is not protected. Where safeStorage is unavailable, files are written unsealed
// (owner-only permissions still apply) and the app says so too. Runs in: main.
import { randomBytes } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import type { DataProtection } from '../../shared/ipc-contract';
import { writeFileAtomic } from '../atomic-write';

/** The part of Electron's `safeStorage` this module uses (a stand-in in the tests). */
export interface KeyStore {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text`, `gnome_libsecret`, `kwallet`… */
  getSelectedStorageBackend?(): string;
}

export interface DataKey {
  /** null where no keychain can wrap a key: files are then written unsealed. */
  key: Buffer | null;
  protection: DataProtection;
}

const KEY_BYTES = 32;

export function protectionOf(store: KeyStore, platform: NodeJS.Platform = process.platform): DataProtection {
  if (!store.isEncryptionAvailable()) return 'none';
  if (platform === 'linux' && store.getSelectedStorageBackend?.() === 'basic_text') return 'basic';
  return 'keychain';
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * The installation's data key, read from `file` (created on first use). A key file the
 * keychain can no longer unwrap (the keychain was reset, the folder copied to another
 * account) is set aside as `<file>.unreadable-<time>` and a new key made: the snapshots sealed
 * with the old one can no longer be read, which the snapshot list reports one by one.
 */
export async function loadDataKey(file: string, store: KeyStore, platform: NodeJS.Platform = process.platform): Promise<DataKey> {
  const protection = protectionOf(store, platform);
  if (protection === 'none') return { key: null, protection };
  try {
    const key = Buffer.from(store.decryptString(await readFile(file)), 'base64');
    if (key.length === KEY_BYTES) return { key, protection };
    throw new Error('data key of the wrong length');
  } catch (error) {
    if (!isMissing(error)) await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined);
  }
  const key = randomBytes(KEY_BYTES);
  await writeFileAtomic(file, store.encryptString(key.toString('base64')));
  return { key, protection };
}
