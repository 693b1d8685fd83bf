// Tables to an .xlsx workbook (write-excel-file). Text cells are strings of the workbook
// (t="s"/inlineStr), which no spreadsheet runs as a formula, so they keep the text as typed:
// no apostrophe is added (QUALITY.md 11; the CSV export, plain text, keeps its guard).
// Numbers, rates and dates stay typed, so that spreadsheets can sum, sort and filter them.
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import type { XlsxValue } from './xlsx-values';

export type { XlsxDay, XlsxPercent, XlsxValue } from './xlsx-values';

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
  if (typeof value === 'string') return { value, type: String };
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd hh:mm' };
  if ('percent' in value) return { value: value.percent, type: Number, format: '0%' };
  // Midnight UTC of the day: the spreadsheet's date serial of that calendar day.
  return { value: new Date(`${value.day}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
}

export async function toXlsx(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const data: Sheet<never>[] = sheets.map((s) => ({
    sheet: sheetName(s.name),
    data: [s.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...s.rows.map((r) => r.map(cell))],
    columns: (s.widths ?? s.header.map(() => 20)).map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
