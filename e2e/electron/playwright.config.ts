// The desktop edition's smoke test. It needs Electron's binary, which `npm start` downloads
// on first use; on machines where that download is impossible this suite cannot run.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
