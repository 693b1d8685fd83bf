// What a person is found by: names in both languages, party, position, email, phone.
import type { SearchDoc } from './text-search';
import type { Party, Person } from './types';

export function personSearchDoc(person: Person, party: Party | undefined): SearchDoc {
  const { en, ru } = person.names;
  return {
    id: person.id,
    text: [
      en.given,
      en.family,
      ru.given,
      ru.family,
      party?.short.en ?? '',
      party?.short.ru ?? '',
      party?.iso2 ?? '',
      person.position?.en ?? '',
      person.position?.ru ?? '',
      person.email ?? '',
    ],
  };
}
