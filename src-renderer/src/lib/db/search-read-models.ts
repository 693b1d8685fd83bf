// What "Find anything" searches: persons, sessions of every year and Action Plan items, as
// light records (the text to match, a label, where to go).
import { personName } from '../domain/text';
import type { Store } from './index';

export type SearchKind = 'person' | 'session' | 'item';

export interface SearchRecord {
  id: string;
  kind: SearchKind;
  /** Changes when the row changes, so the index is updated only for what changed. */
  version: string;
  text: string[];
  label: { en: string; ru: string };
  detail: string;
  /** For Action Plan items: the plan and the chairmanship it belongs to. */
  planId?: string;
  chairmanshipId?: string;
}

export async function readSearchRecords(store: Store): Promise<SearchRecord[]> {
  const { db } = store;
  const [persons, sessions, items, plans] = await Promise.all([
    db.persons.toArray(),
    db.sessions.toArray(),
    db.actionItems.toArray(),
    db.actionPlans.toArray(),
  ]);
  const planChair = new Map(plans.map((p) => [p.id, p.chairmanshipId]));
  return [
    ...persons.map((p): SearchRecord => ({
      id: `person:${p.id}`,
      kind: 'person',
      version: `${p.id}:${p.rev}`,
      text: [p.names.en.given, p.names.en.family, p.names.ru.given, p.names.ru.family, p.email ?? ''],
      label: { en: personName(p.names, 'en'), ru: personName(p.names, 'ru') },
      detail: p.email ?? '',
    })),
    ...sessions.map((s): SearchRecord => ({
      id: `session:${s.id}`,
      kind: 'session',
      version: `${s.id}:${s.rev}`,
      text: [s.title.en, s.title.ru, s.venue.city.en, s.venue.city.ru, s.start.slice(0, 4)],
      label: { en: s.title.en || s.title.ru, ru: s.title.ru || s.title.en },
      detail: s.start.slice(0, 10),
    })),
    ...items.map((i): SearchRecord => ({
      id: `item:${i.id}`,
      kind: 'item',
      version: `${i.id}:${i.rev}`,
      text: [i.number, i.title.en, i.title.ru, i.theme],
      label: { en: `${i.number} ${i.title.en || i.title.ru}`, ru: `${i.number} ${i.title.ru || i.title.en}` },
      detail: i.dueDate ?? '',
      planId: i.planId,
      chairmanshipId: planChair.get(i.planId) ?? '',
    })),
  ];
}
