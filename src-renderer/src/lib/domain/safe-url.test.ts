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
