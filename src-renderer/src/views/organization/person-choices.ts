// Persons as choices for a state's seat: that state's first, then everyone else, each group in
// the UI language's alphabetical order ("LAVROV, Sergey").
import { personName } from '$lib/domain/text';
import type { Lang, Person } from '$lib/domain/types';

export interface PersonChoice {
  id: string;
  name: string;
}

export function personChoices(
  persons: readonly Person[],
  partyId: string,
  lang: Lang,
  exclude: readonly string[] = [],
): { own: PersonChoice[]; others: PersonChoice[] } {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const choices = persons
    .filter((p) => !exclude.includes(p.id))
    .map((p) => ({ id: p.id, partyId: p.partyId, name: personName(p.names, lang, 'family-given') }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const plain = ({ id, name }: PersonChoice): PersonChoice => ({ id, name });
  return {
    own: choices.filter((c) => c.partyId === partyId).map(plain),
    others: choices.filter((c) => c.partyId !== partyId).map(plain),
  };
}
