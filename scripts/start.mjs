// `npm start`: build (when the build is missing or older than the sources), then run the
// desktop app in Electron. Where there is no display (Linux without DISPLAY or WAYLAND_DISPLAY:
// a server, a container, a terminal over SSH) or Electron's binary cannot be obtained, serve the
// browser edition of the same app instead, opened in an installed Chromium or Chrome in --app
// mode; when no browser can be opened, say so in one line with the address, and keep serving
// until Ctrl+C. The port is $CHAIRDESK_PORT (4183 by default).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const electronDir = path.join(root, 'node_modules/electron');

/** Linux and the BSDs draw through X11 or Wayland; macOS and Windows always have a display. */
const hasDisplay = () =>
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** What the build is made from; the generated messages (src/paraglide) are rebuilt from src-renderer/i18n. */
const SOURCES = ['src-main', 'src-renderer', 'resources'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'electron.vite.config.ts', 'vite.renderer.config.ts', 'svelte.config.js'];
const GENERATED = path.join(root, 'src-renderer/src/paraglide');

function newestSource() {
  let newest = 0;
  const visit = (file) => {
    if (file === GENERATED || !existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const name of [...SOURCES, ...SOURCE_FILES]) visit(path.join(root, name));
  return newest;
}

/** Whether every output exists and was written after the last change to the sources. */
function upToDate(outputs) {
  const paths = outputs.map((file) => path.join(root, file));
  if (!paths.every((file) => existsSync(file))) return false;
  const oldest = Math.min(...paths.map((file) => statSync(file).mtimeMs));
  return oldest >= newestSource();
}

/** Builds in one line of its own; the bundler's output is printed only if the build fails. */
function build(what, command, args, outputs) {
  if (upToDate(outputs)) return;
  console.log(`Building ${what} (on the first start or after a change; about a minute)…`);
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`The build failed${result.error ? ` (${result.error.message})` : ''}; its output is above.`);
    process.exit(result.status || 1);
  }
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

/** Serves out/renderer until the browser it opened closes, or until Ctrl+C (SIGINT) or SIGTERM. */
async function browserEdition(why) {
  build('the browser edition', 'npx', ['vite', 'build', '-c', 'vite.renderer.config.ts'], ['out/renderer/index.html']);
  const { preview } = await import('vite');
  const server = await preview({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${process.env.CHAIRDESK_PORT ?? 4183}/`;
  let browser = null;
  const stop = () => {
    browser?.kill();
    void server.close().then(() => process.exit(0));
  };
  // Vite's own SIGTERM handler ends the process with status 143; here SIGTERM, like Ctrl+C, is
  // how the server is meant to stop, and it stops cleanly.
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const serveOnly = (reason) =>
    console.log(
      `${reason}, so no browser was opened: Chairdesk (browser edition) is running at ${url}; open it in Chromium or Chrome. Press Ctrl+C to stop.`,
    );

  if (why === 'no display') {
    serveOnly('This machine has no display (DISPLAY and WAYLAND_DISPLAY are unset)');
    return;
  }
  const chromium = await findChromium();
  if (!chromium) {
    serveOnly('No Chromium or Chrome was found (set CHROMIUM_PATH to one)');
    return;
  }
  // A profile of its own keeps the browser edition's data apart from everyday browsing.
  const profile = path.join(homedir(), '.config', 'chairdesk-browser-edition');
  console.log(`Chairdesk (browser edition) is running at ${url}; opening it in ${chromium}. Close its window or press Ctrl+C to stop.`);
  const started = Date.now();
  const opened = spawn(chromium, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, `--app=${url}`], { stdio: 'ignore' });
  browser = opened;
  opened.on('error', (error) => {
    browser = null;
    serveOnly(`${chromium} could not be started (${error.message})`);
  });
  opened.on('exit', (code, signal) => {
    if (browser !== opened) return;
    browser = null;
    // Closed by its user: the app is done. Failed to open or crashed: the address still works.
    if (code === 0) stop();
    else
      serveOnly(
        `${chromium} ${Date.now() - started < 15_000 ? 'could not open a window' : 'closed unexpectedly'} (${signal ? `signal ${signal}` : `exit status ${code}`})`,
      );
  });
}

if (!hasDisplay()) {
  await browserEdition('no display');
} else {
  const electron = electronBinary();
  if (electron) {
    build('Chairdesk', 'npx', ['electron-vite', 'build'], ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']);
    const child = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('Electron could not be downloaded on this machine, so Chairdesk starts as its browser edition instead.');
    await browserEdition('no Electron');
  }
}
