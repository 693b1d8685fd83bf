// A Chromium this test starts itself, on a profile on disk, so that it can be killed with
// SIGKILL at any moment (what a power cut or a crash does) and started again on the same
// profile. Playwright attaches to it over the DevTools protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export interface RunningChromium {
  browser: Browser;
  page: Page;
  child: ChildProcess;
}

export async function startChromium(profile: string): Promise<RunningChromium> {
  const executable = process.env.CHROMIUM_PATH ?? (await findChromium());
  if (!executable) throw new Error('no Chromium');
  // detached: Chromium leads its own process group, so one signal reaches all its processes.
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--no-default-browser-check',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${String(code)}: ${seen.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser, page, child };
}

/** SIGKILL to the whole process group: no unload, no flush, no goodbye. */
export async function killChromium({ child }: RunningChromium): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  await exited;
}

/** A normal quit (Browser.close), so the profile is written out as on any orderly exit. */
export async function closeChromium(running: RunningChromium): Promise<void> {
  const { child, browser } = running;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const session = await browser.newBrowserCDPSession();
  await session.send('Browser.close').catch(() => undefined);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) await killChromium(running);
}
