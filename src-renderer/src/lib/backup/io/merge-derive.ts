// What the merged data itself requires, once ./merge-plan.ts has settled each row: references
// to a person merged into another follow them, two rows that stand for one thing become one,
// children whose parent is deleted go with it, and each agenda is numbered 1…n again. Each
// derived change is dated by the change it follows from, so two copies derive it alike. Pure.
import type { BackupRow, BackupTable } from './file-format';
import { derivedDot, dotTime, ownFields, sameValue, type Dot } from '../../domain/changes';
import { sessionInstants } from '../../domain/time';
import type { Tombstone } from '../../domain/types';
import { dotOf, laterDot, latestOf, stoneKey, text, without, type Tables } from './merge-rows';

/** A change the merge derives from the merged data (listed in the preview as well). */
export interface DerivedChange {
  kind: 'made-one' | 'renumbered' | 'redirected' | 'removed-with-parent';
  table: BackupTable;
  id: string;
  /** For made-one: the row kept; for redirected: the record the reference now names. */
  into?: string;
}

/** References to a person that a Merge people (a tombstone with `replacedBy`) redirects. */
const PERSON_REFERENCES: readonly { table: BackupTable; fields: readonly string[] }[] = [
  { table: 'participants', fields: ['personId', 'representsPersonId'] },
  { table: 'appointments', fields: ['personId'] },
  { table: 'sessions', fields: ['chairPersonId'] },
  { table: 'agendaItems', fields: ['presenterId'] },
];

/** Rows that cannot outlive their parent. */
const PARENTS: readonly { table: BackupTable; field: string; parent: BackupTable }[] = [
  { table: 'agendaItems', field: 'sessionId', parent: 'sessions' },
  { table: 'participants', field: 'sessionId', parent: 'sessions' },
  { table: 'documents', field: 'sessionId', parent: 'sessions' },
  { table: 'seatingPlans', field: 'sessionId', parent: 'sessions' },
  { table: 'journals', field: 'sessionId', parent: 'sessions' },
  { table: 'actionItems', field: 'planId', parent: 'actionPlans' },
  { table: 'actionUpdates', field: 'actionItemId', parent: 'actionItems' },
];

/** Rows that stand for one thing: two copies made independently become one. */
const NATURAL_KEYS: readonly { table: BackupTable; key: (row: BackupRow) => string }[] = [
  { table: 'participants', key: (r) => `${String(r.sessionId)}\u0000${String(r.personId)}` },
  { table: 'appointments', key: (r) => [r.personId, r.bodyId, r.partyId, r.from].map(String).join('\u0000') },
  { table: 'seatingPlans', key: (r) => String(r.sessionId) },
  { table: 'journals', key: (r) => String(r.sessionId) },
];

/**
 * When a derived change happened: the time of its dot (the change it follows from), else the
 * latest time of the rows it follows from (rows never edited since they were made carry no
 * dot), so copies that derive it alike date it alike; the merge's own time only if none is known.
 */
function derivedAt(dot: Dot, from: readonly unknown[], at: string): string {
  const ms = dotTime(dot);
  if (ms > 0) return new Date(ms).toISOString();
  return from.map(text).filter(Boolean).sort().at(-1) ?? at;
}

function changeField(row: BackupRow, field: string, value: unknown, dot: Dot, at: string): BackupRow {
  const next: BackupRow = value === undefined ? without(row, field) : { ...row, [field]: value };
  return {
    ...next,
    // Never earlier than the row's own last change.
    updatedAt: [text(row.updatedAt), derivedAt(dot, [row.updatedAt], at)].sort().at(-1) ?? at,
    rev: Number(row.rev) + 1,
    fieldHlc: { ...(row.fieldHlc ?? {}), [field]: dot },
  };
}

