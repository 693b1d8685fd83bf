// What every repository does with its rows: string ids, `createdAt`/`updatedAt`, `rev` +1 on
// every write, each written field stamped with the window's change clock (domain/changes.ts),
// a deleted row leaving a tombstone, and an edit of a field that someone else changed since
// the editor read it refused with StaleEditError. Edits from this window are never stale to
// it: two quick changes of one row apply in order.
import type { Table } from 'dexie';
import { changedFieldNames, fieldDot, sameValue, stampAll, stampChanges } from '../domain/changes';
import type { Fields, Row, Tombstone } from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, StaleEditError } from './errors';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function newId(): string {
  return crypto.randomUUID();
}

export function stamp<T extends Row>(fields: Fields<T>, now: Date, id: string = newId()): T {
  const at = now.toISOString();
  // `Fields<T>` plus the bookkeeping fields is exactly `T`; TypeScript cannot see through the
  // generic Omit, hence the one assertion of this layer.
  const row = { ...fields, id, createdAt: at, updatedAt: at, rev: 1 };
  return row as T;
}

/** A row's own fields, for a copy of it. */
export function fieldsOf<T extends Row>(row: T): Fields<T> {
  const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, fieldHlc: _f, ...fields } = row;
  return fields;
}

/**
 * The fields an edit sets that someone else changed since `base` was read: another window, a
 * restore, a merge. A field this window wrote itself, or already holding the value the edit
 * sets, is not stale.
 */
export function staleFields<T extends Row>(db: ChairdeskDB, base: T, current: T, patch: object): string[] {
  if (current.rev === base.rev) return [];
  const wanted = patch as Record<string, unknown>;
  const was = base as unknown as Record<string, unknown>;
  const now = current as unknown as Record<string, unknown>;
  return Object.keys(wanted).filter(
    (f) => !sameValue(was[f], now[f]) && !sameValue(wanted[f], now[f]) && !db.hlc.wrote(fieldDot(current, f)),
  );
}

/** Refuses a write based on `base` if someone else changed the row since (any field). */
export function assertFresh<T extends Row>(db: ChairdeskDB, table: string, base: T, current: T): void {
  if (current.rev === base.rev) return;
  const changed = changedFieldNames(base, current).filter((f) => !db.hlc.wrote(fieldDot(current, f)));
  if (changed.length) throw new StaleEditError(table, base.id, base.rev, current.rev, changed, current);
}

/** The next version of a stored row: `next` with its changed fields stamped, rev and time moved on. */
export function nextVersion<T extends Row>(db: ChairdeskDB, current: T, next: T, now: Date): T {
  const moved = { ...next, id: current.id, createdAt: current.createdAt, rev: current.rev + 1, updatedAt: now.toISOString() };
  return stampChanges(current, moved, db.hlc.tick());
}

/** Tombstones for rows deleted now (inside a transaction that includes `db.tombstones`). */
export function buryRows(db: ChairdeskDB, table: string, ids: readonly string[], now: Date, replacedBy?: string): Promise<unknown> {
  if (!ids.length) return Promise.resolve();
  const at = now.toISOString();
  const stones = ids.map((id): Tombstone => ({ table, id, hlc: db.hlc.tick(), at, ...(replacedBy ? { replacedBy } : {}) }));
  return db.tombstones.bulkPut(stones);
}

/**
 * Rows deleted a moment ago, put back (Undo): every field stamped as written now, so a copy
 * that saw the deletion takes them back, and their tombstones removed.
 */
export async function reviveRows<T extends Row>(db: ChairdeskDB, table: Table<T, string>, rows: readonly T[]): Promise<void> {
  if (!rows.length) return;
  const dot = db.hlc.tick();
  await table.bulkPut(rows.map((r) => stampAll(r, dot)));
  await db.tombstones.bulkDelete(rows.map((r): [string, string] => [table.name, r.id]));
}

export class TableRepository<T extends Row> {
  constructor(
    protected readonly db: ChairdeskDB,
    protected readonly table: Table<T, string>,
    protected readonly clock: Clock = systemClock,
  ) {}

  get(id: string): Promise<T | undefined> {
    return this.table.get(id);
  }

  async require(id: string): Promise<T> {
    const row = await this.table.get(id);
    if (!row) throw new NotFoundError(this.table.name, id);
    return row;
  }

  async getMany(ids: readonly string[]): Promise<T[]> {
    const rows = await this.table.bulkGet([...ids]);
    return rows.filter((r): r is T => r !== undefined);
  }

  toArray(): Promise<T[]> {
    return this.table.toArray();
  }

  count(): Promise<number> {
    return this.table.count();
  }

  async add(fields: Fields<T>): Promise<T> {
    const row = stamp<T>(fields, this.clock());
    await this.table.add(row);
    return row;
  }

  /**
   * Writes `patch` over the stored row, provided nobody else changed the patched fields since
   * `base` was read (changes to other fields are kept). `derive` lets a repository recompute
   * dependent fields (e.g. UTC instants) in the same step.
   */
  async update(base: T, patch: Partial<Fields<T>>, derive: (next: T, current: T) => T = (n) => n): Promise<T> {
    return this.db.transaction('rw', this.table, async () => {
      const current = await this.table.get(base.id);
      if (!current) throw new NotFoundError(this.table.name, base.id);
      const stale = staleFields(this.db, base, current, patch);
      if (stale.length) throw new StaleEditError(this.table.name, base.id, base.rev, current.rev, stale, current);
      const next = nextVersion(this.db, current, derive({ ...current, ...patch }, current), this.clock());
      await this.table.put(next);
      return next;
    });
  }

  async remove(base: T): Promise<void> {
    await this.db.transaction('rw', [this.table, this.db.tombstones], async () => {
      const current = await this.table.get(base.id);
      if (!current) return;
      assertFresh(this.db, this.table.name, base, current);
      await this.table.delete(base.id);
      await buryRows(this.db, this.table.name, [base.id], this.clock());
    });
  }
}
