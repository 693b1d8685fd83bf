// Signing backups: each installation makes an ECDSA P-256 key pair on first use; its private
// half never leaves the installation (a non-extractable WebCrypto key), its public half travels
// in every backup the installation writes. The signature covers the backup's SHA-256, which
// covers every byte but the signature itself. A merge can then say whose backup it is (the
// label and the key's fingerprint) and warn when a key it does not know, or a new key for a
// computer it knows, signed it. (It proves which installation wrote a file, not that the person
// who sent it may be trusted: that stays the user's call.) Pure WebCrypto.
import type { BackupSignature } from './file-format';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type PublicKeyJwk = BackupSignature['key'];

export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}

/** A new key pair; the private half cannot be exported. */
export async function newSigningKey(): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('unexpected public key');
  return { privateKey: pair.privateKey, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } };
}

const base64 = (bytes: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The signature of a backup's checksum. */
export async function signChecksum(key: SigningKey, sha256: string): Promise<BackupSignature> {
  const value = await crypto.subtle.sign(SIGN, key.privateKey, new TextEncoder().encode(sha256));
  return { key: key.publicKey, value: base64(value) };
}

/** Whether `signature` signs `sha256` with the key it names. */
export async function verifyChecksum(signature: BackupSignature, sha256: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...signature.key, ext: true }, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, new Uint8Array(fromBase64(signature.value)), new TextEncoder().encode(sha256));
  } catch {
    return false;
  }
}

/** A public key's fingerprint as people compare it: the first 16 hex digits of its SHA-256, in groups of four. */
export async function fingerprint(key: PublicKeyJwk): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${key.x}.${key.y}`));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex
    .slice(0, 16)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}
