// Automerge: one document, a map per table, a map per row keyed by its id. A string field is
// stored as an ImmutableString: one value replaced whole, like every field of a row (Automerge's
// default, collaborative text, costs an operation per character and merges two edits of a date
// or an id letter by letter; see docs/sync.md for what it costs). A Text {en, ru} is a nested
// map. The WebAssembly is instantiated from the base64 copy the package ships, so that the
// same bundle runs in Node and in Chromium (where the page's CSP must allow 'wasm-unsafe-eval').
import * as A from '@automerge/automerge/slim';
import { automergeWasmBase64 } from '@automerge/automerge/automerge.wasm.base64';
import type { Tables } from './archive';
import type { Edit, Engine, RowRef } from './engine';

type Doc = Record<string, Record<string, Record<string, unknown>>>;

export class AutomergeReplica {
  /** The bytes of the changes made while they are counted. */
  sent: number | null = null;

  constructor(public doc: A.Doc<Doc>) {}

  change(fn: A.ChangeFn<Doc>): void {
    this.doc = A.change(this.doc, fn);
    if (this.sent !== null) this.sent += A.getLastLocalChange(this.doc)?.length ?? 0;
  }
}

/** Strings as single values, at any depth. */
export function immutable(value: unknown): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value);
  if (Array.isArray(value)) return value.map(immutable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, immutable(v)]));
  return value;
}

/** A row as plain data again. */
export function plain(value: unknown): unknown {
  if (A.isImmutableString(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const row = (doc: Doc, table: string, id: string): Record<string, unknown> => {
  const found = doc[table]?.[id];
  if (!found) throw new Error(`${table}/${id} is not here`);
  return found;
};

let memory: WebAssembly.Memory | null = null;

/** The size of Automerge's WebAssembly memory (outside the JavaScript heap; it never shrinks). */
export const wasmBytes = (): number => memory?.buffer.byteLength ?? 0;

/**
 * Instantiates Automerge's WebAssembly, keeping hold of its memory to measure it: the package
 * does not expose its instance, so WebAssembly.instantiate is wrapped while it runs.
 */
async function instantiate(): Promise<void> {
  if (memory) return;
  const original = WebAssembly.instantiate.bind(WebAssembly);
  const wrapped = async (...args: Parameters<typeof original>): Promise<unknown> => {
    const result: unknown = await original(...args);
    const instance = result instanceof WebAssembly.Instance ? result : (result as WebAssembly.WebAssemblyInstantiatedSource).instance;
    if (instance.exports.memory instanceof WebAssembly.Memory) memory = instance.exports.memory;
    return result;
  };
  WebAssembly.instantiate = wrapped as typeof WebAssembly.instantiate;
  try {
    await A.initializeBase64Wasm(automergeWasmBase64);
  } finally {
    WebAssembly.instantiate = original;
  }
}

export const automerge: Engine<AutomergeReplica> = {
  name: 'Automerge',
  ready: instantiate,

  fromRows(tables: Tables): AutomergeReplica {
    let doc = A.init<Doc>();
    // A table per change: one change holding 190,000 rows would be built in one piece.
    for (const [name, rows] of Object.entries(tables)) {
      const table = Object.fromEntries(
        rows.map((r) => [r.id, immutable(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)))]),
      );
      doc = A.change(doc, (d) => {
        d[name] = table as Record<string, Record<string, unknown>>;
      });
    }
    return new AutomergeReplica(doc);
  },

  save: async (replica) => A.save(replica.doc),
  load: (saved) => new AutomergeReplica(A.load<Doc>(saved)),

  edit(replica: AutomergeReplica, { table, id, field, value }: Edit): void {
    replica.change((d) => {
      row(d, table, id)[field] = immutable(value);
    });
  },

  add(replica: AutomergeReplica, table: string, r: Record<string, unknown>): void {
    replica.change((d) => {
      const rows = d[table];
      if (rows) rows[String(r.id)] = immutable(r) as Record<string, unknown>;
    });
  },

  remove(replica: AutomergeReplica, refs: readonly RowRef[]): void {
    replica.change((d) => {
      for (const { table, id } of refs) delete d[table]?.[id];
    });
  },

  updateBytes(replica: AutomergeReplica, change: () => void): number {
    replica.sent = 0;
    change();
    const bytes = replica.sent;
    replica.sent = null;
    return bytes;
  },

  merge(into: AutomergeReplica, from: AutomergeReplica): void {
    into.doc = A.merge(into.doc, from.doc);
  },

  read(replica: AutomergeReplica, table: string, id: string): Record<string, unknown> | undefined {
    const found = replica.doc[table]?.[id];
    return found ? (plain(found) as Record<string, unknown>) : undefined;
  },
  ids: (replica, table) => Object.keys(replica.doc[table] ?? {}),
  free: (replica) => A.free(replica.doc),
};
