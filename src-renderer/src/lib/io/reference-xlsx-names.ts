// How a workbook's cells name a row of another sheet: its id, or a name of it (a state's short
// or full name or ISO code, a body's acronym or name, a person's "Family Given" or "Given
// Family") in either language, compared folded (case, ё/е, Latin accents, spaces). Pure.
import { foldForSearch } from '../domain/text-search';
import type { Body, Party, Person } from '../domain/types';

export function foldName(value: string): string {
  return foldForSearch(value)
    .replace(/[\s,]+/g, ' ')
    .trim();
}

export function partyNames(p: Pick<Party, 'short' | 'name' | 'iso2'>): string[] {
  return [p.short.en, p.short.ru, p.name.en, p.name.ru, p.iso2 ?? ''];
}

export function bodyNames(b: Pick<Body, 'acronym' | 'name'>): string[] {
  return [b.acronym.en, b.acronym.ru, b.name.en, b.name.ru];
}

export function personNames(p: Pick<Person, 'names'>): string[] {
  return (['en', 'ru'] as const).flatMap((lang) => {
    const { given, family } = p.names[lang];
    return [`${family} ${given}`, `${given} ${family}`, given ? '' : family];
  });
}

export type Resolution = { id: string } | { problem: 'unknown-reference' | 'ambiguous-reference' };

/** The row a cell names: by id first, then by a name that only one row has. */
export function resolveName<T extends { id: string }>(value: string, rows: readonly T[], names: (row: T) => string[]): Resolution {
  const exact = rows.find((r) => r.id === value);
  if (exact) return { id: exact.id };
  const wanted = foldName(value);
  const found = rows.filter((r) => names(r).some((n) => n.trim() && foldName(n) === wanted));
  if (found.length === 1 && found[0]) return { id: found[0].id };
  return { problem: found.length ? 'ambiguous-reference' : 'unknown-reference' };
}
