// What the sync benchmark asks of each candidate engine: the same data held in its own
// in-memory form, saved and loaded, edited one field at a time (each edit one change, as a
// user's save is), rows deleted in one change, and a copy's changes merged into another.
import type { Tables } from './archive';

export interface Edit {
  table: string;
  id: string;
  field: string;
  value: unknown;
}

export interface RowRef {
  table: string;
  id: string;
}

export interface Engine<R> {
  readonly name: string;
  /** Loads the engine's code (Automerge instantiates its WebAssembly). */
  ready(): Promise<void>;
  /** The rows in the engine's in-memory form, written by a new copy. */
  fromRows(tables: Tables): R;
  /** The engine's saved form. */
  save(replica: R): Promise<Uint8Array>;
  /** A copy loaded from a saved form: a new writer, as on a second computer. */
  load(saved: Uint8Array): R;
  edit(replica: R, edit: Edit): void;
  add(replica: R, table: string, row: Record<string, unknown>): void;
  /** Deletes rows in one change. */
  remove(replica: R, rows: readonly RowRef[]): void;
  /** The bytes of the changes `change` makes, as a peer would receive them (one message per change). */
  updateBytes(replica: R, change: () => void): number;
  /** `into` takes the changes of `from` it has not seen. */
  merge(into: R, from: R): void;
  read(replica: R, table: string, id: string): Record<string, unknown> | undefined;
  ids(replica: R, table: string): string[];
  free(replica: R): void;
}
