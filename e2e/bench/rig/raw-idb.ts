// The platform baseline of the benchmark: plain IndexedDB, no library, on the same database.
function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openRaw(name: string): Promise<IDBDatabase> {
  return promised(indexedDB.open(name));
}

/** Puts every row of every batch in one transaction of the given durability. */
export async function rawPut(
  db: IDBDatabase,
  batches: readonly { table: string; rows: readonly unknown[] }[],
  durability: IDBTransactionDurability,
): Promise<void> {
  const tables = [...new Set(batches.map((b) => b.table))];
  const tx = db.transaction(tables, 'readwrite', { durability });
  for (const batch of batches) {
    const store = tx.objectStore(batch.table);
    for (const row of batch.rows) store.put(row);
  }
  await done(tx);
}

export function rawGetAll(db: IDBDatabase, table: string, index: string, range: IDBKeyRange): Promise<unknown[]> {
  const tx = db.transaction(table, 'readonly');
  return promised(tx.objectStore(table).index(index).getAll(range));
}

/**
 * One edit of one row as the app makes it, in raw IndexedDB: a relaxed read-write transaction
 * that reads the stored row (the app checks its `rev` against the edited version) and puts
 * the new one.
 */
export async function rawEditOne(db: IDBDatabase, table: string, row: { id: string } & Record<string, unknown>): Promise<void> {
  const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore(table);
  const read = store.get(row.id);
  read.onsuccess = () => store.put(row);
  await done(tx);
}

export async function rawClear(db: IDBDatabase, tables: readonly string[]): Promise<void> {
  const tx = db.transaction([...tables], 'readwrite');
  for (const t of tables) tx.objectStore(t).clear();
  await done(tx);
}
