// A person erased from a backup's tables, for "Delete for good" (the person's snapshots are
// rewritten without them). Ids are random UUIDs, so a value equal to the person's id can only
// be a reference to them: their own row and every row keyed to them (`personId`: seats, list
// entries) go, and any other field naming them (a chair, a presenter, whom a substitute stood
// in for, a responsible person in a list) is cleared. Nothing here knows the tables' shapes,
// so it holds for every schema version. Pure: no Dexie, no DOM.
import { BACKUP_TABLES, type BackupRow, type BackupTables } from './file-format';

function scrub(value: unknown, id: string): { value: unknown; changed: boolean } {
  if (Array.isArray(value)) {
    let changed = false;
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      if (item === id) {
        changed = true;
        continue;
      }
      const inner = scrub(item, id);
      changed ||= inner.changed;
      out.push(inner.value);
    }
    return { value: changed ? out : value, changed };
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === id) {
        changed = true;
        continue;
      }
      const inner = scrub(field, id);
      changed ||= inner.changed;
      out[key] = inner.value;
    }
    return { value: changed ? out : value, changed };
  }
  return { value, changed: false };
}

/** The tables without the person; `changed` false when the person was nowhere in them. */
export function withoutPerson(tables: BackupTables, personId: string): { tables: BackupTables; changed: boolean } {
  let changed = false;
  const out = { ...tables };
  for (const table of BACKUP_TABLES) {
    const rows: BackupRow[] = [];
    for (const row of tables[table]) {
      if (row.id === personId || row.personId === personId) {
        changed = true;
        continue;
      }
      const scrubbed = scrub(row, personId);
      changed ||= scrubbed.changed;
      rows.push(scrubbed.value as BackupRow);
    }
    out[table] = rows;
  }
  return { tables: out, changed };
}
