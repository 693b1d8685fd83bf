import { defineConfig, mergeConfig } from 'vitest/config';
import { rendererConfig } from './vite.renderer.config.ts';

// Unit tests: src-main in Node, the renderer's pure layers in Node with fake-indexeddb,
// Svelte components in happy-dom. Playwright's specs under e2e/ are not unit tests.
// Messages are compiled beforehand (`npm run i18n`), so the paraglide plugin (which
// watches files) stays out of the test run.
const plugins = (rendererConfig.plugins ?? []).filter((p) => !(p && 'name' in p && p.name.includes('paraglide')));

export default mergeConfig(
  { ...rendererConfig, plugins, root: import.meta.dirname, build: {} },
  defineConfig({
    resolve: { conditions: ['browser'] },
    test: {
      include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'e2e/bench/**/*.test.ts', 'scripts/**/*.test.ts'],
      setupFiles: ['fake-indexeddb/auto'],
      environment: 'node',
      restoreMocks: true,
    },
  }),
);
