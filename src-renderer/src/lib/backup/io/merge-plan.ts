// Merging a colleague's copy of the chairmanship into this one, on the change model of
// domain/changes.ts (docs/sync.md): per field, the value whose change the other copy had not
// seen wins; a field both changed without seeing the other's change is a conflict the user
// settles, the later change preselected; a row deleted on one side stays deleted unless the
// other changed it after; rows that stand for one thing (a person on a session's list, a
// seat) are made one; an agenda is renumbered 1…n (those two in ./merge-derive.ts). The outcome depends only on the two copies
// and the choices, so two colleagues who merge each other's backups end with the same data.
// Pure: rows in, changes out.
import { canonicalJson } from './canonical-json';
import { BACKUP_TABLES, type BackupRow, type BackupTable, type BackupTables } from './file-format';
import {
  choiceDot,
  covers,
  isDerived,
  joinVectors,
  ownFields,
  sameValue,
  stampAll,
  withDot,
  type Dot,
  type VersionVector,
} from '../../domain/changes';
import type { Tombstone } from '../../domain/types';
import { derive, type DerivedChange } from './merge-derive';
import { asRow, dotOf, indexStones, laterDot, latestEditOf, stoneKey, text, without, type Tables } from './merge-rows';

/** One copy as a merge sees it: its rows, and what it has seen of every writer's changes. */
export interface MergeSide {
  tables: BackupTables;
  seen: VersionVector;
}

/** The tables that merge: the data, not this computer's preferences nor the tombstones themselves. */
export const MERGED_TABLES: readonly BackupTable[] = BACKUP_TABLES.filter((t) => t !== 'settings' && t !== 'tombstones');

export type Choice = 'mine' | 'theirs';
export type LifeChoice = 'keep' | 'delete';

export interface FieldChange {
  field: string;
  mine: unknown;
  theirs: unknown;
}

export interface FieldConflict extends FieldChange {
  /** The later of the two changes, by their clocks. */
  preselected: Choice;
}

interface EntryBase {
  table: BackupTable;
  id: string;
}

export type MergeEntry =
  /** A row only the colleague has (or put back after seeing it deleted here): added here. */
  | (EntryBase & { kind: 'added'; theirs: BackupRow })
  /** Changes only the colleague made: taken, field by field. */
  | (EntryBase & { kind: 'updated'; mine: BackupRow; theirs: BackupRow; taken: FieldChange[]; adopted: string[] })
  /** Both changed a field without seeing the other's change: the user chooses per field. */
  | (EntryBase & {
      kind: 'conflict';
      mine: BackupRow;
      theirs: BackupRow;
      taken: FieldChange[];
      conflicts: FieldConflict[];
      adopted: string[];
    })
  /** The same values, some with the colleague's later stamps: only the stamps change (not shown). */
  | (EntryBase & { kind: 'restamped'; mine: BackupRow; theirs: BackupRow; adopted: string[] })
  /** Deleted there after every change made here: deleted here. */
  | (EntryBase & { kind: 'deleted'; mine: BackupRow; stone: Tombstone })
  /** Deleted on one side (`stone`), changed on the other without seeing the deletion. */
  | (EntryBase & { kind: 'deletion-conflict'; row: BackupRow; deletedHere: boolean; stone: Tombstone; preselected: LifeChoice })
  /** Changed here after the colleague's copy: stays as here (listed so the preview is whole). */
  | (EntryBase & { kind: 'kept'; mine: BackupRow; theirs?: BackupRow });

export interface MergePlan {
  entries: MergeEntry[];
  /** Rows the same on both sides, per table (not listed). */
  unchanged: Record<string, number>;
  /** Tombstones only the colleague has, of rows neither side has any more. */
  stones: Tombstone[];
  seen: VersionVector;
}

type Outcome =
  Extract<MergeEntry, { kind: 'updated' | 'conflict' | 'kept' | 'restamped' }> extends infer E
    ? E extends unknown
      ? Omit<E, keyof EntryBase>
      : never
    : never;

