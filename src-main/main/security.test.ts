import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from './protocol-response';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedExternal,
  isAppUrl,
  isTrustedSenderUrl,
  mimeType,
  resolveAppPath,
} from './security';
import { isEmailAddress } from '../../src-renderer/src/lib/domain/person-rules';

describe('navigation and new windows', () => {
  it.each([
    ['app://chairdesk/index.html', true],
    ['app://chairdesk/index.html#/sessions/ex-1', true],
    ['app://chairdesk/', true],
    ['https://evil.example/', false],
    ['http://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://chairdesk/../', false],
    ['app://chairdesk/..%2f..%2fetc/passwd', false],
    ['app://chairdesk/%2e%2e/secret', false],
    ['app://chairdesk/a\\..\\b', false],
    ['app://other/index.html', false],
    ['app://chairdesk.evil/index.html', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAppUrl(url)).toBe(allowed);
  });

  it('trusts a sender only when its frame shows an app page', () => {
    expect(isTrustedSenderUrl('app://chairdesk/index.html')).toBe(true);
    expect(isTrustedSenderUrl(null)).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/')).toBe(false);
  });
});

describe('app:// protocol', () => {
  const root = '/opt/chairdesk/out/renderer';

  it('maps app paths into the bundle', () => {
    expect(resolveAppPath('app://chairdesk/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://chairdesk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://chairdesk/assets/index-abc.js?v=1', root)).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it.each([
    'app://chairdesk/..%2f..%2fetc/passwd',
    'app://chairdesk/..%2F..%2Fetc%2Fpasswd',
    'app://chairdesk/assets/..%2f..%2f..%2fetc/passwd',
    'app://chairdesk/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://chairdesk/..%5c..%5cwindows%5cwin.ini',
    'app://chairdesk/index.html%00.js',
    'app://chairdesk/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('labels files with their type', () => {
    expect(mimeType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('a/x.woff2')).toBe('font/woff2');
    expect(mimeType('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('serving the bundle', () => {
  it('answers with the CSP header, and 404 for traversal attempts', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'chairdesk-root-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const secretDir = path.dirname(root);
    await writeFile(path.join(secretDir, 'secret.txt'), 'secret');

    const ok = await serveAppRequest('app://chairdesk/index.html', root);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(ok.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
    expect(ok.headers.get('x-frame-options')).toBe('DENY');
    expect(await ok.text()).toContain('<title>x</title>');

    const escaped = await serveAppRequest(`app://chairdesk/..%2f${path.basename(secretDir)}%2fsecret.txt`, root);
    expect(escaped.status).toBe(404);
    const missing = await serveAppRequest('app://chairdesk/nope.js', root);
    expect(missing.status).toBe(404);
  });
});

describe('shell.openExternal allowlist', () => {
  it.each([
    ['https://en.odkb-csto.org/', true],
    ['https://github.com/chairdesk', true],
    ['mailto:protocol@mfa.tj', true],
    ['http://en.odkb-csto.org/', false],
    ['https://evil.example/', false],
    ['https://en.odkb-csto.org.evil.example/', false],
    ['https://user:pw@github.com/', false],
    ['https://github.com:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://share/x', false],
    ['mailto:not-an-address', false],
    ['mailto:protocol@mfa.tj?attach=/etc/passwd', false],
    ['mailto:protocol@mfa.tj?cc=everyone@mfa.tj&body=x', false],
    ['mailto:protocol@mfa.tj#x', false],
    ['mailto:protocol@mfa.tj%3Fattach=/etc/passwd', false],
    ['mailto:protocol@mfa.tj%0D%0ABcc:x@y.z', false],
    [`mailto:a@${'a.'.repeat(20_000)}@`, false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternal(url)).toBe(allowed);
  });

  it('takes the addresses the person rules take, and refuses those they refuse', () => {
    for (const address of [
      'press@mid.ru',
      "o'neil+protocol@un.org",
      'пресс@мид.рф',
      'a@b..c',
      'a&b@c.d',
      'a/b@c.d',
      'lavrov@mid',
      'x'.repeat(250) + '@c.de',
    ]) {
      expect(isAllowedExternal(`mailto:${address}`)).toBe(isEmailAddress(address));
    }
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'persistent-storage']) {
      denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });
});
