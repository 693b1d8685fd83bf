// docs/quality.md security rows checked on the source itself: no <webview> anywhere (11-12), every
// link through safeUrl() or an in-app route, no {@html} and no raw HTML sinks in the renderer.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.parentPath.includes('paraglide') && !/\.test\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const SOURCES = [...files('src-main', /\.ts$/), ...files('src-renderer', /\.(ts|svelte|html)$/)];
const SVELTE = SOURCES.filter((f) => f.endsWith('.svelte'));
const read = (file: string): string => readFileSync(file, 'utf8');
const rel = (file: string): string => path.relative(root, file);

/** Every `href=` of every component, with the file it is in. */
function hrefs(): { file: string; value: string }[] {
  return SVELTE.flatMap((file) =>
    [...read(file).matchAll(/\bhref=("[^"]*"|'[^']*'|\{[^}]*\})/g)].map((m) => ({ file: rel(file), value: m[1] ?? '' })),
  );
}

/**
 * Every link set from code (`setAttribute('href', …)`, `.href = …`, in any quotes), with the
 * file it is in and the value, up to the end of its statement.
 */
function codeHrefs(): { file: string; value: string; source: string }[] {
  return SOURCES.filter((f) => f.includes('src-renderer')).flatMap((file) =>
    [...read(file).matchAll(/setAttribute(?:NS)?\([^,]*,?\s*['"`](?:xlink:)?href['"`]\s*,\s*([^\n;]+)\)|\.href\s*=(?!=)\s*([^\n;]+)/g)].map(
      (m) => ({
        file: rel(file),
        value: (m[1] ?? m[2] ?? '').trim(),
        source: read(file),
      }),
    ),
  );
}

/**
 * Set from code, a link is safe when the whole value is one call of routeHref(), safeUrl() or
 * mailto(), or a name the same file gives a blob of its own (`name = URL.createObjectURL(`).
 */
function isSafeCodeHref(value: string, source = ''): boolean {
  const call = /^(safeUrl|mailto|routeHref)\(/.exec(value);
  if (call) return closingParen(value, call[0].length - 1) === value.length - 1;
  return /^\w+$/.test(value) && new RegExp(`\\b${value}\\s*=\\s*URL\\.createObjectURL\\(`).test(source);
}

/** Where the parenthesis opened at `open` closes (-1 if it does not). */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * A link is safe when nothing from the data can choose its scheme: a literal address, an
 * in-app route (`#/…`, or built by routeHref or itemHref), or a value passed through safeUrl()/mailto().
 */
function isSafeHref(value: string): boolean {
  if (!value.includes('{')) return true;
  if (/^["']#\//.test(value)) return true;
  return /^\{\s*(safeUrl|mailto|routeHref|hrefFor|itemHref)\(/.test(value);
}

describe('source rules', () => {
  it('reads the sources it checks', () => {
    expect(SVELTE.length).toBeGreaterThan(40);
    expect(hrefs().length).toBeGreaterThan(5);
  });

  it('has no <webview> and never enables the webview tag', () => {
    const markup = (f: string): boolean => /\.(svelte|html)$/.test(f) && /<webview\b/i.test(read(f));
    const code = (f: string): boolean => /webviewTag\s*:\s*true|createElement\(\s*['"]webview/i.test(read(f));
    const offenders = SOURCES.filter((f) => markup(f) || code(f)).map(rel);
    expect(offenders).toEqual([]);
  });

  it('sends every link through safeUrl() or an in-app route', () => {
    expect(hrefs().filter((h) => !isSafeHref(h.value))).toEqual([]);
    expect(codeHrefs().length).toBeGreaterThan(1);
    expect(
      codeHrefs()
        .filter((h) => !isSafeCodeHref(h.value, h.source))
        .map(({ file, value }) => ({ file, value })),
    ).toEqual([]);
  });

  it('tells a safe link from an unsafe one', () => {
    expect(isSafeHref('"#/sessions/{id}"')).toBe(true);
    expect(isSafeHref('{safeUrl(party.website)}')).toBe(true);
    expect(isSafeHref('"https://github.com/"')).toBe(true);
    expect(isSafeHref('{person.website}')).toBe(false);
    expect(isSafeHref('"mailto:{person.email}"')).toBe(false);
    expect(isSafeHref('"{link}"')).toBe(false);
    expect(isSafeCodeHref("routeHref({ name: 'session', id: line.id })")).toBe(true);
    expect(isSafeCodeHref('safeUrl(party.website)')).toBe(true);
    expect(isSafeCodeHref('routeHref(route) + data.url')).toBe(false);
    expect(isSafeCodeHref('routeHref(route) + f(data.url)')).toBe(false);
    expect(isSafeCodeHref('link', 'const link = URL.createObjectURL(blob);')).toBe(true);
    expect(isSafeCodeHref('link', 'const link = person.website;')).toBe(false);
    expect(isSafeCodeHref('line.href')).toBe(false);
    expect(isSafeCodeHref('person.website')).toBe(false);
  });

  it('writes no raw HTML into the page', () => {
    const sinks = /\{@html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;
    expect(SOURCES.filter((f) => f.includes('src-renderer') && sinks.test(read(f))).map(rel)).toEqual([]);
  });
});
