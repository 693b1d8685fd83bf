// The values a spreadsheet cell holds, without the spreadsheet writer (so that the CSV export
// of the same table needs none of it).
import type { IsoDate } from '../domain/types';

/** A rate 0–1, shown as a percentage (0.75 → 75%). */
export interface XlsxPercent {
  percent: number;
}

/** A calendar day (a deadline), a real date of the spreadsheet shown as YYYY-MM-DD. */
export interface XlsxDay {
  day: IsoDate;
}

export type XlsxValue = string | number | Date | XlsxPercent | XlsxDay | null | undefined;

/** A value as plain text or a number, for a CSV of the same table: 75%, 2015-06-30. */
export function plainValue(value: XlsxValue): string | number | null | undefined {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString();
  if ('percent' in value) return `${Math.round(value.percent * 100)}%`;
  return value.day;
}
