import { describe, expect, it } from 'vitest';
import { mailto, safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://en.odkb-csto.org/', 'https://en.odkb-csto.org/'],
    ['mailto:protocol@mfa.tj', 'mailto:protocol@mfa.tj'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['http://example.org/', null],
    ['file:///etc/passwd', null],
    ['//evil.example/', null],
    ['https://user:pw@evil.example/', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('builds mailto links from plain addresses only', () => {
    expect(mailto('a.aslov@mfa.tj')).toBe('mailto:a.aslov@mfa.tj');
    expect(mailto('not an address')).toBeNull();
    expect(mailto(undefined)).toBeNull();
  });
});

describe('mailto links', () => {
  it.each([
    'a.aslov@mfa.tj?attach=/etc/passwd',
    'a.aslov@mfa.tj?cc=all@mfa.tj&body=x',
    'a.aslov@mfa.tj#x',
    'a.aslov@mfa.tj%3Fattach=/etc/passwd',
    'a.aslov@mfa.tj\r\nBcc: all@mfa.tj',
    'a/b@mfa.tj',
  ])('carry the address and nothing more: %s is refused', (email) => {
    expect(mailto(email)).toBeNull();
    expect(safeUrl(`mailto:${email}`)).toBeNull();
  });

  it('pass a plain address, in Latin or Cyrillic, through safeUrl unchanged', () => {
    expect(safeUrl('mailto:a.aslov@mfa.tj')).toBe('mailto:a.aslov@mfa.tj');
    expect(mailto('пресс@мид.рф')).toBe('mailto:пресс@мид.рф');
  });
});
