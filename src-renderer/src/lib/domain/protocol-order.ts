// Protocol order: the order in which an organization lists and seats its member states, then
// its observers, partners and organizations. The rule is the organization's own:
// - alphabetical in its working language (the CSTO's is Russian: Армения, Беларусь,
//   Казахстан, Кыргызстан, Россия, Таджикистан), the default;
// - alphabetical in English;
// - alphabetical from a state drawn by lot, continuing round the alphabet (the UN General
//   Assembly seats its members so, from the state drawn each year);
// - a fixed order kept by hand (each party's `position`).
// Used by every list, seating plan and export.
import type { Lang, Party, PartyKind, ProtocolOrderRule } from './types';

export const DEFAULT_PROTOCOL_ORDER: ProtocolOrderRule = { kind: 'alphabetical', language: 'ru' };

const KIND_RANK: Record<PartyKind, number> = { member: 0, observer: 1, partner: 2, organization: 3 };
const collators: Record<Lang, Intl.Collator> = {
  ru: new Intl.Collator('ru', { sensitivity: 'base' }),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

export type Ordered = Pick<Party, 'id' | 'kind' | 'short' | 'name'> & Partial<Pick<Party, 'position'>>;

/** The name a party is sorted by in a language: short, else full, else the other language's. */
function sortName(party: Pick<Party, 'short' | 'name'>, lang: Lang): string {
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  return party.short[lang] || party.name[lang] || party.short[other] || party.name[other];
}

/** A comparator for the organization's rule; `parties` resolves the state drawn by lot. */
export function protocolComparator(
  rule: ProtocolOrderRule = DEFAULT_PROTOCOL_ORDER,
  parties: readonly Ordered[] = [],
): (a: Ordered, b: Ordered) => number {
  const lang: Lang = rule.kind === 'alphabetical' ? rule.language : 'ru';
  const collator = collators[lang];
  const alphabetical = (a: Ordered, b: Ordered): number =>
    collator.compare(sortName(a, lang), sortName(b, lang)) || collators.en.compare(a.name.en, b.name.en) || a.id.localeCompare(b.id);
  const start = rule.kind === 'alphabetical' && rule.startPartyId ? parties.find((p) => p.id === rule.startPartyId) : undefined;
  // From the state drawn: those at or after it in the alphabet first, then the rest.
  const round = (p: Ordered): number =>
    start && p.kind === 'member' && collator.compare(sortName(p, lang), sortName(start, lang)) < 0 ? 1 : 0;
  return (a, b) =>
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (rule.kind === 'fixed' ? (a.position ?? 0) - (b.position ?? 0) : round(a) - round(b)) ||
    alphabetical(a, b);
}

export function inProtocolOrder<T extends Ordered>(parties: readonly T[], rule: ProtocolOrderRule = DEFAULT_PROTOCOL_ORDER): T[] {
  return [...parties].sort(protocolComparator(rule, parties));
}

/** Each party's place in protocol order, for sorting rows that carry only a party id. */
export function protocolRanks(parties: readonly Ordered[], rule: ProtocolOrderRule = DEFAULT_PROTOCOL_ORDER): Map<string, number> {
  return new Map(inProtocolOrder(parties, rule).map((p, i) => [p.id, i]));
}
