// The in-page half of `npm run bench:sync` (docs/sync.md): for one engine and one size, each
// step times one thing and returns its figures; the runner (run.mjs) measures the heap between
// steps, in a fresh page per run, in Chromium (or in Node with --node).
import { gzipSync } from 'fflate';
import { archiveTables, rowCount, type Size, type Tables } from './archive';
import { automerge, wasmBytes } from './automerge';
import { checkCases, type CaseResult } from './cases';
import { randomEdits, sessionWithRows } from './edits';
import type { Edit, Engine, RowRef } from './engine';
import { own } from './own';
import { yjs } from './yjs';

export { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp';
export { wasmBytes };

export const ENGINES = { own, yjs, automerge } as const;
export type EngineName = keyof typeof ENGINES;

export interface BenchApi {
  /** Generates the rows (kept until `build`). */
  prepare(size: Size): Promise<{ rows: number; tables: Record<string, number> }>;
  /** Rows → the engine's in-memory form; the rows are then let go. */
  build(): { ms: number };
  saveAndLoad(): Promise<{ saveMs: number; loadMs: number; bytes: number; gzipBytes: number }>;
  updates(): { oneEdit: number; hundredEdits: number; deleteSession: number; deletedRows: number };
  /** Lets go of the copy built from the rows (its saved form stays, for the steps after). */
  release(): void;
  merge(edits: number): Promise<{ ms: number; editMs: number; verified: boolean }>;
  history(edits: number): Promise<{ editMs: number; bytes: number; gzipBytes: number }>;
  /** Lets go of everything (the heap is measured after). */
  drop(): void;
}

const now = (): number => performance.now();

function bench<R>(engine: Engine<R>): BenchApi {
  let rows: Tables | null = null;
  let replica: R | null = null;
  let saved: Uint8Array | null = null;
  // What the edits pick from (ids only, kept after the rows are let go).
  let shape: Tables = {};
  let doomed: RowRef[] = [];

  const need = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} first`);
    return value;
  };
  const applied = (r: R, edits: readonly Edit[]): void => {
    for (const e of edits) engine.edit(r, e);
  };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

  return {
    async prepare(size) {
      await engine.ready();
      rows = archiveTables(size);
      doomed = sessionWithRows(rows, 7);
      // Ids and foreign keys are all the edits and the deletion need.
      shape = Object.fromEntries(
        Object.entries(rows).map(([t, rs]) => [
          t,
          rs.map((r) => ({ id: r.id, sessionId: (r as unknown as { sessionId?: string }).sessionId })),
        ]),
      ) as unknown as Tables;
      return { rows: rowCount(rows), tables: Object.fromEntries(Object.entries(rows).map(([t, rs]) => [t, rs.length])) };
    },

    build() {
      const input = need(rows, 'prepare');
      const t = now();
      replica = engine.fromRows(input);
      const ms = now() - t;
      rows = null;
      return { ms };
    },

    async saveAndLoad() {
      const r = need(replica, 'build');
      let t = now();
      saved = await engine.save(r);
      const saveMs = now() - t;
      t = now();
      const loaded = engine.load(saved);
      const loadMs = now() - t;
      engine.free(loaded);
      return { saveMs, loadMs, bytes: saved.length, gzipBytes: gzipSync(saved, { level: 6 }).length };
    },

    updates() {
      const r = need(replica, 'build');
      const session = shape.sessions?.[3]?.id ?? '';
      const one: Edit = { table: 'sessions', id: session, field: 'notes', value: 'Draft agenda sent to delegations' };
      const hundred = randomEdits(shape, 12, 100);
      return {
        oneEdit: engine.updateBytes(r, () => engine.edit(r, one)),
        hundredEdits: engine.updateBytes(r, () => applied(r, hundred)),
        deleteSession: engine.updateBytes(r, () => engine.remove(r, doomed)),
        deletedRows: doomed.length,
      };
    },

    release() {
      if (replica !== null) engine.free(replica);
      replica = null;
    },

    async merge(count) {
      const base = need(saved, 'saveAndLoad');
      const a = engine.load(base);
      const b = engine.load(base);
      const [mine, theirs] = [randomEdits(shape, 21, count), randomEdits(shape, 22, count)];
      let t = now();
      applied(a, mine);
      applied(b, theirs);
      const editMs = (now() - t) / (2 * count);
      t = now();
      engine.merge(a, b);
      const ms = now() - t;
      // B's last edit of a field A did not also edit is in A.
      const touched = new Set(mine.map((e) => `${e.table}/${e.id}`));
      const last = [...theirs].reverse().find((e) => !touched.has(`${e.table}/${e.id}`));
      const verified = !!last && same(engine.read(a, last.table, last.id)?.[last.field], last.value);
      engine.free(a);
      engine.free(b);
      return { ms, editMs, verified };
    },

    async history(count) {
      const r = engine.load(need(saved, 'saveAndLoad'));
      const edits = randomEdits(shape, 31, count);
      const t = now();
      applied(r, edits);
      const editMs = now() - t;
      const after = await engine.save(r);
      engine.free(r);
      return { editMs, bytes: after.length, gzipBytes: gzipSync(after, { level: 6 }).length };
    },

    drop() {
      if (replica !== null) engine.free(replica);
      replica = null;
      rows = null;
      saved = null;
    },
  };
}

export function open(name: EngineName): BenchApi {
  switch (name) {
    case 'own':
      return bench(own);
    case 'yjs':
      return bench(yjs);
    case 'automerge':
      return bench(automerge);
  }
}
export const cases = (name: EngineName): Promise<CaseResult[]> => checkCases(name);

/** Whether the engine loads and plays the cases in this page (under its CSP): 'ok' or the error. */
export async function probe(name: EngineName): Promise<string> {
  try {
    await checkCases(name);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}
