// A copy of the chairmanship in memory, for the merge tests: it edits rows the way the
// repositories do (each changed field stamped with its clock, a deletion leaving a tombstone),
// exports itself as a backup would, and merges another copy with resolveMerge. Test code only.
import { changedFieldNames, HybridClock, stampAll, stampChanges, withDot, type VersionVector } from '../../domain/changes';
import type { Row, Tombstone } from '../../domain/types';
import { emptyTables, type BackupRow, type BackupTable, type BackupTables } from './file-format';
import { planMerge, resolveMerge, type MergeChoices, type MergePlan, type MergeResult, type MergeSide, noChoices } from './merge-plan';

let tick = Date.UTC(2015, 3, 1);
/** One wall clock for every copy in a test, moving a second per reading. */
export const wall = (): number => (tick += 1_000);

export class Replica {
  readonly clock: HybridClock;
  tables: BackupTables = emptyTables();
  seen: VersionVector = {};

  constructor(node: string) {
    this.clock = new HybridClock(node, wall);
  }

  /** A copy of another (a backup restored on a second computer): same rows, its own clock. */
  static from(other: Replica, node: string): Replica {
    const copy = new Replica(node);
    copy.tables = structuredClone(other.tables);
    copy.seen = { ...other.side().seen };
    return copy;
  }

  #rows(table: BackupTable): BackupRow[] {
    return this.tables[table];
  }

  get(table: BackupTable, id: string): BackupRow | undefined {
    return this.#rows(table).find((r) => r.id === id);
  }

  add(table: BackupTable, row: BackupRow): void {
    const at = new Date(wall()).toISOString();
    this.tables[table] = [...this.#rows(table), { createdAt: at, updatedAt: at, rev: 1, ...row }];
  }

  edit(table: BackupTable, id: string, patch: BackupRow): void {
    const current = this.get(table, id);
    if (!current) throw new Error(`${table} ${id} is not here`);
    const next: BackupRow = Object.fromEntries(
      Object.entries({ ...current, ...patch, rev: Number(current.rev) + 1, updatedAt: new Date(wall()).toISOString() }).filter(
        ([, v]: [string, unknown]) => v !== undefined,
      ),
    );
    if (!changedFieldNames(current, next).length) return;
    const stamped = stampChanges(current as unknown as Row, next as unknown as Row, this.clock.tick()) as unknown as BackupRow;
    this.tables[table] = this.#rows(table).map((r) => (r.id === id ? stamped : r));
  }

  delete(table: BackupTable, id: string, replacedBy?: string): void {
    if (!this.get(table, id)) return;
    this.tables[table] = this.#rows(table).filter((r) => r.id !== id);
    const stone: Tombstone = {
      table,
      id,
      hlc: this.clock.tick(),
      at: new Date(wall()).toISOString(),
      ...(replacedBy ? { replacedBy } : {}),
    };
    this.tables.tombstones = [...this.tables.tombstones.filter((s) => !(s.table === table && s.id === id)), stone as unknown as BackupRow];
  }

  /** Undo of a deletion: the row back, every field stamped now. */
  revive(table: BackupTable, row: BackupRow): void {
    this.tables.tombstones = this.tables.tombstones.filter((s) => !(s.table === table && s.id === row.id));
    this.tables[table] = [...this.#rows(table), stampAll(row as unknown as Row, this.clock.tick()) as unknown as BackupRow];
  }

  /** This copy as its backup carries it. */
  side(): MergeSide {
    return { tables: structuredClone(this.tables), seen: withDot(this.seen, this.clock.tick()) };
  }

  plan(other: Replica | MergeSide): MergePlan {
    return planMerge(this.side(), other instanceof Replica ? other.side() : other);
  }

  /** Merges another copy (its backup) into this one, with `choices` or the preselected ones. */
  merge(other: Replica | MergeSide, choices: MergeChoices = noChoices()): MergeResult {
    const remote = other instanceof Replica ? other.side() : other;
    const local = this.side();
    for (const dot of Object.values(remote.seen)) this.clock.observe(`${dot}-x`);
    const plan = planMerge(local, remote);
    const result = resolveMerge(local, plan, choices, new Date(wall()));
    const { put, remove, stones } = result.write;
    for (const [table, rows] of Object.entries(put) as [BackupTable, BackupRow[]][]) {
      const ids = new Set(rows.map((r) => r.id));
      this.tables[table] = [...this.#rows(table).filter((r) => !ids.has(r.id)), ...rows];
    }
    for (const [table, ids] of Object.entries(remove) as [BackupTable, string[]][])
      this.tables[table] = this.#rows(table).filter((r) => !ids.includes(String(r.id)));
    const gone = new Set(stones.remove.map(([t, id]) => `${t}/${id}`));
    const added = new Map(stones.put.map((s) => [`${s.table}/${s.id}`, s as unknown as BackupRow]));
    this.tables.tombstones = [
      ...this.tables.tombstones.filter(
        (s) => !gone.has(`${String(s.table)}/${String(s.id)}`) && !added.has(`${String(s.table)}/${String(s.id)}`),
      ),
      ...added.values(),
    ];
    this.seen = result.write.seen;
    for (const dot of Object.values(this.seen)) this.clock.observe(`${dot}-x`);
    return result;
  }

  /** The data as a user sees it: every row's own fields (no bookkeeping, no stamps), sorted. */
  data(): Record<string, Record<string, unknown>[]> {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const [table, rows] of Object.entries(this.tables)) {
      if (table === 'settings') continue;
      out[table] = rows
        .map((row) => {
          if (table === 'tombstones') return { table: row.table, id: row.id };
          const { createdAt: _c, updatedAt: _u, rev: _r, fieldHlc: _f, ...own } = row;
          return own;
        })
        .sort((a, b) => JSON.stringify([a.table, a.id]).localeCompare(JSON.stringify([b.table, b.id])));
    }
    return out;
  }
}
