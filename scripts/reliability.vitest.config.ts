// The reliability suite's Node half (`npm run test:reliability`): the same set-up as the unit
// tests (vitest.config.ts), but only the long-running files under src-renderer/src/reliability/.
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import unit from '../vitest.config.ts';

const base: ViteUserConfig = unit;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src-renderer/src/reliability/**/*.reliability.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    // One file at a time: they share the machine with the browser half.
    fileParallelism: false,
  },
});
