// The product as shipped: builds the desktop app (electron-vite: main, preload, renderer) and
// the browser edition (vite) into a directory of their own, and the benchmark's rig beside
// them. Both editions ship the same renderer, minified; neither holds the archive generator,
// the benchmark's harness or a developer button, words the rig's own bundle is checked to
// carry (so that looking for them could find them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'chairdesk-bundles-'));
const desktop = path.join(out, 'desktop');
const browser = path.join(out, 'browser');
const rig = path.join(out, 'rig');

/** The environment of a build run from a shell: not the test runner's (NODE_ENV=test, VITEST…). */
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: buildEnv });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every file below `dir`, by its path relative to `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const text = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** Words of the rig that survive minification: property names, data, its address. */
const RIG_WORDS = [
  'chairdeskBench',
  'importPair',
  'togglePair',
  'rawYearRender',
  'routeToFrame',
  'sessionsPerYear',
  'participantsPerSession',
  'Bakhtiyor',
];
/** The developer section and the address flag the product once had. */
const DEVELOPER_WORDS = [
  /Developer: the large archive/,
  /ten-year archive/,
  /Для разработчиков/,
  /большой архив/,
  /\bseed\b/,
  /\bseeded\b/,
];
/** Names the bundler gives the chunks of the rig's modules. */
const RIG_CHUNKS = /(^|\/)(harness|seed|seed-large|generate|raw-idb|rig)[-.]/;

beforeAll(() => {
  run('npx', ['electron-vite', 'build', '--outDir', desktop, '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '-c', 'vite.renderer.config.ts', '--outDir', browser, '--logLevel', 'warn']);
  const build = `import('vite').then(({ build }) => build({ configFile: 'e2e/bench/rig.config.ts', build: { outDir: ${JSON.stringify(rig)} } }))`;
  run(process.execPath, ['--input-type=module', '-e', build]);
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the product bundles', () => {
  it('are the same renderer in the desktop app and the browser edition', () => {
    const renderer = path.join(desktop, 'renderer');
    const names = files(renderer);
    expect(names).toContain('index.html');
    expect(names.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(20);
    expect(files(browser)).toEqual(names);
    for (const file of names)
      expect(readFileSync(path.join(browser, file)).equals(readFileSync(path.join(renderer, file))), file).toBe(true);
  });

  it('are minified: every script and stylesheet over 20 KB is a few long lines', () => {
    const renderer = path.join(desktop, 'renderer');
    const large = files(renderer).filter((f) => /\.(js|css)$/.test(f) && readFileSync(path.join(renderer, f)).length > 20_000);
    expect(large.length).toBeGreaterThan(5);
    for (const file of large) {
      const body = text(renderer, file);
      // Unminified code runs at some 30 to 40 characters a line.
      expect(body.length / body.split('\n').length, file).toBeGreaterThan(1_000);
    }
  });

  it("hold none of the rig's words, which its own bundle holds", () => {
    const rigText = files(rig)
      .map((f) => text(rig, f))
      .join('\n');
    for (const word of RIG_WORDS) expect(rigText, word).toContain(word);

    for (const dir of [desktop, browser]) {
      const names = files(dir);
      expect(names.filter((f) => RIG_CHUNKS.test(f))).toEqual([]);
      for (const file of names.filter((f) => /\.(js|cjs|mjs|css|html|json)$/.test(f))) {
        const body = text(dir, file);
        for (const word of RIG_WORDS) expect(body.includes(word), `${word} in ${path.basename(dir)}/${file}`).toBe(false);
        for (const word of DEVELOPER_WORDS) expect(word.test(body), `${String(word)} in ${path.basename(dir)}/${file}`).toBe(false);
      }
    }
  });
});
