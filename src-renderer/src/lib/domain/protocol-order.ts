// Protocol order: member states in the alphabetical order of their names in the working
// language (Russian: Армения, Беларусь, Казахстан, Кыргызстан, Россия, Таджикистан), then
// observers, then partners, then organizations. Used by every list, seating and export.
import type { Party, PartyKind } from './types';

const KIND_RANK: Record<PartyKind, number> = { member: 0, observer: 1, partner: 2, organization: 3 };
const russian = new Intl.Collator('ru', { sensitivity: 'base' });

type Ordered = Pick<Party, 'kind' | 'short' | 'name'>;

export function compareProtocol(a: Ordered, b: Ordered): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    russian.compare(a.short.ru || a.name.ru || a.short.en, b.short.ru || b.name.ru || b.short.en) ||
    russian.compare(a.name.en, b.name.en)
  );
}

export function inProtocolOrder<T extends Ordered>(parties: readonly T[]): T[] {
  return [...parties].sort(compareProtocol);
}
