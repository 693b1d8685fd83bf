// The first sheet of an .xlsx file as a table of strings. The archive is unpacked once
// (./xlsx-unzip.ts: real bytes counted, capped), and each part is read with saxen, a small
// streaming XML parser that finds tags with indexOf and slices text in runs (a part of 100 MB
// of spaces takes it a tenth of a second, where parsers that step through every character take
// seconds); it expands no entity a document declares, and it runs in a Worker (no DOM needed). Reading
// stops as soon as the sheet has more rows or columns than an import takes. Dates become ISO
// dates, numbers their plain digits, so an imported phone number typed as a number keeps its
// digits. Runs in: the XLSX Worker (lib/workers/xlsx.worker.ts), or in place where there is none.
import { Parser } from 'saxen';
import { CSV_LIMITS, type Table } from './csv';
import { ImportError, type ImportErrorCode } from './import-error';
import { unzipParts, UNZIP_LIMITS, type UnzipMeasure } from './xlsx-unzip';

/** Kept for the figures and tests that name it: the most the workbook's parts may unpack to. */
export const MAX_UNPACKED_BYTES = UNZIP_LIMITS.maxUnpackedBytes;
/** A sheet's XML nests 6 or 7 elements deep; deeper is a crafted file. */
export const MAX_XML_DEPTH = 64;
/** Distinct strings a sheet of the largest import can hold. */
const MAX_SHARED_STRINGS = (CSV_LIMITS.maxRows + 1) * CSV_LIMITS.maxColumns;

interface XmlHandlers {
  /** `attributes` reads them: only the elements that need theirs pay for it. */
  open?: (name: string, attributes: () => Attributes) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** An element's attributes by local name; no prototype, so a `__proto__` attribute is just a name. */
type Attributes = Partial<Record<string, string>>;

const decoder = new TextDecoder('utf-8');

/** `x:sheet` and `sheet` alike: parts are matched by local names, whatever prefix a writer chose. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Elements in one part. The largest import's sheet has about three million (10,001 rows of 100
 * cells, each with its value); a part of many more is padding made to keep the parser busy.
 */
export const MAX_XML_ELEMENTS = 5_000_000;

function walkXml(part: Uint8Array, handlers: XmlHandlers): void {
  const parser = new Parser();
  let depth = 0;
  let elements = 0;
  let roots = 0;
  parser.on('openTag', (name, attributes, _decode, selfClosing) => {
    if (depth === 0 && ++roots > 1) throw new ImportError('not-xlsx', undefined, 'two root elements');
    if (!selfClosing && ++depth > MAX_XML_DEPTH) throw new ImportError('not-xlsx', undefined, 'nested too deep');
    if (++elements > MAX_XML_ELEMENTS) throw new ImportError('too-large', undefined, 'too many elements');
    handlers.open?.(local(name), () => {
      const named: Attributes = Object.create(null) as Attributes;
      for (const [key, value] of Object.entries(attributes())) named[local(key)] = value;
      return named;
    });
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) depth--;
    handlers.close?.(local(name));
  });
  const { text } = handlers;
  if (text) {
    parser.on('text', (value, decode) => text(decode(value)));
    parser.on('cdata', (value) => text(value));
  }
  // saxen reads past malformed attributes with a warning; a damaged part is refused instead,
  // or a changed byte could turn into a value (a cell moved, a row made up).
  const refuse = (error: Error): never => {
    throw new ImportError('not-xlsx', undefined, error.message);
  };
  parser.on('error', refuse);
  parser.on('warn', refuse);
  parser.parse(decoder.decode(part));
  if (depth !== 0) throw new ImportError('not-xlsx', undefined, 'unclosed elements');
}

interface Relationship {
  type: string;
  target: string;
}

/** `xl/_rels/workbook.xml.rels`: relationship id → part path inside the archive. */
function readRelationships(part: Uint8Array): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  walkXml(part, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const a = attributes();
      if (a.Id && a.Target && a.TargetMode !== 'External') {
        relationships.set(a.Id, { type: a.Type ?? '', target: partPath(a.Target) });
      }
    },
  });
  return relationships;
}

/** A relationship target, relative to `xl/` unless it starts at the root. */
function partPath(target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target : `xl/${target}`).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

interface Workbook {
  firstSheetId: string | null;
  /** Every sheet in workbook order: its name and relationship id. */
  sheets: { name: string; id: string }[];
  date1904: boolean;
}