/**
 * Fields that count up and are never set by hand: the ICS SEQUENCE of a session's invitations,
 * which calendars compare to tell an update from one they have had.
 */
const COUNTERS = new Set(['icsSequence']);

/** Two versions of one row, field by field. */
function compareRows(mine: BackupRow, theirs: BackupRow, seenHere: VersionVector, seenThere: VersionVector): Outcome | 'unchanged' {
  const fields = [...new Set([...ownFields(mine), ...ownFields(theirs)])].sort();
  const taken: FieldChange[] = [];
  const conflicts: FieldConflict[] = [];
  const adopted: string[] = [];
  let keptHere = false;
  for (const field of fields) {
    const [m, t] = [mine[field], theirs[field]];
    const [dm, dt] = [dotOf(mine, field), dotOf(theirs, field)];
    if (sameValue(m, t)) {
      // One value, two stamps (both sides made the same change): both keep the later stamp.
      if (laterDot(dt, dm)) adopted.push(field);
      continue;
    }
    const change = { field, mine: m, theirs: t };
    if (COUNTERS.has(field)) {
      // A count that only goes up (an invitation's SEQUENCE): the higher stands, never a question.
      if (Number(t) > Number(m)) taken.push(change);
      else keptHere = true;
    } else if (isDerived(dm) || isDerived(dt)) {
      // A value a merge derived meets the other by its clock alone (domain/changes.ts).
      const theirsWins = dm === dt ? canonicalJson(t) > canonicalJson(m) : laterDot(dt, dm);
      if (theirsWins) taken.push(change);
      else keptHere = true;
    } else if (dm === dt) {
      // No clock tells them apart (rows from before change stamps, or a forged file): ask.
      const later =
        text(theirs.updatedAt) > text(mine.updatedAt) || (theirs.updatedAt === mine.updatedAt && canonicalJson(t) > canonicalJson(m));
      conflicts.push({ ...change, preselected: later ? 'theirs' : 'mine' });
    } else {
      const hereSawTheirs = covers(seenHere, dt);
      const thereSawMine = covers(seenThere, dm);
      // Each side has seen the other's change (their vectors met through a third copy before
      // the values did): the later change is the one made last, on either side alike.
      if (hereSawTheirs && thereSawMine) {
        if (laterDot(dt, dm)) taken.push(change);
        else keptHere = true;
      } else if (hereSawTheirs) keptHere = true;
      else if (thereSawMine) taken.push(change);
      else conflicts.push({ ...change, preselected: laterDot(dt, dm) ? 'theirs' : 'mine' });
    }
  }
  if (conflicts.length) return { kind: 'conflict', mine, theirs, taken, conflicts, adopted };
  if (taken.length) return { kind: 'updated', mine, theirs, taken, adopted };
  if (keptHere) return { kind: 'kept', mine, theirs };
  return adopted.length ? { kind: 'restamped', mine, theirs, adopted } : 'unchanged';
}

