// The project's own engine (src-renderer/src/lib/domain/changes.ts, lib/backup/io/merge-plan.ts): rows as
// the app stores them, each changed field stamped with a dot of a hybrid logical clock,
// deletions kept as tombstones, and a version vector per copy. Edited the way the
// repositories edit (lib/db/table-repository.ts), merged with planMerge and resolveMerge, saved
// as the app's backup file. A change sent to a peer is taken as one JSON message per edit:
// the field's new value and its dot (the deletions of one change: their tombstones).
import { dotStamp, HybridClock, newNode, stampChanges, type Dot, type VersionVector } from '../../../src-renderer/src/lib/domain/changes';
import type { Row, Tombstone } from '../../../src-renderer/src/lib/domain/types';
import { emptyTables, type BackupRow, type BackupTable, type BackupTables } from '../../../src-renderer/src/lib/backup/io/file-format';
import { encodeBackup } from '../../../src-renderer/src/lib/backup/io/write';
import { noChoices, planMerge, resolveMerge, type MergePlan, type MergeSide } from '../../../src-renderer/src/lib/backup/io/merge-plan';
import type { Tables } from './archive';
import type { Edit, Engine, RowRef } from './engine';

export class OwnReplica {
  readonly tables = new Map<string, Map<string, Row>>();
  readonly stones = new Map<string, Tombstone>();
  readonly clock: HybridClock;
  seen: VersionVector = {};
  /** The messages a change sends, while they are counted. */
  outbox: string[] | null = null;

  constructor(node: string = newNode()) {
    this.clock = new HybridClock(node);
  }

  tick(): Dot {
    const dot = this.clock.tick();
    this.seen = { ...this.seen, [this.clock.node]: dotStamp(dot) };
    return dot;
  }

  table(name: string): Map<string, Row> {
    let rows = this.tables.get(name);
    if (!rows) this.tables.set(name, (rows = new Map<string, Row>()));
    return rows;
  }

  /** The copy as a merge reads it (the app reads its tables from IndexedDB, or a backup file). */
  side(): MergeSide {
    const tables: BackupTables = emptyTables();
    for (const [name, rows] of this.tables) tables[name as BackupTable] = [...rows.values()] as unknown as BackupRow[];
    tables.tombstones = [...this.stones.values()] as unknown as BackupRow[];
    return { tables, seen: this.seen };
  }
}

const asRows = (rows: BackupRow[]): Row[] => rows as unknown as Row[];

/** The last plan a merge made, for the conflict check of the seven cases. */
export let lastPlan: MergePlan | null = null;

export const own: Engine<OwnReplica> = {
  name: 'own (HLC field stamps)',
  ready: async () => undefined,

  fromRows(tables: Tables): OwnReplica {
    const replica = new OwnReplica();
    for (const [name, rows] of Object.entries(tables)) {
      const table = replica.table(name);
      for (const row of rows) table.set(row.id, row);
    }
    return replica;
  },

  async save(replica: OwnReplica): Promise<Uint8Array> {
    const { text } = await encodeBackup({
      tables: replica.side().tables,
      schemaVersion: 2,
      appVersion: '0.1.0',
      createdAt: new Date(),
      replica: { node: replica.clock.node, seen: replica.seen, label: 'bench' },
    });
    return new TextEncoder().encode(text);
  },

  load(saved: Uint8Array): OwnReplica {
    const backup = JSON.parse(new TextDecoder().decode(saved)) as { tables: BackupTables; replica: { seen: VersionVector } };
    const replica = new OwnReplica();
    for (const [name, rows] of Object.entries(backup.tables)) {
      if (name === 'settings') continue;
      if (name === 'tombstones') {
        for (const stone of rows as unknown as Tombstone[]) replica.stones.set(`${stone.table}/${stone.id}`, stone);
        continue;
      }
      const table = replica.table(name);
      for (const row of asRows(rows)) table.set(row.id, row);
    }
    replica.seen = backup.replica.seen;
    for (const stamp of Object.values(replica.seen)) replica.clock.observe(`${stamp}-x`);
    return replica;
  },

  edit(replica: OwnReplica, { table, id, field, value }: Edit): void {
    const rows = replica.table(table);
    const current = rows.get(id);
    if (!current) throw new Error(`${table}/${id} is not here`);
    const moved = { ...current, [field]: value, rev: current.rev + 1, updatedAt: new Date().toISOString() };
    const dot = replica.tick();
    rows.set(id, stampChanges(current, moved, dot));
    replica.outbox?.push(JSON.stringify({ t: table, id, f: field, v: value, d: dot }));
  },

  add(replica: OwnReplica, table: string, row: Record<string, unknown>): void {
    const at = new Date().toISOString();
    const stored = { createdAt: at, updatedAt: at, rev: 1, ...row } as unknown as Row;
    replica.table(table).set(stored.id, stored);
    replica.tick();
    replica.outbox?.push(JSON.stringify({ t: table, row: stored }));
  },

  remove(replica: OwnReplica, refs: readonly RowRef[]): void {
    const at = new Date().toISOString();
    const stones = refs.map(({ table, id }): Tombstone => {
      replica.table(table).delete(id);
      const stone = { table, id, hlc: replica.tick(), at };
      replica.stones.set(`${table}/${id}`, stone);
      return stone;
    });
    replica.outbox?.push(JSON.stringify({ stones }));
  },

  updateBytes(replica: OwnReplica, change: () => void): number {
    replica.outbox = [];
    change();
    const bytes = replica.outbox.reduce((n, message) => n + new TextEncoder().encode(message).length, 0);
    replica.outbox = null;
    return bytes;
  },

  merge(into: OwnReplica, from: OwnReplica): void {
    const remote = from.side();
    for (const stamp of Object.values(remote.seen)) into.clock.observe(`${stamp}-x`);
    const local = into.side();
    const plan = planMerge(local, remote);
    lastPlan = plan;
    const { write } = resolveMerge(local, plan, noChoices(), new Date());
    for (const [table, rows] of Object.entries(write.put)) for (const row of asRows(rows)) into.table(table).set(row.id, row);
    for (const [table, ids] of Object.entries(write.remove)) for (const id of ids) into.table(table).delete(id);
    for (const [table, id] of write.stones.remove) into.stones.delete(`${table}/${id}`);
    for (const stone of write.stones.put) into.stones.set(`${stone.table}/${stone.id}`, stone);
    into.seen = write.seen;
  },

  read: (replica, table, id) => replica.table(table).get(id) as unknown as Record<string, unknown> | undefined,
  ids: (replica, table) => [...replica.table(table).keys()],
  free: () => undefined,
};