function readWorkbook(part: Uint8Array): Workbook {
  const workbook: Workbook = { firstSheetId: null, sheets: [], date1904: false };
  walkXml(part, {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const { date1904 } = attributes();
        workbook.date1904 = date1904 === '1' || date1904 === 'true';
      }
      // The relationship id is `r:id`: its local name is `id`.
      if (name === 'sheet') {
        const { id, name: sheetName } = attributes();
        if (workbook.firstSheetId === null) workbook.firstSheetId = id ?? null;
        if (id) workbook.sheets.push({ name: sheetName ?? '', id });
      }
    },
  });
  return workbook;
}

function readSharedStrings(part: Uint8Array): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  walkXml(part, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        if (strings.length > MAX_SHARED_STRINGS) throw new ImportError('too-large', undefined, 'too many strings');
        current = null;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current?.push(text);
    },
  });
  return strings;
}

// Built-in number formats that show dates (ECMA-376 part 1, 18.8.30, and the East Asian ones).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format shows a date when a day, month or year code remains outside quotes, escapes and brackets. */
function isDateFormatCode(code: string): boolean {
  let plain = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else plain += c ?? '';
  }
  return /[dmy]/i.test(plain);
}

/** For each cell style index: whether its number is a date. */
function readDateStyles(part: Uint8Array): boolean[] {
  const customDates = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  walkXml(part, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const { numFmtId, formatCode } = attributes();
        if (numFmtId && formatCode !== undefined) customDates.set(Number(numFmtId), isDateFormatCode(formatCode));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes().numFmtId ?? 0);
        styles.push(customDates.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** `AB12` → 27 (0-based column), or -1 when the reference has no column letters. */
function columnOf(reference: string): number {
  let column = 0;
  let letters = 0;
  for (const c of reference.toUpperCase()) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    // XFD, the last column Excel has; longer runs of letters are no reference.
    if (++letters > 3) return -1;
  }
  return letters === 0 ? -1 : column - 1;
}

const DAY_MS = 86_400_000;
// Day 0 of each date system (the 1900 system counts from 1899-12-30, after its fictitious 29 February 1900).
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function serialDate(value: string, date1904: boolean): string {
  const serial = Number(value);
  if (!Number.isFinite(serial)) return value;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

function cellText(type: string, raw: string, inline: string, style: number, context: SheetContext): string {
  switch (type) {
    case 's': {
      const index = Number(raw);
      const text = Number.isInteger(index) ? context.strings[index] : undefined;
      if (text === undefined) throw new ImportError('not-xlsx', undefined, `no shared string ${raw}`);
      return text.trim();
    }
    case 'inlineStr':
      return inline.trim();
    case 'b':
      return raw === '1' ? 'true' : raw === '0' ? 'false' : raw.trim();
    case 'n': {
      const value = raw.trim();
      if (value === '') return '';
      if (context.dateStyles[style]) return serialDate(value, context.date1904);
      const number = Number(value);
      return Number.isFinite(number) ? String(number) : value;
    }
    case 'd':
      return raw.trim().slice(0, 10);
    default:
      // 'str' (a formula's text), 'e' (an error such as #N/A).
      return raw.trim();
  }
}

/** Non-empty rows in sheet order (with their 0-based row index), each as wide as the widest, refused as soon as a limit is passed. */
function readSheet(part: Uint8Array, context: SheetContext): { index: number; cells: string[] }[] {
  const rows: { index: number; cells: string[] }[] = [];
  let row: string[] | null = null;
  let rowIndex = -1;
  let column = -1;
  let width = 0;
  let cell: { type: string; style: number; raw: string; inline: string } | null = null;
  let capture: 'raw' | 'inline' | null = null;
  let inPhonetic = false;
  walkXml(part, {
    open(name, attributes) {
      if (name === 'row') {
        // A row's number, or the one after the last where it has none (or a bad one).
        const r = Number(attributes().r);
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        row = [];
        column = -1;
      } else if (name === 'c' && row) {
        const a = attributes();
        const at = a.r ? columnOf(a.r) : -1;
        column = at >= 0 ? at : column + 1;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), raw: '', inline: '' };
      } else if (cell && name === 'v') capture = 'raw';
      else if (cell && name === 'rPh') inPhonetic = true;
      else if (cell && name === 't' && !inPhonetic) capture = 'inline';
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell && row) {
        const text = cellText(cell.type, cell.raw, cell.inline, cell.style, context);
        if (text) {
          if (column >= CSV_LIMITS.maxColumns) throw new ImportError('too-many-columns');
          row[column] = text;
          width = Math.max(width, column + 1);
        }
        cell = null;
      } else if (name === 'row' && row) {
        if (row.some(Boolean)) {
          rows.push({ index: rowIndex, cells: row });
          // The header and at most maxRows rows of data.
          if (rows.length > CSV_LIMITS.maxRows + 1) throw new ImportError('too-many-rows');
        }
        row = null;
      }
    },
    text(text) {
      if (!cell || !capture) return;
      if (capture === 'raw') cell.raw += text;
      else cell.inline += text;
    },
  });
  rows.sort((a, b) => a.index - b.index);
  return rows.map((r) => ({ index: r.index, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }));
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function required(parts: Map<string, Uint8Array>, name: string | undefined): Uint8Array {
  const part = name === undefined ? undefined : parts.get(name);
  if (!part) throw new ImportError('not-xlsx', undefined, `no part ${name ?? ''}`);
  return part;
}

