import { describe, expect, it } from 'vitest';
import { inProtocolOrder, protocolRanks } from './protocol-order';
import type { Party } from './types';

let next = 0;
const party = (kind: Party['kind'], en: string, ru: string, position = 0): Pick<Party, 'id' | 'kind' | 'short' | 'name' | 'position'> => ({
  id: `p${next++}`,
  kind,
  short: { en, ru },
  name: { en, ru },
  position,
});

const CSTO = [
  party('member', 'Tajikistan', 'Таджикистан', 5),
  party('member', 'Russia', 'Россия', 4),
  party('member', 'Kyrgyzstan', 'Кыргызстан', 3),
  party('member', 'Armenia', 'Армения', 0),
  party('member', 'Kazakhstan', 'Казахстан', 2),
  party('member', 'Belarus', 'Беларусь', 1),
];
const ids = (list: readonly { short: { en: string } }[]): string[] => list.map((p) => p.short.en);

describe('protocol order', () => {
  it('lists member states in Russian alphabetical order by default', () => {
    expect(inProtocolOrder(CSTO).map((p) => p.short.ru)).toEqual([
      'Армения',
      'Беларусь',
      'Казахстан',
      'Кыргызстан',
      'Россия',
      'Таджикистан',
    ]);
  });

  it('lists them in English alphabetical order when the organization’s rule says so', () => {
    // China/Китай and India/Индия swap places between the two alphabets.
    const sco = [
      party('member', 'China', 'Китай'),
      party('member', 'India', 'Индия'),
      party('member', 'Russia', 'Россия'),
      party('member', 'Uzbekistan', 'Узбекистан'),
    ];
    expect(ids(inProtocolOrder(sco, { kind: 'alphabetical', language: 'en' }))).toEqual(['China', 'India', 'Russia', 'Uzbekistan']);
    expect(ids(inProtocolOrder(sco, { kind: 'alphabetical', language: 'ru' }))).toEqual(['India', 'China', 'Russia', 'Uzbekistan']);
  });

  it('starts from the state drawn by lot and continues round the alphabet', () => {
    const drawn = CSTO.find((p) => p.short.en === 'Kyrgyzstan');
    const order = inProtocolOrder(CSTO, { kind: 'alphabetical', language: 'ru', startPartyId: drawn?.id });
    expect(order.map((p) => p.short.ru)).toEqual(['Кыргызстан', 'Россия', 'Таджикистан', 'Армения', 'Беларусь', 'Казахстан']);
  });

  it('ignores a drawn state that is not among the parties (it left the organization)', () => {
    expect(inProtocolOrder(CSTO, { kind: 'alphabetical', language: 'ru', startPartyId: 'gone' }).map((p) => p.short.en)[0]).toBe('Armenia');
  });

  it('keeps a fixed order by position', () => {
    const fixed = CSTO.map((p, i) => ({ ...p, position: [3, 0, 5, 1, 4, 2][i] ?? 0 }));
    expect(ids(inProtocolOrder(fixed, { kind: 'fixed' }))).toEqual([
      'Russia',
      'Armenia',
      'Belarus',
      'Tajikistan',
      'Kazakhstan',
      'Kyrgyzstan',
    ]);
  });

  it('puts observers after members and organizations last, whatever their names and the rule', () => {
    const mixed = [
      party('organization', 'UN', 'ООН'),
      party('observer', 'Afghanistan', 'Афганистан'),
      party('member', 'Tajikistan', 'Таджикистан'),
      party('organization', 'CIS', 'СНГ'),
      party('partner', 'Serbia', 'Сербия'),
      party('member', 'Armenia', 'Армения'),
      party('organization', 'OSCE', 'ОБСЕ'),
    ];
    expect(ids(inProtocolOrder(mixed))).toEqual(['Armenia', 'Tajikistan', 'Afghanistan', 'Serbia', 'OSCE', 'UN', 'CIS']);
    expect(ids(inProtocolOrder(mixed, { kind: 'alphabetical', language: 'en' }))).toEqual([
      'Armenia',
      'Tajikistan',
      'Afghanistan',
      'Serbia',
      'CIS',
      'OSCE',
      'UN',
    ]);
  });

  it('treats ё as е when sorting', () => {
    const names = [party('member', 'B', 'Ёлкино'), party('member', 'A', 'Едино'), party('member', 'C', 'Жуково')];
    expect(inProtocolOrder(names).map((p) => p.short.ru)).toEqual(['Едино', 'Ёлкино', 'Жуково']);
  });

  it('sorts a state with no Russian name by its English one rather than dropping it', () => {
    const names = [party('member', 'Zeta', ''), party('member', 'Alpha', 'Альфа')];
    expect(ids(inProtocolOrder(names))).toEqual(['Alpha', 'Zeta']);
  });

  it('gives every party its rank, for rows that carry only a party id', () => {
    const ranks = protocolRanks(CSTO);
    expect(CSTO.map((p) => ranks.get(p.id))).toEqual([5, 4, 3, 0, 2, 1]);
  });

  it('does not reorder the list it was given', () => {
    const list = [party('member', 'Russia', 'Россия'), party('member', 'Armenia', 'Армения')];
    inProtocolOrder(list);
    expect(list[0]?.short.en).toBe('Russia');
  });
});
