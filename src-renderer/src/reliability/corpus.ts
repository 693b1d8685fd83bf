// The bad-input corpus of QUALITY.md reliability 1: for every import format (backup, ICS,
// CSV, XLSX), generated files that are bad by construction, so the app must refuse every
// one. Deterministic (a seeded generator), so a failure can be replayed by its index.
//
// Kinds: empty, truncated, flipped (bytes changed), encoding (wrong text encoding),
// oversized, duplicate-keys, missing-keys, wrong-types, proto (`__proto__`/`constructor`
// names) and deep (nesting). A kind applies where it can make a file of that format bad: a
// repeated CSV/XLSX header or ICS property is read once by design and is no error, so those
// formats get no duplicate-keys kind; and where a `__proto__` name or deep nesting is not an
// error in itself (ICS, CSV, XLSX), it comes in a file that is bad otherwise too, so what is
// tested is that it neither pollutes a prototype nor crashes nor stalls the import.
// Relative imports only: Playwright's Node loader reads this file too.
import { canonicalJson, sha256Hex } from '../lib/io/backup-canonical';
import { MAX_BACKUP_BYTES } from '../lib/io/backup-format';
import { MAX_ICS_FILE_BYTES } from '../lib/io/ics-shared';

export type Format = 'backup' | 'ics' | 'csv' | 'xlsx';
export type Kind =
  'empty' | 'truncated' | 'flipped' | 'encoding' | 'oversized' | 'duplicate-keys' | 'missing-keys' | 'wrong-types' | 'proto' | 'deep';

export interface BadFile {
  format: Format;
  kind: Kind;
  /** `ics-0042-truncated.ics`: the index replays the file. */
  name: string;
  bytes: Uint8Array;
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
function plan(kinds: readonly Kind[], count: number): Kind[] {
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length] as Kind);
}

const named = (format: Format, index: number, kind: Kind, ext: string, bytes: Uint8Array): BadFile => ({
  format,
  kind,
  name: `${format}-${String(index).padStart(4, '0')}-${kind}.${ext}`,
  bytes,
});

// ---- backups ----

type Obj = Record<string, unknown>;

