// The change model a merge of two copies of one chairmanship runs on (docs/sync.md): every
// write is stamped with a dot of a hybrid logical clock, per field; every copy keeps, per
// writer (node), the latest dot it has seen of that writer's (a version vector). Comparing
// two values of one field then needs no common ancestor: if one copy has seen the dot of the
// other's value, its own value replaced it knowingly and wins; if neither has seen the
// other's, both edited the field concurrently and the user is asked. This is the change log
// of Actual Budget (hybrid logical clocks per field, tombstones for deletions) with version
// vectors in place of its Merkle tree, because copies meet by exchanging whole backups. Pure.
import type { Row } from './types';

/**
 * A dot: `TTTTTTTTTCCCC-node`, the wall-clock milliseconds (9 base-36 digits) and a counter
 * (4 base-36 digits) of a hybrid logical clock, then the writer. Dots of one writer sort in
 * the order it wrote them; dots of different writers sort by time, then by writer.
 */
export type Dot = string;

/** Per writer, the time part of the latest of its dots a copy has seen. */
export type VersionVector = Record<string, string>;

const TIME_DIGITS = 9;
const COUNTER_DIGITS = 4;
const STAMP_LENGTH = TIME_DIGITS + COUNTER_DIGITS;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
const DOT = /^[0-9a-z]{13}-[0-9a-z]{1,40}$/;
const NODE = /^[0-9a-z]{1,40}$/;

export const isDot = (value: unknown): value is Dot => typeof value === 'string' && DOT.test(value);
export const isNode = (value: unknown): value is string => typeof value === 'string' && NODE.test(value);

/** The writer of a dot. */
export const dotNode = (dot: Dot): string => dot.slice(STAMP_LENGTH + 1);
/** The clock reading of a dot, without its writer: comparable with a version vector's entries. */
export const dotStamp = (dot: Dot): string => dot.slice(0, STAMP_LENGTH);
/** The wall-clock instant a dot was made at. */
export const dotTime = (dot: Dot): number => parseInt(dot.slice(0, TIME_DIGITS), 36);

function stampOf(ms: number, counter: number): string {
  return ms.toString(36).padStart(TIME_DIGITS, '0') + counter.toString(36).padStart(COUNTER_DIGITS, '0');
}

/** A new writer's name: 12 random base-36 characters. */
export function newNode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** How many of this window's own dots are remembered (for the single-window stale check). */
const OWN_DOTS = 20_000;

/**
 * A hybrid logical clock: the wall clock when it moves forward, else a counter, so that every
 * dot it issues sorts after every dot it issued or observed before.
 */
export class HybridClock {
  #ms = 0;
  #counter = 0;
  readonly #own = new Set<Dot>();

  constructor(
    public node: string = newNode(),
    private readonly wall: () => number = Date.now,
  ) {}

  /** A dot for a write made now. */
  tick(): Dot {
    const now = this.wall();
    if (now > this.#ms) {
      this.#ms = now;
      this.#counter = 0;
    } else if (this.#counter < MAX_COUNTER) {
      this.#counter++;
    } else {
      // Over a million writes in one millisecond: borrow the next one.
      this.#ms++;
      this.#counter = 0;
    }
    const dot = `${stampOf(this.#ms, this.#counter)}-${this.node}`;
    this.#own.add(dot);
    if (this.#own.size > OWN_DOTS) this.#own.delete(this.#own.values().next().value ?? '');
    return dot;
  }

  /** Moves the clock past a dot seen in another copy, so later writes here sort after it. */
  observe(dot: Dot): void {
    if (!isDot(dot)) return;
    const ms = dotTime(dot);
    const counter = parseInt(dot.slice(TIME_DIGITS, STAMP_LENGTH), 36);
    if (ms > this.#ms || (ms === this.#ms && counter > this.#counter)) {
      this.#ms = ms;
      this.#counter = counter;
    }
  }

  /** Whether this window wrote the dot (a value it wrote itself is never stale to it). */
  wrote(dot: Dot | undefined): boolean {
    return dot !== undefined && this.#own.has(dot);
  }
}

/**
 * The writer of the changes a merge derives from the data alone (a renumbered agenda, two
 * copies of one participant made one). Two copies may derive them from different data, so
 * no copy "has seen" another's: a derived value meets any other by its clock alone (the later
 * wins, then the greater value), which every copy decides alike.
 */
export const DERIVED_NODE = 'merge';

export const isDerived = (dot: Dot | undefined): boolean => dot !== undefined && dotNode(dot) === DERIVED_NODE;

/** A derived change's dot, dated by the latest of the dots it follows from. */
export function derivedDot(after: readonly (Dot | undefined)[]): Dot {
  const latest = after.reduce<string>((max, d) => (d && dotStamp(d) > max ? dotStamp(d) : max), '0'.repeat(STAMP_LENGTH));
  return `${latest}-${DERIVED_NODE}`;
}

/** The stamp one counter step after `stamp`. */
function nextStamp(stamp: string): string {
  const ms = parseInt(stamp.slice(0, TIME_DIGITS), 36);
  const counter = parseInt(stamp.slice(TIME_DIGITS, STAMP_LENGTH), 36);
  return counter < MAX_COUNTER ? stampOf(ms, counter + 1) : stampOf(ms + 1, 0);
}

/** FNV-1a over UTF-16 code units, two 32-bit lanes: a short name, not a secret. */
function fnv(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36).padStart(7, '0') + h2.toString(36).padStart(7, '0');
}

