// End-to-end tests drive the browser edition (the built renderer served by `vite preview`)
// in Chromium: the same renderer the desktop app loads from app://. The server also serves the
// benchmark's pages under /bench/ (e2e/bench/preview.config.ts), for the tests on the large
// archive, which load it through the benchmark's rig.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './scripts/chromium.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? (await findChromium());
if (!executablePath) throw new Error(NO_CHROMIUM);

const port = Number(process.env.CHAIRDESK_PORT ?? 4183);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['electron/**', 'bench/**'],
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // One retry for a machine busier than the timeouts allow; a test that passes only on its retry
  // is named at the end of `npm test` ("Passed only on a retry"), one that fails twice fails.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Asia/Dushanbe',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview -c e2e/bench/preview.config.ts --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { CHAIRDESK_PORT: String(port) },
  },
});
