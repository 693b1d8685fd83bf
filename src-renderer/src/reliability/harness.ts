// What the reliability tests share: a database holding the example year, opened as the app
// opens it, files handed to the app's own open-file step, the canonical hash, prototype
// checks and a place for the figures `npm run test:reliability` prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { OPEN_KINDS } from '$shared/ipc-contract';
import { createStore, openStore, setStore, type Store } from '../lib/db';
import { databaseHash } from '../lib/backup/db/whole-database';
import { readChairmanship } from '../lib/db/read-models';
import type { ChairmanshipView } from '../lib/domain/types';
import { BACKUP_TABLES, type BackupRow } from '../lib/backup/io/file-format';
import { CHAIRMANSHIP_ID } from '../lib/example/csto-2015';
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { loadExampleYear } from '../lib/example/load';
import { PlatformError, platform, toBytes } from '../lib/platform';
import { app } from '../lib/state/app.svelte';
import { rewriteText } from './text-fields';

export async function exampleStore(): Promise<Store> {
  const store = await openStore(createStore(`reliability-${crypto.randomUUID()}`), () => undefined);
  setStore(store);
  await loadExampleYear(store);
  app.chairmanshipId = CHAIRMANSHIP_ID;
  app.organizationId = EXAMPLE_ORGANIZATION_ID;
  return store;
}

/** The next file the app asks for is this one, refused over the size limit as the browser edition does. */
export function nextFile(name: string, bytes: Uint8Array): void {
  vi.spyOn(platform(), 'openFile').mockImplementationOnce(async ({ kind }) => {
    const { maxBytes } = OPEN_KINDS[kind];
    if (bytes.byteLength > maxBytes) throw new PlatformError('too-large', `The file is larger than ${maxBytes} bytes.`);
    return { name, bytes };
  });
}

/** Every file the app saves from now on (the save dialog answers "saved"), by name. */
export function savedFiles(): Map<string, Uint8Array> {
  const saved = new Map<string, Uint8Array>();
  vi.spyOn(platform(), 'saveFile').mockImplementation(async ({ name, data }) => {
    saved.set(name, toBytes(data));
    return 'saved';
  });
  return saved;
}

/**
 * Rewrites the free text of every row of every table (settings aside) with `next(field)`, in
 * one transaction behind the app's back, as a crafted backup or import would leave it.
 */
export async function rewriteStoredText(store: Store, next: (field: string, of?: string) => string): Promise<void> {
  const tables = BACKUP_TABLES.filter((t) => t !== 'settings').map((t) => store.bulkDb.table<BackupRow, string>(t));
  await store.bulkDb.transaction('rw', tables, async () => {
    for (const table of tables) {
      const rows = await table.toArray();
      await table.bulkPut(rows.map((row) => rewriteText(row, next)));
    }
  });
}

export const hashOf = (store: Store): Promise<string> => databaseHash(store.db);

/** A chairmanship with its organization, as the screens pass it to the app's actions. */
export async function requireView(store: Store, id: string): Promise<ChairmanshipView> {
  const view = await readChairmanship(store, id);
  if (!view) throw new Error(`no chairmanship ${id}`);
  return view;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

/** Own keys of the built-in prototypes: any new one means a file polluted them. */
export function prototypeKeys(): string {
  const probe: Record<string, unknown> = {};
  return JSON.stringify([...PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort()), probe.polluted]);
}

/** The figure of one docs/quality.md test, for scripts/reliability.mjs to print. */
export function recordFigure(name: string, figure: Record<string, unknown>): void {
  const dir = path.resolve('.reports', 'reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figure, null, 2));
}
