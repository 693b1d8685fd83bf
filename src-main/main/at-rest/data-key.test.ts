// The data key: made once, kept only as the keychain wrapped it, read back at each start; what
// the app says about its protection on each kind of system.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataKey, protectionOf, type KeyStore } from './data-key';
import { seal, unseal } from './sealed-file';

/** A stand-in keychain: wraps by XOR with its own secret, as opaque to the file as a real one. */
function keychain(options: { available?: boolean; backend?: string; secret?: number } = {}): KeyStore {
  const secret = options.secret ?? 0x5a;
  const xor = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ secret));
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => xor(Buffer.concat([Buffer.from('wrapped:'), Buffer.from(text)])),
    decryptString: (wrapped) => {
      const text = xor(wrapped).toString();
      if (!text.startsWith('wrapped:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('wrapped:'.length);
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

let file = '';
beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'chairdesk-key-')), 'data-key');
});

describe('the data key', () => {
  it('is made on first start, stored wrapped by the keychain for its owner only, and the same at the next start', async () => {
    const first = await loadDataKey(file, keychain(), 'linux');
    expect(first.protection).toBe('keychain');
    expect(first.key).toHaveLength(32);
    expect(readFileSync(file).includes(Buffer.from(first.key?.toString('base64') ?? 'x'))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = await loadDataKey(file, keychain(), 'linux');
    expect(second.key?.equals(first.key ?? Buffer.alloc(0))).toBe(true);
  });

  it('opens what it sealed, and nothing sealed with another key', async () => {
    const { key } = await loadDataKey(file, keychain(), 'darwin');
    const sealed = seal(key, new TextEncoder().encode('Лавров, +7 495 244-16-06'));
    expect(new TextDecoder().decode(unseal(key, sealed))).toBe('Лавров, +7 495 244-16-06');
    expect(() => unseal(Buffer.alloc(32, 1), sealed)).toThrow(/another key/);
  });

  it('is made anew when the keychain can no longer unwrap it, the old file set aside', async () => {
    const first = await loadDataKey(file, keychain({ secret: 1 }), 'win32');
    const second = await loadDataKey(file, keychain({ secret: 2 }), 'win32');
    expect(second.key?.equals(first.key ?? Buffer.alloc(0))).toBe(false);
    expect(readdirSync(path.dirname(file)).some((n) => n.startsWith('data-key.unreadable-'))).toBe(true);
  });

  it('is said to be unprotected where Linux falls back to its basic store, and absent where there is no store', async () => {
    expect(protectionOf(keychain({ backend: 'basic_text' }), 'linux')).toBe('basic');
    expect(protectionOf(keychain({ backend: 'kwallet5' }), 'linux')).toBe('keychain');
    expect(protectionOf(keychain({ available: false }), 'linux')).toBe('none');
    const none = await loadDataKey(file, keychain({ available: false }), 'linux');
    expect(none).toEqual({ key: null, protection: 'none' });
    expect(existsSync(file)).toBe(false);
  });
});
