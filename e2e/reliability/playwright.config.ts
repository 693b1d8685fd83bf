// The browser half of `npm run test:reliability` (docs/quality.md reliability 1, 3, 6, 7, 8, 10):
// long-running specs on the built browser edition, one at a time (the crash loop starts and
// kills Chromium itself, and the figures are timings).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../scripts/chromium.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? (await findChromium());
if (!executablePath) throw new Error(NO_CHROMIUM);

// A port of its own, beside the end-to-end suite's (CHAIRDESK_PORT, 4183 unless set): a preview
// server of one suite left running, or both suites run at once, never meet.
const mainPort = Number(process.env.CHAIRDESK_PORT ?? 4183);
const port = Number(process.env.CHAIRDESK_RELIABILITY_PORT ?? mainPort + 1);
if (port === mainPort) throw new Error(`CHAIRDESK_RELIABILITY_PORT must differ from the end-to-end suite's port ${mainPort}.`);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.reliability.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 600_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../.reports/reliability-e2e.json' }]],
  use: {
    baseURL,
    // A step that hangs fails in seconds, not at the end of a long test's time.
    actionTimeout: 15_000,
    locale: 'en-GB',
    timezoneId: 'Asia/Dushanbe',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview -c vite.renderer.config.ts --port ${port}`,
    cwd: '../..',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