/** What the XLSX Worker answers. */
export type XlsxResult = { ok: true; table: Table } | { ok: false; code: ImportErrorCode; detail: string };

export async function readXlsxTable(bytes: Uint8Array, measure?: UnzipMeasure): Promise<Table> {
  return Promise.resolve().then(() => readXlsxTableNow(bytes, measure));
}

interface OpenWorkbook {
  parts: Map<string, Uint8Array>;
  relationships: Map<string, Relationship>;
  workbook: Workbook;
  context: SheetContext;
}

function openWorkbook(bytes: Uint8Array, measure?: UnzipMeasure): OpenWorkbook {
  // An .xlsx is a zip archive: "PK".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('not-xlsx');
  // The workbook's XML parts; pictures, themes' media and the like are skipped unread.
  const parts = unzipParts(
    bytes,
    (name) => name.startsWith('xl/') && (name.endsWith('.xml') || name.endsWith('.rels')),
    undefined,
    measure,
  );
  const relationships = readRelationships(required(parts, WORKBOOK_RELS));
  const workbook = readWorkbook(required(parts, WORKBOOK));
  const ofType = (suffix: string): Uint8Array | undefined => {
    const target = [...relationships.values()].find((r) => r.type.endsWith(suffix))?.target;
    return target === undefined ? undefined : parts.get(target);
  };
  const sharedStrings = ofType('/sharedStrings');
  const styles = ofType('/styles');
  const context = {
    strings: sharedStrings ? readSharedStrings(sharedStrings) : [],
    dateStyles: styles ? readDateStyles(styles) : [],
    date1904: workbook.date1904,
  };
  return { parts, relationships, workbook, context };
}

function readXlsxTableNow(bytes: Uint8Array, measure?: UnzipMeasure): Table {
  const { parts, relationships, workbook, context } = openWorkbook(bytes, measure);
  const sheet = workbook.firstSheetId === null ? undefined : relationships.get(workbook.firstSheetId);
  const [header, ...data] = readSheet(required(parts, sheet?.target), context).map((r) => r.cells);
  if (!header) throw new ImportError('empty');
  return { header, rows: data };
}

/** A sheet of a workbook: its header and its rows, each with its row number as the spreadsheet shows it. */
export interface XlsxSheetTable {
  name: string;
  header: string[];
  rows: { row: number; cells: string[] }[];
}

/**
 * Every sheet of an .xlsx file, read with the same limits as `readXlsxTable` (unpacked size,
 * nesting, at most 10,000 rows and 100 columns a sheet). Empty rows are left out; the others
 * keep their row numbers, so a message can name the row a user sees.
 */
export async function readXlsxSheets(bytes: Uint8Array, maxSheets = 50): Promise<XlsxSheetTable[]> {
  await Promise.resolve();
  const { parts, relationships, workbook, context } = openWorkbook(bytes);
  if (workbook.sheets.length > maxSheets) throw new ImportError('not-xlsx', undefined, 'too many sheets');
  return workbook.sheets.map(({ name, id }) => {
    const [header, ...data] = readSheet(required(parts, relationships.get(id)?.target), context);
    return {
      name,
      header: header?.cells ?? [],
      rows: data.map((r) => ({ row: r.index + 1, cells: r.cells })),
    };
  });
}
