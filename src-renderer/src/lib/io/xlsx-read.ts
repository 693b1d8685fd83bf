// The first sheet of an .xlsx file as a table of strings (read-excel-file's browser entry:
// fflate to unzip, the page's DOMParser for the XML). Dates become ISO dates, numbers their
// plain digits, so an imported phone number typed as a number keeps its digits.
import { unzipSync } from 'fflate';
import readXlsxFile, { readSheetNames, type Row } from 'read-excel-file';
import { CSV_LIMITS, type Table } from './csv';
import { ImportError } from './import-error';

/** What the XML of the largest import (10,000 rows of 100 columns) unpacks to, with room to spare; a zip bomb unpacks to gigabytes. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** A sheet's XML nests 6 or 7 elements deep; deeper is a crafted file, and slow to parse. */
export const MAX_XML_DEPTH = 64;

/** Element nesting of an XML text, counted on its bytes (declarations, comments and end tags do not nest). */
function xmlDepth(xml: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] !== 0x3c) continue; // <
    const next = xml[i + 1];
    if (next === 0x2f)
      depth--; // </
    else if (next !== 0x3f && next !== 0x21) {
      // <? and <! do not nest; an element does unless it closes itself (`/>`).
      const end = xml.indexOf(0x3e, i);
      if (end < 0 || xml[end - 1] !== 0x2f) deepest = Math.max(deepest, ++depth);
      i = end < 0 ? xml.length : end;
    }
  }
  return deepest;
}

/**
 * Refuses, before any XML is parsed, a workbook that would unpack too large or nest too deep:
 * the page's XML parser would take its time over it, or run out of memory.
 */
function checkShape(bytes: Uint8Array): Record<string, Uint8Array> {
  let unpacked = 0;
  let xml: Record<string, Uint8Array>;
  try {
    xml = unzipSync(bytes, {
      // The sizes the archive declares; fflate stops at them when it unpacks.
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new ImportError('too-large');
        return file.name.endsWith('.xml') || file.name.endsWith('.rels');
      },
    });
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError('not-xlsx');
  }
  if (Object.values(xml).some((part) => xmlDepth(part) > MAX_XML_DEPTH)) throw new ImportError('not-xlsx');
  return xml;
}

/** How many `<row` elements an XML text has (counted on its bytes, before any parsing). */
function rowElements(xml: Uint8Array): number {
  let rows = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    // "<row" followed by a space, ">" or "/".
    if (xml[i + 1] === 0x72 && xml[i + 2] === 0x6f && xml[i + 3] === 0x77 && [0x20, 0x3e, 0x2f].includes(xml[i + 4] ?? 0)) rows++;
  }
  return rows;
}

// read-excel-file's types call a cell `string | number | boolean | typeof Date`; at run time
// empty cells are null and dates are Date instances.
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  return '';
}

export async function readXlsxTable(bytes: Uint8Array): Promise<Table> {
  // An .xlsx is a zip archive: "PK".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('not-xlsx');
  checkShape(bytes);
  let rows: Row[];
  try {
    // A copy: the reader wants an ArrayBuffer of exactly the file.
    rows = await readXlsxFile(new Uint8Array(bytes).buffer);
  } catch {
    throw new ImportError('not-xlsx');
  }
  const table = rows.map((r) => r.map(cellText)).filter((r) => r.some(Boolean));
  const [header, ...data] = table;
  if (!header) throw new ImportError('empty');
  if (data.length > CSV_LIMITS.maxRows) throw new ImportError('too-many-rows');
  if (header.length > CSV_LIMITS.maxColumns) throw new ImportError('too-many-columns');
  return { header, rows: data };
}

/** A sheet of a workbook: its header and its rows, each with its row number as the spreadsheet shows it. */
export interface XlsxSheetTable {
  name: string;
  header: string[];
  rows: { row: number; cells: string[] }[];
}

/**
 * Every sheet of an .xlsx file, with the same checks as `readXlsxTable` (a workbook, not too
 * large unpacked, not too deep, at most 10,000 rows and 100 columns a sheet). Empty rows are
 * left out; the others keep their row numbers, so a message can name the row a user sees.
 */
export async function readXlsxSheets(bytes: Uint8Array, maxSheets = 50): Promise<XlsxSheetTable[]> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('not-xlsx');
  // A sheet of too many rows is refused before any sheet is parsed (each parse reads the workbook's strings again).
  const parts = checkShape(bytes);
  const longest = Math.max(
    0,
    ...Object.entries(parts).flatMap(([name, xml]) => (name.startsWith('xl/worksheets/') ? [rowElements(xml)] : [])),
  );
  if (longest > CSV_LIMITS.maxRows + 1) throw new ImportError('too-many-rows');
  const buffer = (): ArrayBuffer => new Uint8Array(bytes).buffer;
  let names: string[];
  try {
    names = await readSheetNames(buffer());
  } catch {
    throw new ImportError('not-xlsx');
  }
  if (names.length > maxSheets) throw new ImportError('not-xlsx');
  const sheets: XlsxSheetTable[] = [];
  for (const name of names) {
    let rows: Row[];
    try {
      rows = await readXlsxFile(buffer(), { sheet: name });
    } catch {
      throw new ImportError('not-xlsx');
    }
    const numbered = rows.map((r, i) => ({ row: i + 1, cells: r.map(cellText) })).filter((r) => r.cells.some(Boolean));
    const [header, ...data] = numbered;
    if (data.length > CSV_LIMITS.maxRows) throw new ImportError('too-many-rows');
    if ((header?.cells.length ?? 0) > CSV_LIMITS.maxColumns) throw new ImportError('too-many-columns');
    sheets.push({ name, header: header?.cells ?? [], rows: data });
  }
  return sheets;
}
