// The bad-input corpus (see common.ts): reference-data files, in Chairdesk's own JSON format
// and as Excel workbooks. A JSON file is changed and, where the change is in its content,
// signed again as the app would sign it, so that only the checks of the content can refuse
// it. A workbook is the app's own export made bad twice over (an e-mail address that is none,
// a state no sheet has), so that no single changed byte can make it good.
import { MAX_REFERENCE_BYTES } from '../../lib/io/reference-file-format';
import type { XlsxSheet } from '../../lib/io/xlsx';
import { resign } from './backup';
import { BYTE_KINDS, type Kind, type BadFile, type Dice, dice, utf8, wrongEncodings, truncate, flip, plan, named } from './common';

type Obj = Record<string, unknown>;
type File = Obj & { tables: Record<string, Obj[]>; counts: Record<string, number> };

/** Sets a key as an own property, even `__proto__` (plain assignment would change the prototype). */
function own(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** The fields each row must have (their loss is an error), besides id, createdAt, updatedAt and rev. */
const REQUIRED: Record<string, string[]> = {
  organizations: ['name', 'short', 'acronym', 'protocolOrder'],
  parties: ['organizationId', 'kind', 'name', 'short', 'position'],
  bodies: ['organizationId', 'name', 'acronym', 'level', 'seatTitle', 'seats', 'decisionRule', 'position'],
  persons: ['organizationId', 'names', 'honorific'],
  appointments: ['organizationId', 'personId', 'bodyId', 'partyId', 'title', 'from'],
  themes: ['organizationId', 'name', 'position'],
};
// (Not the checksum: signing the file again would put it back.)
const ENVELOPE_KEYS = ['format', 'formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'tables'];
/** Fields that name a row of another table: pointed elsewhere, the set no longer holds together. */
const REFERENCES: Record<string, string[]> = { persons: ['partyId'], appointments: ['personId', 'bodyId', 'partyId'] };

function wrongType(value: unknown, d: Dice): unknown {
  if (typeof value === 'string') return d.pick([12345, true, null, ['x'], { en: value }]);
  if (typeof value === 'number') return d.pick([String(value), null, [value], { value }, true]);
  if (typeof value === 'boolean') return d.pick([String(value), 1, null]);
  if (Array.isArray(value)) return d.pick(['a,b', 7, { 0: 'a' }, null]);
  return d.pick(['text', 42, [], null, false]);
}

function rowsOf(file: File, d: Dice): { table: string; list: Obj[] } {
  const table = d.pick(Object.keys(file.tables).filter((t) => (file.tables[t]?.length ?? 0) > 0));
  return { table, list: file.tables[table] ?? [] };
}

async function referenceFile(kind: Kind, base: string, baseBytes: Uint8Array, d: Dice, variant: number): Promise<Uint8Array> {
  const copy = (): File => JSON.parse(base) as File;
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
      return variant === 0 ? new Uint8Array(MAX_REFERENCE_BYTES + 1) : utf8(base.repeat(2 + d.int(8)));
    case 'duplicate-keys': {
      if (d.int(3) === 0) {
        // A key written twice in the text: JSON.parse keeps the last, the canonical check sees the extra bytes.
        const at = base.indexOf('"rev":', d.int(base.length - 10));
        const cut = at < 0 ? base.indexOf('"format":') : at;
        return utf8(`${base.slice(0, cut)}"rev":${1 + d.int(9)},${base.slice(cut)}`);
      }
      // A row twice: the same id in one table.
      const file = copy();
      const { table, list } = rowsOf(file, d);
      list.push({ ...d.pick(list) });
      file.counts[table] = (file.counts[table] ?? 0) + 1;
      return utf8(await resign(file));
    }
    case 'missing-keys': {
      const file = copy();
      if (d.int(5) === 0) Reflect.deleteProperty(file, d.pick(ENVELOPE_KEYS));
      else {
        const { table, list } = rowsOf(file, d);
        Reflect.deleteProperty(d.pick(list), d.pick(['id', 'createdAt', 'updatedAt', 'rev', ...(REQUIRED[table] ?? [])]));
      }
      return utf8(await resign(file));
    }
    case 'wrong-types': {
      const file = copy();
      const way = d.int(6);
      if (way === 0) {
        const key = d.pick(['formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'tables']);
        file[key] = key === 'schemaVersion' || key === 'formatVersion' ? d.pick([99, '1', -1, 1.5]) : wrongType(file[key], d);
      } else if (way === 1) {
        // A reference to a row the file does not have.
        const table = d.pick(Object.keys(REFERENCES));
        const row = d.pick(file.tables[table] ?? []);
        row[d.pick(REFERENCES[table] ?? [])] = `nowhere-${d.int(1e6)}`;
      } else {
        const { list } = rowsOf(file, d);
        const row = d.pick(list);
        const key = d.pick(Object.keys(row));
        row[key] = wrongType(row[key], d);
      }
      return utf8(await resign(file));
    }
    case 'proto': {
      const key = d.pick(['__proto__', 'constructor', 'prototype', '\\u005f_proto__']);
      const payload = key === 'constructor' ? '{"prototype":{"polluted":true}}' : '{"polluted":true}';
      if (d.int(2) === 0) {
        const objects = [...base.matchAll(/\{"/g)].map((match) => match.index);
        const at = d.pick(objects) + 1;
        return utf8(`${base.slice(0, at)}"${key}":${payload},${base.slice(at)}`);
      }
      const file = copy();
      own(d.pick(rowsOf(file, d).list), key.replace('\\u005f', '_'), JSON.parse(payload));
      return utf8(await resign(file));
    }
    case 'deep': {
      const depth = d.pick([17, 40, 300, 5_000, 200_000]);
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      if (depth <= 300 && d.int(2) === 0) {
        const file = copy();
        d.pick(rowsOf(file, d).list).notes = JSON.parse(nested) as unknown;
        return utf8(await resign(file));
      }
      return utf8(`${base.slice(0, 1)}"deep":${nested},${base.slice(1)}`);
    }
    default:
      // The hostile kinds (bomb, email) belong to the spreadsheet and persons formats.
      throw new Error(`no reference file of the kind ${kind}`);
  }
}

export const REFERENCE_KINDS: readonly Kind[] = [
  ...BYTE_KINDS,
  'duplicate-keys',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
  'deep',
];

/** `base`: a good reference file (canonical JSON, signed). */
export async function* referenceCorpus(base: string, count: number, seed = 20190614): AsyncGenerator<BadFile> {
  const d = dice(seed);
  const baseBytes = utf8(base);
  const seen = new Map<Kind, number>();
  for (const [i, kind] of plan(REFERENCE_KINDS, count).entries()) {
    const variant = seen.get(kind) ?? 0;
    seen.set(kind, variant + 1);
    yield named('reference', i, kind, 'chairdesk-reference.json', await referenceFile(kind, base, baseBytes, d, variant));
  }
}

// ---- workbooks ----

export interface WorkbookTools {
  /** The app's own workbook of the reference data, as sheets (English headers), made afresh at each call. */
  sheets: () => XlsxSheet[];
  write: (sheets: XlsxSheet[]) => Promise<Uint8Array>;
  /** Rewrites the XML of the `sheet`-th sheet (from 1) inside a workbook. */
  rewriteSheet: (bytes: Uint8Array, sheet: number, change: (xml: string) => string) => Promise<Uint8Array>;
}

type Sheets = XlsxSheet[];

/** A cell set by its sheet's index and its column's header index, on a data row (0 = the first after the header). */
function setCell(sheets: Sheets, sheet: number, row: number, column: number, value: string): void {
  const cells = sheets[sheet]?.rows[row];
  if (cells) cells[column] = value;
}

/** The export, bad twice over: a person's e-mail address that is none, and a seat held for a state no sheet has. */
function badSheets(tools: WorkbookTools, d: Dice): Sheets {
  const sheets = tools.sheets();
  const people = sheets.findIndex((s) => s.header.includes('Email'));
  const seats = sheets.findIndex((s) => s.header.includes('Person'));
  const email = sheets[people]?.header.indexOf('Email') ?? -1;
  const state = sheets[seats]?.header.indexOf('Member state or organization') ?? -1;
  setCell(sheets, people, d.int(sheets[people]?.rows.length ?? 1), email, d.pick(['not an email', 'x@', 'mail at mfa dot tj']));
  setCell(sheets, seats, d.int(sheets[seats]?.rows.length ?? 1), state, d.pick(['Atlantis', 'Атлантида', 'ZZ', 'nowhere-1']));
  return sheets;
}

async function workbookFile(kind: Kind, d: Dice, tools: WorkbookTools, good: Uint8Array): Promise<Uint8Array> {
  switch (kind) {
    case 'empty':
      return d.pick([new Uint8Array(), utf8('PK'), Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])]);
    case 'truncated':
      return truncate(good, d);
    case 'flipped':
      return flip(good, d);
    case 'encoding':
      // Not a workbook: a CSV, a legacy .xls (OLE2), or the JSON format in UTF-16.
      return d.pick([
        utf8('Family name;Given name\r\nLavrov;Sergey\r\n'),
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...good.slice(8, 200)]),
        d.pick(wrongEncodings('{"format":"chairdesk-reference"}')),
      ]);
    case 'oversized': {
      const sheets = badSheets(tools, d);
      const people = sheets.find((s) => s.header.includes('Email'));
      if (people) people.rows = Array.from({ length: 10_001 }, (_, i) => [`over-${i}`, 'Lavrov', 'Sergey']);
      return tools.write(sheets);
    }
    case 'missing-keys': {
      const sheets = badSheets(tools, d);
      // The Organization sheet gone, or a family name left empty.
      if (d.int(2) === 0) return tools.write(sheets.slice(1));
      const people = sheets.findIndex((s) => s.header.includes('Email'));
      for (const c of [1, 3]) setCell(sheets, people, 0, c, '');
      return tools.write(sheets);
    }
    case 'wrong-types': {
      const sheets = badSheets(tools, d);
      const seats = sheets.findIndex((s) => s.header.includes('Person'));
      setCell(sheets, seats, 0, sheets[seats]?.header.indexOf('From') ?? 6, d.pick(['31.02.2019', 'yesterday', '2019-13-01', '12345']));
      return tools.write(sheets);
    }
    case 'proto': {
      const sheets = badSheets(tools, d);
      const sheet = sheets[d.int(sheets.length)];
      if (sheet) {
        sheet.header = [...sheet.header, '__proto__', 'constructor', 'prototype'];
        sheet.rows = sheet.rows.map((r) => [...r, '{"polluted":true}', 'x', 'y']);
      }
      return tools.write(sheets);
    }
    case 'deep': {
      const depth = d.pick([100, 5_000, 50_000]);
      return tools.rewriteSheet(good, 1 + d.int(8), (xml) =>
        xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`),
      );
    }
    case 'duplicate-keys': {
      // A column twice on a sheet.
      const sheets = badSheets(tools, d);
      const sheet = sheets[d.int(sheets.length)];
      if (sheet) {
        sheet.header = [...sheet.header, sheet.header[0] ?? 'Id'];
        sheet.rows = sheet.rows.map((r) => [...r, r[0] ?? '']);
      }
      return tools.write(sheets);
    }
    default:
      // The hostile kinds (bomb, email) belong to the spreadsheet and persons formats.
      throw new Error(`no reference file of the kind ${kind}`);
  }
}

export const WORKBOOK_KINDS: readonly Kind[] = [...BYTE_KINDS, 'duplicate-keys', 'missing-keys', 'wrong-types', 'proto', 'deep'];

export async function* referenceWorkbookCorpus(count: number, tools: WorkbookTools, seed = 20190615): AsyncGenerator<BadFile> {
  const d = dice(seed);
  const bases = await Promise.all(Array.from({ length: 6 }, () => tools.write(badSheets(tools, d))));
  for (const [i, kind] of plan(WORKBOOK_KINDS, count).entries()) {
    // Workbooks of 10,001 rows take a while to write: a few are enough.
    const actual = kind === 'oversized' && i > WORKBOOK_KINDS.length * 4 ? 'truncated' : kind;
    const good = bases[d.int(bases.length)] ?? new Uint8Array();
    yield named('reference-xlsx', i, actual, 'xlsx', await workbookFile(actual, d, tools, good));
  }
}
