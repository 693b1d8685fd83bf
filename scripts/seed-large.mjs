// `npm run seed:large`: fills the browser edition's database (the profile `npm start` opens)
// with the seeded ten-year archive, through the benchmark's rig (e2e/bench/rig/) imported into
// the product's page; the product itself holds no way to do it.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { buildBench } from '../e2e/bench/build.mjs';
import { seedLargeArchive } from '../e2e/bench/pages.mjs';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
if (!existsSync(path.join(root, 'out/renderer/index.html'))) {
  const built = spawnSync('npx', ['vite', 'build', '-c', 'vite.renderer.config.ts'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await buildBench();

const profile = process.env.CHAIRDESK_PROFILE ?? path.join(homedir(), '.config', 'chairdesk-browser-edition');
const server = await preview({ configFile: path.join(root, 'e2e/bench/preview.config.ts') });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4183/';
const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const { rows, ms } = await seedLargeArchive(page, url);
  console.log(`The large archive is loaded: ${rows} rows in ${(ms / 1000).toFixed(1)} s, profile ${profile}.`);
} finally {
  await context.close();
  await server.close();
}
