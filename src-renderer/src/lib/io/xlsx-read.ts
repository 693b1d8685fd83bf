// The first sheet of an .xlsx file as a table of strings (read-excel-file's browser entry:
// fflate to unzip, the page's DOMParser for the XML). Dates become ISO dates, numbers their
// plain digits, so an imported phone number typed as a number keeps its digits.
import readXlsxFile, { type Row } from 'read-excel-file';
import { CSV_LIMITS, type Table } from './csv';
import { ImportError } from './import-error';

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