/** Sets a key as an own property, even `__proto__` (plain assignment would change the prototype). */
function own(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Signs a changed backup as the app would: its checksum then matches, so only the content checks can refuse it. */
export async function resign(backup: Obj): Promise<string> {
  own(backup, 'sha256', '');
  const unsigned = canonicalJson(backup);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return unsigned.slice(0, at) + (await sha256Hex(unsigned)) + unsigned.slice(at);
}

const REQUIRED: Record<string, string[]> = {
  chairmanships: ['organization', 'chairState', 'year', 'homeTimeZone', 'example'],
  parties: ['kind', 'name', 'short'],
  bodies: ['name', 'acronym', 'level', 'seatTitle', 'decisionRule'],
  persons: ['names', 'honorific'],
  appointments: ['personId', 'bodyId', 'partyId', 'title', 'from'],
  sessions: ['title', 'bodyIds', 'kind', 'status', 'allDay', 'start', 'end', 'timeZone', 'startUtc', 'endUtc', 'venue', 'icsUid'],
  agendaItems: ['sessionId', 'position', 'title', 'minutes'],
  participants: ['sessionId', 'personId', 'partyId', 'role', 'invitation', 'attendance'],
  documents: ['sessionId', 'kind', 'title'],
  actionPlans: ['chairmanshipId', 'title', 'basis'],
  actionItems: ['planId', 'number', 'title', 'status', 'progress', 'responsible'],
  actionUpdates: ['actionItemId', 'at', 'text'],
};
const ENVELOPE_KEYS = ['format', 'formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'sha256', 'tables'];

/** A value of another type than `value`: what a hand-edited or crafted file puts in a field. */
function wrongType(value: unknown, d: Dice): unknown {
  if (typeof value === 'string') return d.pick([12345, true, null, ['x'], { en: value }]);
  if (typeof value === 'number') return d.pick([String(value), null, [value], { value }, true]);
  if (typeof value === 'boolean') return d.pick([String(value), 1, null]);
  if (Array.isArray(value)) return d.pick(['a,b', 7, { 0: 'a' }, null]);
  return d.pick(['text', 42, [], null, false]);
}

function rows(backup: Obj, d: Dice, withRows = true): { table: string; list: Obj[] } {
  const tables = backup.tables as Record<string, Obj[]>;
  const names = Object.keys(tables).filter((t) => t !== 'settings' && (!withRows || (tables[t]?.length ?? 0) > 0));
  const table = d.pick(names);
  return { table, list: tables[table] ?? [] };
}

function bump(backup: Obj, table: string): void {
  const counts = backup.counts as Record<string, number>;
  counts[table] = (counts[table] ?? 0) + 1;
}

async function backupFile(kind: Kind, base: string, baseBytes: Uint8Array, d: Dice, variant: number): Promise<Uint8Array> {
  const copy = (): Obj => JSON.parse(base) as Obj;
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', ' ', '\n\r\n\t', '\uFEFF', '{}', '[]', 'null', '""']));
    case 'truncated':
      return truncate(baseBytes, d);
    case 'flipped':
      return flip(baseBytes, d);
    case 'encoding':
      return d.pick(wrongEncodings(base));
    case 'oversized':
      // The first is over the size limit; the others inside it but of no use (a backup repeated).
      return variant === 0 ? new Uint8Array(MAX_BACKUP_BYTES + 1) : utf8(base.repeat(2 + d.int(8)));
    case 'duplicate-keys': {
      const backup = copy();
      const way = d.int(4);
      if (way === 0) {
        // A key written twice in the text: JSON.parse keeps the last, the canonical check sees the extra bytes.
        const at = base.indexOf('"rev":', d.int(base.length - 10));
        const cut = at < 0 ? base.indexOf('"format":') : at;
        return utf8(`${base.slice(0, cut)}"rev":${1 + d.int(9)},${base.slice(cut)}`);
      }
      const tables = backup.tables as Record<string, Obj[]>;
      const { table, list } =
        way === 1
          ? rows(backup, d)
          : way === 2
            ? { table: 'sessions', list: tables.sessions ?? [] }
            : { table: 'participants', list: tables.participants ?? [] };
      const row = d.pick(list);
      // Same id; or (sessions) the same ICS UID; or (participants) the same person twice on a list.
      list.push(way === 1 ? { ...row } : { ...row, id: `duplicate-${d.int(1e6)}` });
      bump(backup, table);
      return utf8(await resign(backup));
    }
    case 'missing-keys': {
      const backup = copy();
      if (d.int(5) === 0) {
        Reflect.deleteProperty(backup, d.pick(ENVELOPE_KEYS));
        return utf8(await resign(backup));
      }
      const { table, list } = rows(backup, d);
      const row = d.pick(list);
      Reflect.deleteProperty(row, d.pick(['id', 'createdAt', 'updatedAt', 'rev', ...(REQUIRED[table] ?? [])]));
      return utf8(await resign(backup));
    }
    case 'wrong-types': {
      const backup = copy();
      const way = d.int(6);
      if (way === 0) {
        const key = d.pick(['formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'tables']);
        backup[key] = key === 'schemaVersion' || key === 'formatVersion' ? d.pick([2, 99, '1', -1]) : wrongType(backup[key], d);
        return utf8(await resign(backup));
      }
      const { list } = rows(backup, d);
      const row = d.pick(list);
      const key = d.pick(Object.keys(row));
      row[key] = wrongType(row[key], d);
      return utf8(await resign(backup));
    }
    case 'proto': {
      const key = d.pick(['__proto__', 'constructor', 'prototype', '\\u005f_proto__']);
      const payload = key === 'constructor' ? '{"prototype":{"polluted":true}}' : '{"polluted":true}';
      if (d.int(2) === 0) {
        // In the text, inside a random object.
        const objects = [...base.matchAll(/\{"/g)].map((match) => match.index);
        const at = d.pick(objects) + 1;
        return utf8(`${base.slice(0, at)}"${key}":${payload},${base.slice(at)}`);
      }
      const backup = copy();
      const { list } = rows(backup, d);
      own(d.pick(list), key.replace('\\u005f', '_'), JSON.parse(payload));
      return utf8(await resign(backup));
    }
    case 'deep': {
      const depth = d.pick([17, 40, 300, 5_000, 200_000]);
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const at = base.lastIndexOf('"notes":');
      if (at >= 0 && depth <= 300 && d.int(2) === 0) {
        // Signed: the checksum matches, the depth check refuses it.
        const backup = copy();
        const { list } = rows(backup, d);
        d.pick(list).notes = JSON.parse(nested) as unknown;
        return utf8(await resign(backup));
      }
      return utf8(`${base.slice(0, 1)}"deep":${nested},${base.slice(1)}`);
    }
  }
}

export const BACKUP_KINDS: readonly Kind[] = [
  'empty',
  'truncated',
  'truncated',
  'flipped',
  'flipped',
  'encoding',
  'oversized',
  'duplicate-keys',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
  'deep',
];

export async function* backupCorpus(base: string, count: number, seed = 20150402): AsyncGenerator<BadFile> {
  const d = dice(seed);
  const baseBytes = utf8(base);
  const seen = new Map<Kind, number>();
  const kinds = plan(BACKUP_KINDS, count);
  for (const [i, kind] of kinds.entries()) {
    const variant = seen.get(kind) ?? 0;
    seen.set(kind, variant + 1);
    yield named('backup', i, kind, 'chairdesk.json', await backupFile(kind, base, baseBytes, d, variant));
  }
}

// ---- ICS ----

const CRLF = '\r\n';

interface IcsEventSpec {
  uid?: string;
  start?: string;
  end?: string;
  extra?: string[];
}

function icsEvent(spec: IcsEventSpec): string {
  const lines = [
    'BEGIN:VEVENT',
    ...(spec.uid === undefined ? [] : [`UID:${spec.uid}`]),
    'SUMMARY:Консультации по Афганистану (ӣ ӯ ҳ ҷ қ ғ)',
    'LOCATION:Дворец Наций, Душанбе',
    'CATEGORIES:CFM',
    ...(spec.start === undefined ? [] : [spec.start]),
    ...(spec.end === undefined ? [] : [spec.end]),
    ...(spec.extra ?? []),
    'END:VEVENT',
  ];
  return lines.join(CRLF) + CRLF;
}

function calendar(events: string, head = ''): string {
  return `BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}PRODID:-//Chairdesk corpus//EN${CRLF}${head}${events}END:VCALENDAR${CRLF}`;
}

/** A calendar the app imports: `n` new sessions of the CFM in October 2015. */
export function goodCalendar(n: number, tag: string): string {
  let events = '';
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    events += icsEvent({ uid: `${tag}-${i}@corpus.mfa.tj`, start: `DTSTART:201510${day}T080000Z`, end: `DTEND:201510${day}T100000Z` });
  }
  return calendar(events);
}

/** Every event of the calendar bad in the way `bad` makes it. */
function calendarOf(d: Dice, bad: (i: number) => IcsEventSpec): string {
  let events = '';
  for (let i = 0, n = 1 + d.int(6); i < n; i++) events += icsEvent(bad(i));
  return calendar(events);
}

const GARBAGE_DATES = [
  'garbage',
  '2015',
  '20151301T250000Z',
  '2015-10-01T08:00:00Z',
  'T',
  '99999999T999999',
  '"; DROP TABLE sessions;--',
  '20151001T0800',
];

function icsFile(kind: Kind, d: Dice, tag: string): Uint8Array {
  const good = goodCalendar(1 + d.int(5), tag);
  const at = (day: number, hour: number): string => `201510${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}0000`;
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', ' ', '\r\n\r\n', '\uFEFF', '\t \n']));
    case 'truncated':
      return truncate(utf8(good), d, good.lastIndexOf('END:VCALENDAR'));
    case 'flipped':
      return breakUtf8(utf8(good), d);
    case 'encoding':
      return d.pick(wrongEncodings(good));
    case 'oversized':
      return new Uint8Array(MAX_ICS_FILE_BYTES + 1 + d.int(1000)).fill(0x41);
    case 'missing-keys': {
      const way = d.int(4);
      if (way === 0) return utf8(good.replace(/^BEGIN:VCALENDAR\r\n/, ''));
      if (way === 1) return utf8(calendar(''));
      return utf8(
        calendarOf(d, (i) =>
          way === 2 ? { start: `DTSTART:${at(i + 1, 8)}Z` } : { uid: `${tag}-${i}@corpus`, end: `DTEND:${at(i + 1, 9)}Z` },
        ),
      );
    }
    case 'wrong-types': {
      const way = d.int(4);
      return utf8(
        calendarOf(d, (i) => {
          const uid = `${tag}-${i}@corpus`;
          if (way === 0) return { uid, start: `DTSTART:${d.pick(GARBAGE_DATES)}` };
          if (way === 1) return { uid, start: `DTSTART:${at(i + 1, 10)}Z`, end: `DTEND:${at(i + 1, 8)}Z` };
          if (way === 2)
            return { uid, start: `DTSTART;TZID=Mars/Olympus_Mons:${at(i + 1, 8)}`, end: `DTEND;TZID=Mars/Olympus_Mons:${at(i + 1, 9)}` };
          return { uid, start: `DTSTART:${at(i + 1, 8)}Z`, end: `DTEND:${at(i + 1, 9)}Z`, extra: ['RRULE:FREQ=WEEKLY;COUNT=3'] };
        }),
      );
    }
    case 'proto': {
      const name = d.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
      return utf8(
        calendarOf(d, (i) => ({
          uid: `${tag}-${i}@corpus`,
          // The zone is the key the reader looks up: it must read as unknown, not as Object's own.
          start: `DTSTART;TZID=${name}:${at(i + 1, 8)}`,
          end: `DTEND;TZID=${name}:${at(i + 1, 9)}`,
          extra: [`X-${name.toUpperCase()};${name}=${name}:{"polluted":true}`, `ATTENDEE;${name}=1:mailto:a@b.c`],
        })),
      );
    }
    case 'deep': {
      const depth = d.pick([50, 1_000, 20_000]);
      const inner = icsEvent({ uid: `${tag}@corpus` });
      const wrap = d.pick(['X-NEST', 'VEVENT', 'VALARM']);
      return utf8(calendar(`${`BEGIN:${wrap}${CRLF}`.repeat(depth)}${inner}${`END:${wrap}${CRLF}`.repeat(depth)}`));
    }
    case 'duplicate-keys':
      throw new Error('no duplicate-keys kind for ICS (see the file comment)');
  }
}

export const ICS_KINDS: readonly Kind[] = [
  'empty',
  'truncated',
  'truncated',
  'flipped',
  'flipped',
  'encoding',
  'oversized',
  'missing-keys',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
  'deep',
];

export function* icsCorpus(count: number, seed = 20150519): Generator<BadFile> {
  const d = dice(seed);
  for (const [i, kind] of plan(ICS_KINDS, count).entries()) {
    // Oversized files are 20 MB each: a few are enough.
    const actual = kind === 'oversized' && i > ICS_KINDS.length * 3 ? 'truncated' : kind;
    yield named('ics', i, actual, 'ics', icsFile(actual, d, `ics-${seed}-${i}`));
  }
}

// ---- CSV ----

const CSV_HEADER = ['Family name', 'Given name', 'Country', 'Email', 'Phone', 'Notes'];

/** A row bad twice over (no family name, and an email or phone that is not one), so no single change makes it good. */
function badPersonRow(d: Dice): string[] {
  return [
    '',
    d.pick(['Сергей', 'Sirojiddin', 'Žofie', 'Анна']),
    d.pick(['Russia', 'TJ', 'Атлантида', '']),
    d.pick(['not an email', 'x@', '@@', 'mail at mfa dot tj']),
    d.pick(['call me', 'ext.', '']),
    d.pick(['', 'ӣ ӯ ҳ ҷ қ ғ', '=cmd|" /C calc"!A0', '+7 495 244-16-06']),
  ];
}

function csvText(header: readonly string[], body: readonly (readonly string[])[], delimiter: string): string {
  const cell = (v: string): string => (/[";,\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [header, ...body].map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

function csvFile(kind: Kind, d: Dice): Uint8Array {
  const delimiter = d.pick([',', ';']);
  const body = Array.from({ length: 1 + d.int(8) }, () => badPersonRow(d));
  const good = csvText(CSV_HEADER, body, delimiter);
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', '\r\n\r\n', ' ', '\uFEFF', ';;;\r\n', ',,,\n']));
    case 'truncated': {
      // Cut inside a quoted note that spans lines: the quotation mark is never closed.
      const last = badPersonRow(d).slice(0, 5).join(delimiter);
      const text = `${good}${last}${delimiter}"Notes on several lines\r\n${'ӣ ӯ ҳ ҷ қ ғ '.repeat(20)}\r\nend of notes"\r\n`;
      const open = text.lastIndexOf('"Notes');
      return utf8(text.slice(0, open + 2 + d.int(text.length - open - 4)));
    }
    case 'flipped': {
      // A NUL byte in a text file: what a binary file or a broken copy carries.
      const out = utf8(good);
      for (let n = 1 + d.int(3); n > 0; n--) out[d.int(out.length)] = 0;
      return out;
    }
    case 'encoding':
      return d.pick(wrongEncodings(good).slice(0, 5));
    case 'oversized':
      return d.int(2) === 0
        ? utf8(`${CSV_HEADER.join(',')}\r\n${'Lavrov,Sergey,RU,,,\r\n'.repeat(10_001 + d.int(50))}`)
        : utf8(`${Array.from({ length: 101 + d.int(100) }, (_, i) => `c${i}`).join(',')}\r\n`);
    case 'missing-keys': {
      // No column with a family name: nobody can be imported.
      const header = CSV_HEADER.slice(1).map((h) => (d.int(3) === 0 ? `${h} ${d.int(9)}` : h));
      return utf8(
        csvText(
          header,
          body.map((r) => r.slice(1)),
          delimiter,
        ),
      );
    }
    case 'wrong-types':
      return utf8(good);
    case 'proto': {
      const names = ['__proto__', 'constructor', 'prototype', 'toString'];
      const header = d.int(2) === 0 ? names : [...CSV_HEADER, ...names];
      return utf8(
        csvText(
          header,
          body.map((r) => [...r, '{"polluted":true}', 'x', 'y', 'z'].slice(0, header.length)),
          delimiter,
        ),
      );
    }
    case 'duplicate-keys':
    case 'deep':
      throw new Error(`no ${kind} kind for CSV (see the file comment)`);
  }
}

export const CSV_KINDS: readonly Kind[] = [
  'empty',
  'truncated',
  'truncated',
  'flipped',
  'flipped',
  'encoding',
  'oversized',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
];

export function* csvCorpus(count: number, seed = 20150603): Generator<BadFile> {
  const d = dice(seed);
  for (const [i, kind] of plan(CSV_KINDS, count).entries()) yield named('csv', i, kind, 'csv', csvFile(kind, d));
}

// ---- XLSX ----

export interface XlsxTools {
  /** Tables to a workbook (the app's own writer). */
  write: (header: string[], rows: string[][]) => Promise<Uint8Array>;
  /** Rewrites the first sheet's XML inside a workbook. */
  rewriteSheet: (bytes: Uint8Array, change: (xml: string) => string) => Promise<Uint8Array>;
}

async function xlsxFile(kind: Kind, d: Dice, tools: XlsxTools, good: Uint8Array, body: string[][]): Promise<Uint8Array> {
  switch (kind) {
    case 'empty':
      return d.pick([new Uint8Array(), utf8('PK'), Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])]);
    case 'truncated':
      return truncate(good, d);
    case 'flipped':
      return flip(good, d);
    case 'encoding':
      // Not a workbook at all: a CSV or a legacy .xls (OLE2) under an .xlsx name.
      return d.pick([
        utf8(csvText(CSV_HEADER, body, ';')),
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...good.slice(8, 200)]),
      ]);
    case 'oversized':
      return d.int(2) === 0
        ? tools.write(
            CSV_HEADER,
            Array.from({ length: 10_001 }, () => ['Lavrov', 'Sergey']),
          )
        : tools.write(
            Array.from({ length: 101 }, (_, i) => `c${i}`),
            [['x']],
          );
    case 'missing-keys':
      return tools.write(
        CSV_HEADER.slice(1),
        body.map((r) => r.slice(1)),
      );
    case 'wrong-types':
      return good;
    case 'proto':
      return tools.write(
        [...CSV_HEADER, '__proto__', 'constructor', 'prototype'],
        body.map((r) => [...r, '{"polluted":true}', 'x', 'y']),
      );
    case 'deep': {
      const depth = d.pick([100, 5_000, 50_000]);
      return tools.rewriteSheet(good, (xml) => xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`));
    }
    case 'duplicate-keys':
      throw new Error('no duplicate-keys kind for XLSX (see the file comment)');
  }
}

export const XLSX_KINDS: readonly Kind[] = [
  'empty',
  'truncated',
  'truncated',
  'flipped',
  'flipped',
  'encoding',
  'oversized',
  'missing-keys',
  'wrong-types',
  'proto',
  'deep',
];

export async function* xlsxCorpus(count: number, tools: XlsxTools, seed = 20150915): AsyncGenerator<BadFile> {
  const d = dice(seed);
  // A few base workbooks, every row bad twice over; each file damages one of them.
  const bodies = Array.from({ length: 8 }, () => Array.from({ length: 1 + d.int(6) }, () => badPersonRow(d)));
  const bases = await Promise.all(bodies.map((b) => tools.write(CSV_HEADER, b)));
  for (const [i, kind] of plan(XLSX_KINDS, count).entries()) {
    // Workbooks of 10,001 rows take a while to write: a few are enough.
    const actual = kind === 'oversized' && i > XLSX_KINDS.length * 4 ? 'truncated' : kind;
    const which = d.int(bases.length);
    yield named('xlsx', i, actual, 'xlsx', await xlsxFile(actual, d, tools, bases[which] ?? new Uint8Array(), bodies[which] ?? []));
  }
}
