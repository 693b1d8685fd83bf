// People already in the list, found in a person import: each row that matches a stored person
// or an earlier row of the file is flagged, with the user's choice for it: Merge (its values
// fill the empty fields of the record it matches), Skip, or Add anyway. By default a row with
// the same names as its match (but for case, ё/е and accents) is skipped: it is that record
// again. A row that only looks like its match (another spelling, an initial) is added: it may
// be another person, and adding never puts one person's details on another's record; a
// duplicate added by mistake shows in the list and is joined with "Merge with another
// record…". Pure.
import { filledFrom } from '../domain/person-fill';
import { DuplicateIndex, samePersonExactly } from '../domain/person-duplicates';
import type { Fields, Person } from '../domain/types';
import type { ImportRow } from './persons-import';

export type DuplicateChoice = 'merge' | 'skip' | 'add';
export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['merge', 'skip', 'add'];

export interface DuplicateFlag {
  /** The file's row flagged. */
  row: number;
  /** The same names as its match, not only alike. */
  exact: boolean;
  /** A stored person, or an earlier row of the file. */
  match: { person: Person } | { row: number };
}

/** The flag of every row (without errors) that matches a stored person, else an earlier row. */
export function flagDuplicates(rows: readonly ImportRow[], stored: readonly Person[]): Map<number, DuplicateFlag> {
  const flags = new Map<number, DuplicateFlag>();
  const storedIndex = new DuplicateIndex(stored);
  const rowIndex = new DuplicateIndex<Fields<Person>>();
  const rowOf = new Map<Fields<Person>, number>();
  for (const row of rows) {
    if (row.errors.length) continue;
    const candidate = row.person;
    const likeStored = storedIndex.lookalikes(candidate);
    const likeRows = rowIndex.lookalikes(candidate);
    const sameStored = likeStored.find((p) => samePersonExactly(candidate, p));
    const sameRow = likeRows.find((p) => samePersonExactly(candidate, p));
    const match: Pick<DuplicateFlag, 'exact' | 'match'> | null = sameStored
      ? { exact: true, match: { person: sameStored } }
      : sameRow
        ? { exact: true, match: { row: rowOf.get(sameRow) ?? 0 } }
        : likeStored[0]
          ? { exact: false, match: { person: likeStored[0] } }
          : likeRows[0]
            ? { exact: false, match: { row: rowOf.get(likeRows[0]) ?? 0 } }
            : null;
    if (match) flags.set(row.row, { row: row.row, ...match });
    rowIndex.add(candidate);
    rowOf.set(candidate, row.row);
  }
  return flags;
}

export const defaultChoice = (flag: DuplicateFlag): DuplicateChoice => (flag.exact ? 'skip' : 'add');

export interface ImportResolution {
  /** New persons to add. */
  add: Fields<Person>[];
  /** Stored persons to complete: as read (`base`), and with every field its merged rows filled (`next`). */
  merge: { base: Person; next: Person }[];
  skipped: number;
  merged: number;
}

/**
 * What an import writes, given each flagged row's choice. A row merged into (or skipped as)
 * an earlier row of the file follows that row: into the stored person it was merged with or
 * skipped as, or into the new person it became.
 */
export function resolveImport(
  rows: readonly ImportRow[],
  flags: ReadonlyMap<number, DuplicateFlag>,
  choice: (flag: DuplicateFlag) => DuplicateChoice,
): ImportResolution {
  const add: Fields<Person>[] = [];
  const merges = new Map<string, { base: Person; next: Person }>();
  /** Where each row went: a new person (its index in `add`), a stored person, or nowhere. */
  const went = new Map<number, { added: number } | { stored: Person } | null>();
  let skipped = 0;
  let merged = 0;
  for (const row of rows) {
    const flag = flags.get(row.row);
    const chosen = flag ? choice(flag) : 'add';
    if (!flag || chosen === 'add') {
      went.set(row.row, { added: add.length });
      add.push(row.person);
      continue;
    }
    const target = 'person' in flag.match ? { stored: flag.match.person } : (went.get(flag.match.row) ?? null);
    went.set(row.row, target);
    if (chosen === 'skip' || !target) {
      skipped++;
      continue;
    }
    merged++;
    if ('added' in target) {
      const into = add[target.added];
      if (into) add[target.added] = filledFrom(into, row.person);
      continue;
    }
    const before = merges.get(target.stored.id)?.next ?? target.stored;
    merges.set(target.stored.id, { base: target.stored, next: filledFrom(before, row.person) });
  }
  return { add, merge: [...merges.values()], skipped, merged };
}