export function planMerge(local: MergeSide, remote: MergeSide): MergePlan {
  const stonesHere = indexStones(local.tables.tombstones);
  const stonesThere = indexStones(remote.tables.tombstones);
  const entries: MergeEntry[] = [];
  const unchanged: Record<string, number> = {};
  for (const table of MERGED_TABLES) {
    const mine = new Map(local.tables[table].map((r) => [String(r.id), r]));
    const theirs = new Map(remote.tables[table].map((r) => [String(r.id), r]));
    unchanged[table] = 0;
    for (const [id, t] of theirs) {
      const m = mine.get(id);
      const base = { table, id };
      if (m) {
        const outcome = compareRows(m, t, local.seen, remote.seen);
        if (outcome === 'unchanged') unchanged[table]++;
        else entries.push({ ...base, ...outcome });
        continue;
      }
      const stone = stonesHere.get(stoneKey(table, id));
      if (!stone) entries.push({ ...base, kind: 'added', theirs: t });
      // Deleted here after the colleague's every change: stays deleted.
      else if (covers(local.seen, latestEditOf(t))) unchanged[table]++;
      // Put back there after seeing the deletion: back here too.
      else if (covers(remote.seen, stone.hlc)) entries.push({ ...base, kind: 'added', theirs: t });
      else
        entries.push({
          ...base,
          kind: 'deletion-conflict',
          row: t,
          deletedHere: true,
          stone,
          preselected: laterDot(latestEditOf(t), stone.hlc) ? 'keep' : 'delete',
        });
    }
    for (const [id, m] of mine) {
      if (theirs.has(id)) continue;
      const base = { table, id };
      const stone = stonesThere.get(stoneKey(table, id));
      if (!stone) continue; // Only here: the colleague never had it.
      if (covers(remote.seen, latestEditOf(m))) entries.push({ ...base, kind: 'deleted', mine: m, stone });
      else if (covers(local.seen, stone.hlc)) entries.push({ ...base, kind: 'kept', mine: m });
      else
        entries.push({
          ...base,
          kind: 'deletion-conflict',
          row: m,
          deletedHere: false,
          stone,
          preselected: laterDot(latestEditOf(m), stone.hlc) ? 'keep' : 'delete',
        });
    }
  }
  const stones = [...stonesThere.entries()].filter(([key]) => !stonesHere.has(key)).map(([, stone]) => stone);
  return { entries, unchanged, stones, seen: joinVectors(local.seen, remote.seen) };
}

/** The key a choice about a row (and a field) is kept under. */
export const entryKey = (entry: EntryBase): string => stoneKey(entry.table, entry.id);
export const fieldKey = (entry: EntryBase, field: string): string => `${entryKey(entry)}#${field}`;

/** The user's choices: per conflicting field (`fieldKey`), per row deleted on one side (`entryKey`). */
export interface MergeChoices {
  fields: ReadonlyMap<string, Choice>;
  rows: ReadonlyMap<string, LifeChoice>;
}

export const noChoices = (): MergeChoices => ({ fields: new Map(), rows: new Map() });

/** What a merge writes, table by table. */
export interface MergeWrite {
  put: Partial<Record<BackupTable, BackupRow[]>>;
  remove: Partial<Record<BackupTable, string[]>>;
  stones: { put: Tombstone[]; remove: [string, string][] };
  seen: VersionVector;
}

export interface MergeResult {
  write: MergeWrite;
  derived: DerivedChange[];
}

/**
 * Applies a plan with the user's choices (the preselected ones where none is given) to this
 * copy's rows. A choice against the preselected value is a new change, so a colleague who
 * merges back takes it without asking again; its dot (domain/changes.ts `choiceDot`), a merged
 * row's `updatedAt` (the later of the two) and `rev` (past both) depend on the two rows and the
 * choice alone, so two copies that settle a conflict alike end with identical rows.
 */
