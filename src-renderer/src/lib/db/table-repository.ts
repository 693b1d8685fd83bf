// What every repository does with its rows: string ids, `createdAt`/`updatedAt`, `rev` +1 on
// every write, and an edit based on a stale `rev` refused with StaleEditError.
import type { Table } from 'dexie';
import type { Fields, Row } from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, StaleEditError } from './errors';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function newId(): string {
  return crypto.randomUUID();
}

export function stamp<T extends Row>(fields: Fields<T>, now: Date, id: string = newId()): T {
  const at = now.toISOString();
  // `Fields<T>` plus the four bookkeeping fields is exactly `T`; TypeScript cannot see
  // through the generic Omit, hence the one assertion of this layer.
  const row = { ...fields, id, createdAt: at, updatedAt: at, rev: 1 };
  return row as T;
}

/** Names of the fields whose stored value differs from the version an editor started from. */
export function changedFields<T extends object>(base: T, current: T): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(current)]);
  return [...keys].filter(
    (k) => !['rev', 'updatedAt'].includes(k) && JSON.stringify(base[k as keyof T]) !== JSON.stringify(current[k as keyof T]),
  );
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
   * Writes `patch` over the stored row, provided nobody changed it since `base` was read.
   * `derive` lets a repository recompute dependent fields (e.g. UTC instants) in the same step.
   */
  async update(base: T, patch: Partial<Fields<T>>, derive: (next: T, current: T) => T = (n) => n): Promise<T> {
    return this.db.transaction('rw', this.table, async () => {
      const current = await this.table.get(base.id);
      if (!current) throw new NotFoundError(this.table.name, base.id);
      if (current.rev !== base.rev) {
        throw new StaleEditError(this.table.name, base.id, base.rev, current.rev, changedFields(base, current));
      }
      const next = derive(
        { ...current, ...patch, id: current.id, createdAt: current.createdAt, rev: current.rev + 1, updatedAt: this.clock().toISOString() },
        current,
      );
      await this.table.put(next);
      return next;
    });
  }

  async remove(base: T): Promise<void> {
    await this.db.transaction('rw', this.table, async () => {
      const current = await this.table.get(base.id);
      if (!current) return;
      if (current.rev !== base.rev) {
        throw new StaleEditError(this.table.name, base.id, base.rev, current.rev, changedFields(base, current));
      }
      await this.table.delete(base.id);
    });
  }
}
