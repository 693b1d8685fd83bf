// Lists and pickers in the alphabetical order of the language they are shown in: Russian
// collation puts Ё with Е and sorts Cyrillic by the Russian alphabet, whatever the system's locale.
import { personName } from './text';
import type { Lang, PersonName } from './types';

const collators = new Map<Lang, Intl.Collator>();

/** The language's collation: case and accents aside ("ёлкин" with "Елкин"), numbers by value. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** Texts in the language's alphabetical order (a new array). */
export function sortedTexts(texts: Iterable<string>, lang: Lang): string[] {
  return [...texts].sort(collator(lang).compare);
}

/** Persons by family name then given name, as shown in the language ("ЛАВРОВ, Сергей"). */
export function byPersonName<P extends { id: string; names: { en: PersonName; ru: PersonName } }>(persons: readonly P[], lang: Lang): P[] {
  const c = collator(lang);
  return persons
    .map((person) => ({ person, name: personName(person.names, lang, 'family-given') }))
    .sort((a, b) => c.compare(a.name, b.name) || a.person.id.localeCompare(b.person.id))
    .map(({ person }) => person);
}
