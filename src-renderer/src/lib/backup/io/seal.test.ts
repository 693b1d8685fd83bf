import { describe, expect, it } from 'vitest';
import { isSealedBackup, openSealedBackup, PBKDF2_ITERATIONS, sealBackup } from './seal';

const backup = new TextEncoder().encode('{"format":"chairdesk-backup","persons":[{"family":"Лавров","phone":"+7 495 244-16-06"}]}');
// A lower count in most tests keeps them quick; the default is tested once.
const FAST = 100_000;

describe('backups protected by a passphrase', () => {
  it('open with the passphrase they were sealed with, and show nothing of the backup meanwhile', async () => {
    const sealed = await sealBackup(backup, 'Душанбе 2015 protocol');
    const text = new TextDecoder().decode(sealed);
    expect(text).not.toContain('Лавров');
    expect(text).not.toContain('+7 495');
    expect(JSON.parse(text)).toMatchObject({
      format: 'chairdesk-backup-sealed',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
    });
    expect(isSealedBackup(sealed)).toBe(true);
    expect(isSealedBackup(backup)).toBe(false);
    expect(await openSealedBackup(sealed, 'Душанбе 2015 protocol')).toEqual(backup);
  });

  it('refuse a wrong passphrase with a clear error', async () => {
    const sealed = await sealBackup(backup, 'correct horse battery', FAST);
    await expect(openSealedBackup(sealed, 'correct horse battery!')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('refuse a file whose content or header was changed', async () => {
    const sealed = JSON.parse(new TextDecoder().decode(await sealBackup(backup, 'correct horse battery', FAST))) as Record<string, unknown>;
    const data = String(sealed.data);
    const changed = { ...sealed, data: `${data.slice(0, 10)}${data[10] === 'A' ? 'B' : 'A'}${data.slice(11)}` };
    const weakened = { ...sealed, kdf: { ...(sealed.kdf as object), iterations: FAST + 1 } };
    for (const file of [changed, weakened]) {
      await expect(openSealedBackup(new TextEncoder().encode(JSON.stringify(file)), 'correct horse battery')).rejects.toMatchObject({
        code: 'wrong-passphrase',
      });
    }
    const cheap = { ...sealed, kdf: { ...(sealed.kdf as object), iterations: 1 } };
    await expect(openSealedBackup(new TextEncoder().encode(JSON.stringify(cheap)), 'x')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('need a passphrase of at least 8 characters, and a fresh salt each time', async () => {
    await expect(sealBackup(backup, 'short')).rejects.toMatchObject({ code: 'weak-passphrase' });
    const [a, b] = await Promise.all([sealBackup(backup, 'the same passphrase', FAST), sealBackup(backup, 'the same passphrase', FAST)]);
    expect(new TextDecoder().decode(a)).not.toBe(new TextDecoder().decode(b));
  });
});
