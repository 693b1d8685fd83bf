// Rows for the domain tests: the CSTO in 2015 (a subset), built without a database.
import type { Appointment, Body, Party, Person, Text } from './types';

const row = { createdAt: '2015-01-01T00:00:00.000Z', updatedAt: '2015-01-01T00:00:00.000Z', rev: 1 };
const text = (en: string, ru: string): Text => ({ en, ru });

/** The organization every fixture row belongs to. */
export const ORG = 'csto';

export function party(id: string, kind: Party['kind'], en: string, ru: string, extra: Partial<Party> = {}): Party {
  return { ...row, id, organizationId: ORG, kind, short: text(en, ru), name: text(en, ru), position: 0, ...extra };
}

/** A body on which `seats` sit (every fixture member state by default). */
export function body(id: string, seats: readonly string[] = ['ru', 'tj', 'am', 'kg', 'by', 'kz'], extra: Partial<Body> = {}): Body {
  return {
    ...row,
    id,
    organizationId: ORG,
    name: text(id, id),
    acronym: text(id.toUpperCase(), id.toUpperCase()),
    level: 'ministers',
    seatTitle: text('Minister of Foreign Affairs', 'Министр иностранных дел'),
    seats: seats.map((partyId) => ({ partyId })),
    decisionRule: 'consensus',
    position: 0,
    ...extra,
  };
}

export const MEMBERS: Party[] = [
  party('ru', 'member', 'Russia', 'Россия'),
  party('tj', 'member', 'Tajikistan', 'Таджикистан'),
  party('am', 'member', 'Armenia', 'Армения'),
  party('kg', 'member', 'Kyrgyzstan', 'Кыргызстан'),
  party('by', 'member', 'Belarus', 'Беларусь'),
  party('kz', 'member', 'Kazakhstan', 'Казахстан'),
];
export const OSCE = party('osce', 'organization', 'OSCE', 'ОБСЕ');
export const UN = party('un', 'organization', 'UN', 'ООН');
export const SERBIA = party('rs', 'observer', 'Serbia', 'Сербия');

export function person(id: string, partyId: string | undefined, en: [string, string], ru: [string, string]): Person {
  return {
    ...row,
    id,
    organizationId: ORG,
    ...(partyId ? { partyId } : {}),
    names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
    honorific: text('', ''),
  };
}

export function appointment(personId: string, bodyId: string, partyId: string, from: string, to?: string): Appointment {
  return {
    ...row,
    id: `${personId}-${bodyId}-${from}`,
    organizationId: ORG,
    personId,
    bodyId,
    partyId,
    title: text('Minister of Foreign Affairs', 'Министр иностранных дел'),
    from,
    ...(to ? { to } : {}),
  };
}
