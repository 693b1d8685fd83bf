// Tables to an .xlsx workbook (write-excel-file). Text cells, headers included, pass the
// formula guard; numbers and dates stay typed so spreadsheets can sum and sort them.
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import { guardCell } from './cell-guard';

export type XlsxValue = string | number | Date | null | undefined;

export interface XlsxSheet {
  /** At most 31 characters; `[]:*?/\` are replaced. */
  name: string;
  header: string[];
  rows: XlsxValue[][];
  /** Column widths in characters. */
  widths?: number[];
}

export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

function cell(value: XlsxValue): Row[number] {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd hh:mm' };
  return { value: guardCell(value), type: String };
}

export async function toXlsx(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const data: Sheet<never>[] = sheets.map((s) => ({
    sheet: sheetName(s.name),
    data: [s.header.map((h) => ({ value: guardCell(h), type: String, fontWeight: 'bold' as const })), ...s.rows.map((r) => r.map(cell))],
    columns: (s.widths ?? s.header.map(() => 20)).map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
