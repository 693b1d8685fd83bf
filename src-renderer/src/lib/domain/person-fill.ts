// One person's record completed from another's: the rule of every merge of two records of
// one person (the Merge people command, an imported row merged into a stored person). The
// record kept wins; each of its empty fields (a name part, the honorific, the state, the
// position, e-mail, phone) takes the other's value; notes are kept both. Pure.
import type { Fields, Person } from './types';

const empty = (value: unknown): boolean =>
  value === undefined || value === '' || (typeof value === 'object' && value !== null && Object.values(value).every((v) => v === ''));

const FILLED = ['honorific', 'partyId', 'position', 'email', 'phone'] as const;

export function filledFrom<P extends Fields<Person>>(keep: P, other: Fields<Person>): P {
  const names = {
    en: { given: keep.names.en.given || other.names.en.given, family: keep.names.en.family || other.names.en.family },
    ru: { given: keep.names.ru.given || other.names.ru.given, family: keep.names.ru.family || other.names.ru.family },
  };
  const next: P = { ...keep, names };
  for (const field of FILLED) {
    if (empty(keep[field]) && !empty(other[field])) Object.assign(next, { [field]: other[field] });
  }
  if (other.notes && other.notes !== keep.notes) next.notes = keep.notes ? `${keep.notes}\n\n${other.notes}` : other.notes;
  return next;
}
