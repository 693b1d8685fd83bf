// Rows as a merge reads them (./merge-plan.ts, ./merge-derive.ts): the change (dot) behind each
// field, the key of a tombstone, and the tables by id. Pure.
import type { BackupRow, BackupTable } from './file-format';
import { fieldDot, isDerived, latestDot, type Dot } from '../../domain/changes';
import type { Row, Tombstone } from '../../domain/types';

/** The merged copy's rows, table by table, by id. */
export type Tables = Map<BackupTable, Map<string, BackupRow>>;

export const stoneKey = (table: string, id: string): string => `${table}/${id}`;
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `row` without one field. */
export function without<T extends Record<string, unknown>>(row: T, field: string): T {
  // The same record minus one key; Object.fromEntries cannot say so.
  return Object.fromEntries(Object.entries(row).filter(([k]) => k !== field)) as T;
}
export const asRow = (row: BackupRow): Row => row as unknown as Row;
export const dotOf = (row: BackupRow, field: string): Dot | undefined => fieldDot(asRow(row), field);
export const latestOf = (row: BackupRow): Dot | undefined => latestDot(asRow(row));
/** The latest change a person made to a row (a merge's own renumbering does not revive a deleted row). */
export const latestEditOf = (row: BackupRow): Dot | undefined =>
  Object.values((row.fieldHlc as Record<string, string> | undefined) ?? {})
    .filter((dot) => !isDerived(dot))
    .reduce<Dot | undefined>((max, dot) => (laterDot(dot, max) ? dot : max), undefined);
export const laterDot = (a: Dot | undefined, b: Dot | undefined): boolean => (a ?? '') > (b ?? '');

export function indexStones(rows: readonly BackupRow[]): Map<string, Tombstone> {
  return new Map(rows.map((r) => [stoneKey(String(r.table), String(r.id)), r as unknown as Tombstone]));
}