/**
 * The dot of a merge conflict settled against the preselected value. A new change (so a copy
 * that has not chosen takes it without asking), but not of this copy's clock: it is made from
 * the competing dots and the value chosen alone, one step after the later of them, with a
 * writer of its own (`c` + a hash) that writes nothing else. Two copies that make the same
 * choice make the same dot, and end with identical rows.
 */
export function choiceDot(competing: readonly (Dot | undefined)[], chosen: string): Dot {
  const dots = competing.filter((d): d is Dot => d !== undefined).sort();
  const latest = dots.reduce<string>((max, d) => (dotStamp(d) > max ? dotStamp(d) : max), '0'.repeat(STAMP_LENGTH));
  return `${nextStamp(latest)}-c${fnv(`${dots.join(' ')}\u0000${chosen}`)}`;
}

/** Whether a copy whose vector is `seen` has seen the write stamped `dot`. */
export function covers(seen: VersionVector, dot: Dot | undefined): boolean {
  if (!dot) return true;
  if (isDerived(dot)) return false;
  const latest = seen[dotNode(dot)];
  return latest !== undefined && dotStamp(dot) <= latest;
}

/** What two copies have seen together. */
export function joinVectors(a: VersionVector, b: VersionVector): VersionVector {
  const joined: VersionVector = { ...a };
  for (const [node, latest] of Object.entries(b)) if (!(node in joined) || (joined[node] ?? '') < latest) joined[node] = latest;
  return joined;
}

/** A vector that has seen `dot` too. */
export function withDot(seen: VersionVector, dot: Dot): VersionVector {
  return joinVectors(seen, { [dotNode(dot)]: dotStamp(dot) });
}

const later = (a: Dot | undefined, b: Dot | undefined): Dot | undefined => (!a ? b : !b ? a : a > b ? a : b);

/** The dot of a field's value; none for a value written when the row was created. */
export function fieldDot(row: Pick<Row, 'fieldHlc'>, field: string): Dot | undefined {
  return row.fieldHlc?.[field];
}

/** The latest dot anywhere in a row. */
export function latestDot(row: Pick<Row, 'fieldHlc'>): Dot | undefined {
  let latest: Dot | undefined;
  for (const dot of Object.values(row.fieldHlc ?? {})) latest = later(latest, dot);
  return latest;
}

/** Fields a merge or an edit compares: everything but the bookkeeping. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'key', 'createdAt', 'updatedAt', 'rev', 'fieldHlc']);

/** A row's own field names (bookkeeping aside). */
export const ownFields = (row: object): string[] => Object.keys(row).filter((k) => !BOOKKEEPING_FIELDS.has(k));

/** `row` with every field stamped `dot`: written whole (a row put back by Undo). */
export function stampAll<T extends Row>(row: T, dot: Dot): T {
  return { ...row, fieldHlc: Object.fromEntries(ownFields(row).map((f) => [f, dot])) };
}

/** Value equality of stored fields (plain JSON data; key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields whose values differ between two versions of a row, bookkeeping aside. */
export function changedFieldNames(a: object, b: object): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((k) => !BOOKKEEPING_FIELDS.has(k) && !sameValue(left[k], right[k])).sort();
}

/** `next` with the fields that differ from `previous` stamped with `dot`. */
export function stampChanges<T extends Row>(previous: T, next: T, dot: Dot): T {
  const changed = changedFieldNames(previous, next);
  if (!changed.length) return next;
  const fieldHlc = { ...(next.fieldHlc ?? previous.fieldHlc ?? {}) };
  for (const field of changed) fieldHlc[field] = dot;
  return { ...next, fieldHlc };
}