export function derive(tables: Tables, stones: Map<string, Tombstone>, at: string): DerivedChange[] {
  const derived: DerivedChange[] = [];
  const rows = (table: BackupTable): Map<string, BackupRow> => tables.get(table) ?? new Map<string, BackupRow>();

  // A person merged into another on one side: the other side's references follow.
  const replaced = new Map<string, string>();
  for (const stone of stones.values()) if (stone.table === 'persons' && stone.replacedBy) replaced.set(stone.id, stone.replacedBy);
  const finalId = (id: string): string => {
    let current = id;
    for (let hops = 0; replaced.has(current) && hops < 16; hops++) current = replaced.get(current) ?? current;
    return current;
  };
  if (replaced.size) {
    for (const { table, fields } of PERSON_REFERENCES) {
      for (const row of [...rows(table).values()]) {
        let next = row;
        for (const field of fields) {
          const value = next[field];
          if (typeof value === 'string' && replaced.has(value)) {
            next = changeField(
              next,
              field,
              finalId(value),
              derivedDot([dotOf(row, field), stones.get(stoneKey('persons', value))?.hlc]),
              at,
            );
          }
        }
        if (next !== row) {
          rows(table).set(String(row.id), next);
          derived.push({ kind: 'redirected', table, id: String(row.id), into: text(next[fields[0] ?? '']) });
        }
      }
    }
    for (const row of [...rows('actionItems').values()]) {
      const responsible = row.responsible as { personIds?: string[] } | undefined;
      if (!responsible?.personIds?.some((id) => replaced.has(id))) continue;
      const personIds = [...new Set(responsible.personIds.map(finalId))];
      rows('actionItems').set(
        String(row.id),
        changeField(row, 'responsible', { ...responsible, personIds }, derivedDot([dotOf(row, 'responsible')]), at),
      );
      derived.push({ kind: 'redirected', table: 'actionItems', id: String(row.id) });
    }
  }

  // Two copies of one participant or seat: the row with the smaller id stays, taking the
  // other's changes where they are later; the other is deleted, pointing to it.
  for (const { table, key } of NATURAL_KEYS) {
    const groups = new Map<string, BackupRow[]>();
    for (const row of rows(table).values()) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      let kept = group[0] as BackupRow;
      for (const other of group.slice(1)) {
        for (const field of [...new Set([...ownFields(kept), ...ownFields(other)])]) {
          if (sameValue(kept[field], other[field]) || !laterDot(dotOf(other, field), dotOf(kept, field))) continue;
          kept = changeField(kept, field, other[field], derivedDot([dotOf(other, field)]), at);
        }
        rows(table).delete(String(other.id));
        const hlc = derivedDot([latestOf(other), latestOf(kept)]);
        stones.set(stoneKey(table, String(other.id)), {
          table,
          id: String(other.id),
          hlc,
          at: derivedAt(hlc, [other.updatedAt, kept.updatedAt], at),
          replacedBy: String(kept.id),
        });
        derived.push({ kind: 'made-one', table, id: String(other.id), into: String(kept.id) });
      }
      rows(table).set(String(kept.id), kept);
    }
  }

  // Children whose parent is deleted go with it.
  for (const { table, field, parent } of PARENTS) {
    for (const row of [...rows(table).values()]) {
      const parentId = String(row[field]);
      if (rows(parent).has(parentId) || !stones.has(stoneKey(parent, parentId))) continue;
      rows(table).delete(String(row.id));
      const parentStone = stones.get(stoneKey(parent, parentId));
      const hlc = derivedDot([parentStone?.hlc]);
      stones.set(stoneKey(table, String(row.id)), { table, id: String(row.id), hlc, at: derivedAt(hlc, [parentStone?.at], at) });
      derived.push({ kind: 'removed-with-parent', table, id: String(row.id), into: parentId });
    }
  }

  // Every session's agenda numbered 1…n, in the merged order (position, then the item added first).
  const agendas = new Map<string, BackupRow[]>();
  for (const item of rows('agendaItems').values())
    agendas.set(String(item.sessionId), [...(agendas.get(String(item.sessionId)) ?? []), item]);
  for (const items of agendas.values()) {
    items.sort(
      (a, b) =>
        Number(a.position) - Number(b.position) ||
        String(a.createdAt).localeCompare(String(b.createdAt)) ||
        String(a.id).localeCompare(String(b.id)),
    );
    items.forEach((item, index) => {
      if (Number(item.position) === index + 1) return;
      rows('agendaItems').set(
        String(item.id),
        changeField(item, 'position', index + 1, derivedDot(items.map((i) => dotOf(i, 'position'))), at),
      );
      derived.push({ kind: 'renumbered', table: 'agendaItems', id: String(item.id) });
    });
  }
  // A session's instants follow its wall clock and zone, however the merge settled each.
  for (const row of [...rows('sessions').values()]) {
    const instants = instantsOf(row);
    if (instants && (instants.startUtc !== row.startUtc || instants.endUtc !== row.endUtc))
      rows('sessions').set(String(row.id), { ...row, ...instants });
  }
  return derived;
}

/** The UTC instants of a session row's start and end; undefined for a row that cannot say (an unknown zone). */
function instantsOf(row: BackupRow): { startUtc: string; endUtc: string } | undefined {
  const { start, end, timeZone, allDay } = row;
  if (typeof start !== 'string' || typeof end !== 'string' || typeof timeZone !== 'string') return undefined;
  try {
    return sessionInstants({ start, end, timeZone, allDay: allDay === true });
  } catch {
    return undefined;
  }
}
