// What the reliability tests share: a database holding the example year, opened as the app
// opens it, files handed to the app's own open-file step, the canonical hash, prototype
// checks and a place for the figures `npm run test:reliability` prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../lib/db';
import { databaseHash } from '../lib/db/backup';
import { CHAIRMANSHIP_ID } from '../lib/example/csto-2015';
import { loadExampleYear } from '../lib/example/load';
import { PlatformError, platform } from '../lib/platform';
import { app } from '../lib/state/app.svelte';

export async function exampleStore(): Promise<Store> {
  const store = await openStore(createStore(`reliability-${crypto.randomUUID()}`), () => undefined);
  setStore(store);
  await loadExampleYear(store);
  app.chairmanshipId = CHAIRMANSHIP_ID;
  return store;
}

/** The next file the app asks for is this one, refused over the size limit as the browser edition does. */
export function nextFile(name: string, bytes: Uint8Array): void {
  vi.spyOn(platform(), 'openFile').mockImplementationOnce(async ({ maxBytes }) => {
    if (bytes.byteLength > maxBytes) throw new PlatformError('too-large', `The file is larger than ${maxBytes} bytes.`);
    return { name, bytes };
  });
}

export const hashOf = (store: Store): Promise<string> => databaseHash(store.db);

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

/** Own keys of the built-in prototypes: any new one means a file polluted them. */
export function prototypeKeys(): string {
  const probe: Record<string, unknown> = {};
  return JSON.stringify([...PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort()), probe.polluted]);
}

/** The figure of one QUALITY.md test, for scripts/reliability.mjs to print. */
export function recordFigure(name: string, figure: Record<string, unknown>): void {
  const dir = path.resolve('.reports', 'reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figure, null, 2));
}
