// The rig's build (e2e/bench/rig/, the benchmark's harness and the large archive's loader):
// the renderer's aliases, constants and Svelte, one module to import into the product's page
// at /bench/rig/rig.js. Built by e2e/bench/build.mjs into out/bench/rig, beside the product
// (out/renderer), which it never enters.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../vite.renderer.config.ts';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: resolve(import.meta.dirname, 'rig'),
  base: '/bench/rig/',
  resolve: rendererConfig.resolve,
  define: rendererConfig.define,
  // The messages are compiled by the product's build, which comes first; the CSP plugin is the
  // product page's.
  plugins: (rendererConfig.plugins ?? []).filter((p) => !(p && 'name' in p && /paraglide|csp/.test(p.name))),
  worker: rendererConfig.worker,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench/rig'),
    emptyOutDir: true,
    target: 'chrome130',
    rolldownOptions: {
      input: { rig: resolve(import.meta.dirname, 'rig/main.ts') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js' },
    },
  },
});
