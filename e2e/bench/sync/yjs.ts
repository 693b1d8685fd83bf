// Yjs: one Y.Doc, a Y.Map per table, a Y.Map per row keyed by its id, each field one value of
// that map (a Text {en, ru} or a list of ids is one value, replaced whole). Saved as the
// document's whole state (update format 1, what y-websocket, y-indexeddb and Hocuspocus
// exchange); a change sent to a peer is the update a transaction emits.
import * as Y from 'yjs';
import type { Tables } from './archive';
import type { Edit, Engine, RowRef } from './engine';

export class YjsReplica {
  constructor(readonly doc: Y.Doc = new Y.Doc()) {}

  row(table: string, id: string): Y.Map<unknown> | undefined {
    return this.doc.getMap<Y.Map<unknown>>(table).get(id);
  }
}

/** Where a merge's changes come from, so that an UndoManager can follow (or ignore) them. */
export const MERGE_ORIGIN = 'merge';

export const yjs: Engine<YjsReplica> = {
  name: 'Yjs',
  ready: async () => undefined,

  fromRows(tables: Tables): YjsReplica {
    const replica = new YjsReplica();
    replica.doc.transact(() => {
      for (const [name, rows] of Object.entries(tables)) {
        const table = replica.doc.getMap<Y.Map<unknown>>(name);
        for (const row of rows) table.set(row.id, new Y.Map(Object.entries(row).filter(([, v]) => v !== undefined)));
      }
    });
    return replica;
  },

  save: async (replica) => Y.encodeStateAsUpdate(replica.doc),

  load(saved: Uint8Array): YjsReplica {
    const replica = new YjsReplica();
    Y.applyUpdate(replica.doc, saved);
    return replica;
  },

  edit(replica: YjsReplica, { table, id, field, value }: Edit): void {
    const row = replica.row(table, id);
    if (!row) throw new Error(`${table}/${id} is not here`);
    replica.doc.transact(() => row.set(field, value));
  },

  add(replica: YjsReplica, table: string, row: Record<string, unknown>): void {
    replica.doc.transact(() => replica.doc.getMap<Y.Map<unknown>>(table).set(String(row.id), new Y.Map(Object.entries(row))));
  },

  remove(replica: YjsReplica, refs: readonly RowRef[]): void {
    replica.doc.transact(() => {
      for (const { table, id } of refs) replica.doc.getMap(table).delete(id);
    });
  },

  updateBytes(replica: YjsReplica, change: () => void): number {
    let bytes = 0;
    const count = (update: Uint8Array): void => void (bytes += update.length);
    replica.doc.on('update', count);
    change();
    replica.doc.off('update', count);
    return bytes;
  },

  merge(into: YjsReplica, from: YjsReplica): void {
    Y.applyUpdate(into.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(into.doc)), MERGE_ORIGIN);
  },

  read: (replica, table, id) => replica.row(table, id)?.toJSON(),
  ids: (replica, table) => [...replica.doc.getMap(table).keys()],
  free: (replica) => replica.doc.destroy(),
};
