import { describe, expect, it } from 'vitest';
import { inProtocolOrder } from './protocol-order';
import type { Party } from './types';

const party = (kind: Party['kind'], en: string, ru: string): Pick<Party, 'kind' | 'short' | 'name'> => ({
  kind,
  short: { en, ru },
  name: { en, ru },
});

describe('protocol order', () => {
  it('lists member states in Russian alphabetical order', () => {
    const members = [
      party('member', 'Tajikistan', 'Таджикистан'),
      party('member', 'Russia', 'Россия'),
      party('member', 'Kyrgyzstan', 'Кыргызстан'),
      party('member', 'Armenia', 'Армения'),
      party('member', 'Kazakhstan', 'Казахстан'),
      party('member', 'Belarus', 'Беларусь'),
    ];
    expect(inProtocolOrder(members).map((p) => p.short.ru)).toEqual([
      'Армения',
      'Беларусь',
      'Казахстан',
      'Кыргызстан',
      'Россия',
      'Таджикистан',
    ]);
  });

  it('puts observers after members and organizations last, whatever their names', () => {
    const mixed = [
      party('organization', 'UN', 'ООН'),
      party('observer', 'Afghanistan', 'Афганистан'),
      party('member', 'Tajikistan', 'Таджикистан'),
      party('organization', 'CIS', 'СНГ'),
      party('partner', 'Serbia', 'Сербия'),
      party('member', 'Armenia', 'Армения'),
      party('organization', 'OSCE', 'ОБСЕ'),
    ];
    expect(inProtocolOrder(mixed).map((p) => p.short.en)).toEqual(['Armenia', 'Tajikistan', 'Afghanistan', 'Serbia', 'OSCE', 'UN', 'CIS']);
  });

  it('treats ё as е when sorting', () => {
    const names = [party('member', 'B', 'Ёлкино'), party('member', 'A', 'Едино'), party('member', 'C', 'Жуково')];
    expect(inProtocolOrder(names).map((p) => p.short.ru)).toEqual(['Едино', 'Ёлкино', 'Жуково']);
  });

  it('does not reorder the list it was given', () => {
    const list = [party('member', 'Russia', 'Россия'), party('member', 'Armenia', 'Армения')];
    inProtocolOrder(list);
    expect(list[0]?.short.en).toBe('Russia');
  });
});
