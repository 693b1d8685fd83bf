// `npm start`: build, then run the desktop app in Electron. Where Electron's binary cannot be
// obtained, say so in one line and serve the browser edition of the same app instead, opened
// in an installed Chromium or Chrome in --app mode (else print its address).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const electronDir = path.join(root, 'node_modules/electron');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable, downloading it once if it is missing; null when that fails. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const located = () => (existsSync(pathFile) ? path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8')) : null);
  const present = located();
  if (present && existsSync(present)) return present;
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  const downloaded = located();
  return downloaded && existsSync(downloaded) ? downloaded : null;
}

async function browserEdition() {
  const { preview } = await import('vite');
  const server = await preview({ configFile: path.join(root, 'vite.renderer.config.ts') });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4183/';
  const chromium = await findChromium();
  if (!chromium) {
    console.log(`Chairdesk (browser edition) is running at ${url}. Open it in Chromium or Chrome; press Ctrl+C to stop.`);
    return;
  }
  // A profile of its own keeps the browser edition's data apart from everyday browsing.
  const profile = path.join(homedir(), '.config', 'chairdesk-browser-edition');
  console.log(`Chairdesk (browser edition) is running at ${url}; opening it in ${chromium}. Press Ctrl+C to stop.`);
  const browser = spawn(chromium, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, `--app=${url}`], { stdio: 'ignore' });
  browser.on('exit', () => {
    void server.close().then(() => process.exit(0));
  });
}

run('npx', ['electron-vite', 'build']);
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron could not be downloaded on this machine, so Chairdesk starts as its browser edition instead.');
  await browserEdition();
}