export function resolveMerge(local: MergeSide, plan: MergePlan, choices: MergeChoices, now: Date): MergeResult {
  const at = now.toISOString();
  const tables: Tables = new Map(MERGED_TABLES.map((t) => [t, new Map(local.tables[t].map((r) => [String(r.id), r]))]));
  const original = new Map(MERGED_TABLES.map((t) => [t, new Map(local.tables[t].map((r) => [String(r.id), r]))]));
  const stones = indexStones(local.tables.tombstones);
  let seen = plan.seen;
  const restamp = (competing: readonly (Dot | undefined)[], chosen: unknown): Dot => {
    const dot = choiceDot(competing, canonicalJson(chosen ?? null));
    seen = withDot(seen, dot);
    return dot;
  };
  const write = (table: BackupTable, row: BackupRow): void => void tables.get(table)?.set(String(row.id), row);
  const drop = (table: BackupTable, id: string, stone: Tombstone): void => {
    tables.get(table)?.delete(id);
    stones.set(stoneKey(table, id), stone);
  };

  for (const entry of plan.entries) {
    switch (entry.kind) {
      case 'added':
        write(entry.table, entry.theirs);
        stones.delete(entryKey(entry));
        break;
      case 'restamped': {
        const dots: Record<string, string> = { ...((entry.mine.fieldHlc as Record<string, string> | undefined) ?? {}) };
        for (const field of entry.adopted) {
          const dot = dotOf(entry.theirs, field);
          if (dot) dots[field] = dot;
        }
        write(entry.table, { ...entry.mine, fieldHlc: dots });
        break;
      }
      case 'updated':
      case 'conflict': {
        let next: BackupRow = { ...entry.mine };
        let dots: Record<string, string> = { ...((entry.mine.fieldHlc as Record<string, string> | undefined) ?? {}) };
        for (const field of entry.adopted) {
          const dot = dotOf(entry.theirs, field);
          if (dot) dots[field] = dot;
        }
        const take = (field: string): void => {
          next = entry.theirs[field] === undefined ? without(next, field) : { ...next, [field]: entry.theirs[field] };
          const dot = dotOf(entry.theirs, field);
          dots = dot ? { ...dots, [field]: dot } : without(dots, field);
        };
        for (const change of entry.taken) take(change.field);
        if (entry.kind === 'conflict') {
          for (const conflict of entry.conflicts) {
            const chosen = choices.fields.get(fieldKey(entry, conflict.field)) ?? conflict.preselected;
            if (chosen === 'theirs') take(conflict.field);
            if (chosen !== conflict.preselected)
              dots[conflict.field] = restamp(
                [dotOf(entry.mine, conflict.field), dotOf(entry.theirs, conflict.field)],
                next[conflict.field],
              );
          }
        }
        next = Object.keys(dots).length ? { ...next, fieldHlc: dots } : without(next, 'fieldHlc');
        // Past this copy's revision (a window editing from it is told), and alike on both copies.
        next.rev = Math.max(Number(entry.mine.rev) + 1, Number(entry.theirs.rev));
        next.updatedAt = [text(entry.mine.updatedAt), text(entry.theirs.updatedAt)].sort().at(-1) || at;
        write(entry.table, next);
        break;
      }
      case 'deleted':
        drop(entry.table, entry.id, entry.stone);
        break;
      case 'deletion-conflict': {
        const chosen = choices.rows.get(entryKey(entry)) ?? entry.preselected;
        const against = chosen !== entry.preselected;
        const competing = [entry.stone.hlc, latestEditOf(entry.row)];
        if (chosen === 'keep') {
          write(entry.table, against ? (stampAll(asRow(entry.row), restamp(competing, chosen)) as unknown as BackupRow) : entry.row);
          stones.delete(entryKey(entry));
        } else drop(entry.table, entry.id, against ? { ...entry.stone, hlc: restamp(competing, chosen) } : entry.stone);
        break;
      }
      case 'kept':
        break;
    }
  }
  for (const stone of plan.stones)
    if (!tables.get(stone.table as BackupTable)?.has(stone.id)) stones.set(stoneKey(stone.table, stone.id), stone);

  const derived = derive(tables, stones, at);
  return { write: diff(original, tables, indexStones(local.tables.tombstones), stones, seen), derived };
}

/** What changed between this copy's rows and the merged ones. */
function diff(
  before: Tables,
  after: Tables,
  stonesBefore: Map<string, Tombstone>,
  stonesAfter: Map<string, Tombstone>,
  seen: VersionVector,
): MergeWrite {
  const put: MergeWrite['put'] = {};
  const remove: MergeWrite['remove'] = {};
  for (const [table, rows] of after) {
    const old = before.get(table) ?? new Map<string, BackupRow>();
    const changed = [...rows.values()].filter((row) => old.get(String(row.id)) !== row);
    const gone = [...old.keys()].filter((id) => !rows.has(id));
    if (changed.length) put[table] = changed;
    if (gone.length) remove[table] = gone;
  }
  const stonesPut = [...stonesAfter.entries()].filter(([key, stone]) => stonesBefore.get(key) !== stone).map(([, stone]) => stone);
  const stonesRemove = [...stonesBefore.entries()]
    .filter(([key]) => !stonesAfter.has(key))
    .map(([, s]): [string, string] => [s.table, s.id]);
  return { put, remove, stones: { put: stonesPut, remove: stonesRemove }, seen };
}
