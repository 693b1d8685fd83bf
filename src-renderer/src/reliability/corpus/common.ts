// The bad-input corpus of docs/quality.md reliability 1: for every import format (backup, ICS,
// CSV, XLSX), generated files that are bad by construction, so the app must refuse every
// one. Deterministic (a seeded generator), so a failure can be replayed by its index.
//
// Kinds: empty, truncated, flipped (bytes changed), encoding (wrong text encoding),
// oversized, duplicate-keys, missing-keys, wrong-types, proto (`__proto__`/`constructor`
// names), deep (nesting) and many-events (ICS: more events, occurrences or changed
// occurrences than a reader could bear that scans them all for each); and the hostile ones,
// made to stall a reader rather than to be wrong: bomb (an XLSX zip bomb, ./zip-bomb.ts) and
// email (persons whose e-mail cell is crafted to make a backtracking expression take seconds).
// A kind applies where it can make a file of that format bad: a
// repeated CSV/XLSX header or ICS property is read once by design and is no error, so those
// formats get no duplicate-keys kind; and where a `__proto__` name or deep nesting is not an
// error in itself (ICS, CSV, XLSX), it comes in a file that is bad otherwise too, so what is
// tested is that it neither pollutes a prototype nor crashes nor stalls the import.
// Relative imports only: Playwright's Node loader reads these files too. One file per format
// (backup.ts, ics.ts, csv.ts, xlsx.ts); this one holds what they share.

export type Format = 'backup' | 'ics' | 'csv' | 'xlsx' | 'reference' | 'reference-xlsx';
export type Kind =
  | 'empty'
  | 'truncated'
  | 'flipped'
  | 'encoding'
  | 'oversized'
  | 'duplicate-keys'
  | 'missing-keys'
  | 'wrong-types'
  | 'proto'
  | 'deep'
  | 'bomb'
  | 'email'
  | 'many-events';

/**
 * The damage every format gets at the level of its bytes, first in each format's list (cuts
 * and flipped bytes twice: they vary most). The formats add what breaks their own structure.
 */
export const BYTE_KINDS: readonly Kind[] = ['empty', 'truncated', 'truncated', 'flipped', 'flipped', 'encoding', 'oversized'];

export interface BadFile {
  format: Format;
  kind: Kind;
  /** `ics-0042-truncated.ics`: the index replays the file. */
  name: string;
  bytes: Uint8Array;
  /** For a zip bomb: what its parts would inflate to. */
  unpacks?: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Dice {
  next: () => number;
  int: (below: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

export function dice(seed: number): Dice {
  const next = random(seed);
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ---- encodings a file may wrongly arrive in ----

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function utf32le(text: string): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0) ?? 0)];
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, true));
  return out;
}

/** windows-1251 as Russian Excel writes it; letters outside the code page become `?`. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0) ?? 0x3f;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return ch === 'Ё' ? 0xa8 : ch === 'ё' ? 0xb8 : 0x3f;
    }),
  );
}

export function wrongEncodings(text: string): Uint8Array[] {
  return [
    utf16(text, true, true),
    utf16(text, false, true),
    utf16(text, true, false),
    utf16(text, false, false),
    utf32le(text),
    cp1251(text),
  ];
}

// ---- byte-level damage ----

export function truncate(bytes: Uint8Array, d: Dice, before = bytes.length): Uint8Array {
  return bytes.slice(0, d.int(Math.max(1, before)));
}

/** Changes 1 to 4 bytes, each to another value. */
export function flip(bytes: Uint8Array, d: Dice): Uint8Array {
  const out = bytes.slice();
  for (let n = 1 + d.int(4); n > 0; n--) {
    const at = d.int(out.length);
    out[at] = (out[at] ?? 0) ^ (1 + d.int(255));
  }
  return out;
}

/** Sequences that are never valid UTF-8: a lone continuation, an overlong slash, a surrogate, 0xFF. */
const NOT_UTF8 = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xfe], [0xc3, 0x28], [0xf8, 0x88, 0x80, 0x80, 0x80]];

export function breakUtf8(bytes: Uint8Array, d: Dice): Uint8Array {
  let out = bytes;
  for (let n = 1 + d.int(3); n > 0; n--) {
    const at = d.int(out.length + 1);
    out = Uint8Array.from([...out.slice(0, at), ...d.pick(NOT_UTF8), ...out.slice(at)]);
  }
  return out;
}

/** Round-robin over kinds, each kind its share of `count`, in a stable order. */
export function plan(kinds: readonly Kind[], count: number): Kind[] {
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length] as Kind);
}

export const named = (format: Format, index: number, kind: Kind, ext: string, bytes: Uint8Array): BadFile => ({
  format,
  kind,
  name: `${format}-${String(index).padStart(4, '0')}-${kind}.${ext}`,
  bytes,
});
