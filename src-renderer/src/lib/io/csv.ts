// CSV in and out. Out: UTF-8 with a byte-order mark (so Excel reads Cyrillic), `,` or `;`
// (Russian Excel expects `;`), every text cell through the formula guard. In: UTF-8 (with or
// without the mark), UTF-16, windows-1251 (what Russian Excel saves as "CSV") or KOI8-R, as
// ./text-encoding.ts detects or the user chooses; `,` or `;`.
import Papa from 'papaparse';
import { guardCell } from './cell-guard';
import { ImportError } from './import-error';
import { decodeAs, detectEncoding, type TextEncodingName } from './text-encoding';

export type Delimiter = ',' | ';';

export interface Table {
  header: string[];
  rows: string[][];
}

export interface ParsedCsv extends Table {
  encoding: TextEncodingName;
  /** False when the encoding was a close guess: the user is asked to check it. */
  encodingSure: boolean;
  delimiter: Delimiter;
}

const BOM = '\uFEFF';

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  delimiter: Delimiter = ',',
): string {
  const cell = (value: string | number | null | undefined): string =>
    value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : guardCell(value);
  const body = Papa.unparse([header.map(cell), ...rows.map((r) => r.map(cell))], { delimiter, newline: '\r\n', quotes: false });
  return `${BOM}${body}\r\n`;
}

/** The delimiter of the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export const CSV_LIMITS = { maxRows: 10_000, maxColumns: 100 } as const;

/** A CSV file's table, in the encoding given or else the one detected. */
export function parseCsv(bytes: Uint8Array, chosen?: TextEncodingName): ParsedCsv {
  if (bytes.length === 0) throw new ImportError('empty');
  const { text, encoding, sure } = chosen ? { text: decodeAs(bytes, chosen), encoding: chosen, sure: true } : detectEncoding(bytes);
  if (text.includes('\u0000')) throw new ImportError('not-text');
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  // Papaparse counts data rows from 0; the file's first line is row 1.
  if (broken) throw new ImportError('unreadable', (broken.row ?? 0) + 1);
  const [header, ...rows] = result.data;
  if (!header || header.every((h) => !h.trim())) throw new ImportError('empty');
  if (rows.length > CSV_LIMITS.maxRows) throw new ImportError('too-many-rows');
  if (header.length > CSV_LIMITS.maxColumns) throw new ImportError('too-many-columns');
  return { header: header.map((h) => h.trim()), rows, encoding, encodingSure: sure, delimiter };
}
