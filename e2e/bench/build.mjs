// Builds the benchmark's pages into out/bench/, beside the product (out/renderer), which they
// never enter: the rig (rig.config.ts: the harness and the large archive's loader, imported
// into the product's page), the blank Svelte page of target 8's baseline, and the floors
// (the least pages that draw the first screen's rows). `npm run build:bench`; the product's
// build comes first (it compiles the messages the rig uses).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildBench() {
  if (!existsSync(path.join(root, 'src-renderer/src/paraglide/messages.js')))
    throw new Error('The messages are not compiled: build the product first (npm run build).');
  await build({ configFile: path.join(root, 'e2e/bench/rig.config.ts') });
  for (const [name, pages] of [
    ['blank', ['index.html']],
    ['floor', ['dexie.html', 'raw.html']],
  ]) {
    const dir = path.join(root, 'e2e/bench', name);
    await build({
      configFile: false,
      logLevel: 'warn',
      root: dir,
      base: './',
      plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
      build: {
        outDir: path.join(root, 'out/bench', name),
        emptyOutDir: true,
        target: 'chrome130',
        rolldownOptions: { input: pages.map((page) => path.join(dir, page)) },
      },
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBench();
