// The database as the browser holds it, read with plain IndexedDB (not through the app), and
// its canonical hash: the same function the app's backups use (lib/backup/io/canonical-json.ts).
import type { Page } from '@playwright/test';
import { canonicalJson, sha256Hex, sortByKey } from '../../src-renderer/src/lib/backup/io/canonical-json';

export type Dump = Record<string, Record<string, unknown>[]>;

/** Every row of the given object stores (all of them when none are named) of `name`, read in one transaction. */
export async function dumpDatabase(page: Page, name = 'chairdesk', stores?: string[]): Promise<Dump> {
  return page.evaluate(
    ({ dbName, only }) =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        // Opening without a version never upgrades, and never blocks the app's connection.
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const names = only ?? [...db.objectStoreNames];
          const dump: Record<string, Record<string, unknown>[]> = {};
          if (!names.length) {
            db.close();
            resolve(dump);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const store of names) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (dump[store] = all.result as Record<string, unknown>[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'read failed'));
        };
      }),
    { dbName: name, only: stores },
  );
}

/** How many rows each of the given object stores holds, counted in the page (no rows copied out). */
export async function countRows(page: Page, stores: string[], name = 'chairdesk'): Promise<Record<string, number>> {
  return page.evaluate(
    ({ dbName, only }) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(only, 'readonly');
          const counts: Record<string, number> = {};
          for (const store of only) {
            const count = tx.objectStore(store).count();
            count.onsuccess = () => (counts[store] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'count failed'));
        };
      }),
    { dbName: name, only: stores },
  );
}

const primaryKey = (row: Record<string, unknown>): string => {
  const key = row.id ?? row.key;
  return typeof key === 'string' ? key : '';
};

export async function hashDump(dump: Dump): Promise<string> {
  const sorted = Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, sortByKey(rows, primaryKey)]));
  return sha256Hex(canonicalJson(sorted));
}

/** The SHA-256 of a canonical export of the whole database: equal hashes, equal data. */
export async function databaseHash(page: Page, name = 'chairdesk'): Promise<string> {
  return hashDump(await dumpDatabase(page, name));
}
