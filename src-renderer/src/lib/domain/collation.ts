// Lists and pickers in the alphabetical order of the language they are shown in: Russian
// collation puts Ё with Е and sorts Cyrillic by the Russian alphabet, whatever the system's locale.
import { personName, pickText } from './text';
import type { Lang, PersonName, Text } from './types';

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

/** Organizations (or bodies) by their acronym as shown in the language (its name when it has none): ЕАЭС, ОДКБ, СНГ, ШОС. */
export function byAcronym<B extends { id: string; acronym: Text; name: Text }>(list: readonly B[], lang: Lang): B[] {
  const c = collator(lang);
  const label = (b: B): string => pickText(b.acronym, lang) || pickText(b.name, lang);
  return [...list].sort((a, b) => c.compare(label(a), label(b)) || a.id.localeCompare(b.id));
}
