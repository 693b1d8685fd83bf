import { describe, expect, it } from 'vitest';
import { ownScriptUrl } from './trusted-types';

describe("the default Trusted Types policy's script URLs", () => {
  const page = 'app://chairdesk/index.html';

  it('passes the app’s own Workers', () => {
    expect(ownScriptUrl('./assets/xlsx.worker-BDvqwGul.js', page)).toBe('app://chairdesk/assets/xlsx.worker-BDvqwGul.js');
    expect(ownScriptUrl('http://127.0.0.1:4183/assets/a.js', 'http://127.0.0.1:4183/')).toBe('http://127.0.0.1:4183/assets/a.js');
  });

  it.each([
    'https://evil.example/x.js',
    'data:text/javascript,alert(1)',
    'javascript:alert(1)',
    '//evil.example/x.js',
    'http://127.0.0.1:9999/a.js',
  ])('refuses %s', (url) => {
    expect(ownScriptUrl(url, url.includes('127.0.0.1') ? 'http://127.0.0.1:4183/' : page)).toBeNull();
  });
});
