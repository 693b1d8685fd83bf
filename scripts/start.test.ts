// `npm start` on a machine with no display (a server, a container, a terminal over SSH): it says
// in one line that no browser was opened and where the app is, serves the app there until
// Ctrl+C, and then ends with status 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { findChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
/** The unit tests' own port is the e2e server's (CHAIRDESK_PORT); this one is two above it. */
const port = Number(process.env.CHAIRDESK_PORT ?? 4183) + 2;

/** A shell's environment (not the test runner's) with no display. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== 'DISPLAY' && key !== 'WAYLAND_DISPLAY' && key !== 'NODE_ENV' && !key.startsWith('VITEST'),
  ),
);

it('serves the app until Ctrl+C where there is no display', async () => {
  // The machine's Chromium where there is one (it cannot open a window without a display), else
  // a path where there is none.
  const chromium = (await findChromium()) ?? path.join(root, 'no-such-browser');
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...env, CHAIRDESK_PORT: String(port), CHROMIUM_PATH: chromium },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  try {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    // The line that gives the address. Where out/renderer is missing or older than the sources,
    // the start builds it first (one line, then about a minute).
    const line = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = output.split('\n').find((l) => l.includes('Press Ctrl+C to stop.'));
        if (found) resolve(found);
      };
      child.stdout.on('data', look);
      void exited.then(({ code }) => reject(new Error(`npm start ended with status ${code} before serving:\n${output}`)));
    });
    expect(line).toMatch(/^This machine has no display \(DISPLAY and WAYLAND_DISPLAY are unset\), so no browser was opened: /);
    const url = /running at (http:\/\/\S+?);/.exec(line)?.[1];
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    // Nothing but the line, and the build's own line when it built.
    expect(
      output
        .trim()
        .split('\n')
        .filter((l) => l !== line && !l.startsWith('Building the browser edition')),
    ).toEqual([]);

    // Still serving a moment later: the start does not end when it has printed the address.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const response = await fetch(url ?? '');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Chairdesk</title>');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>/);

    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    await expect(fetch(url ?? '')).rejects.toThrow();
  } finally {
    child.kill('SIGKILL');
  }
}, 150_000);
