import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'src-main/main/index.ts') },
      outDir: resolve(import.meta.dirname, 'out/main'),
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
      outDir: resolve(import.meta.dirname, 'out/preload'),
      // A sandboxed preload is loaded with require(): it must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig,
});
