// Persons as table rows for CSV/XLSX export, one column per person field, in the same order
// as the import expects them (so an exported file imports back unchanged).
import { formFromPerson, PERSON_FIELDS } from '../domain/person-rules';
import type { Person } from '../domain/types';

/** One row per person; `partyName` turns a party id into the name written in the file. */
export function peopleRows(persons: readonly Person[], partyName: (partyId: string) => string): string[][] {
  return persons.map((person) => {
    const form = formFromPerson(person);
    return PERSON_FIELDS.map((field) => (field === 'partyId' ? (form.partyId ? partyName(form.partyId) : '') : form[field]));
  });
}
