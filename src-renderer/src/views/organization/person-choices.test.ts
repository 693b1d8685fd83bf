import { describe, expect, it } from 'vitest';
import type { Person } from '$lib/domain/types';
import { personChoices } from './person-choices';

const person = (id: string, partyId: string, en: string, ru: string): Person => ({
  id,
  createdAt: '',
  updatedAt: '',
  rev: 1,
  organizationId: 'sco',
  partyId,
  honorific: { en: '', ru: '' },
  names: { en: { given: '', family: en }, ru: { given: '', family: ru } },
});

const persons = [
  person('1', 'kz', 'Tileuberdi', 'Тлеуберди'),
  person('2', 'kg', 'Aidarbekov', 'Айдарбеков'),
  person('3', 'ru', 'Lavrov', 'Лавров'),
  person('4', 'kz', 'Atamkulov', 'Атамкулов'),
  person('5', 'cn', 'Wang', 'Ван'),
];

describe('persons offered for a state’s seat', () => {
  it('puts the state’s own persons first, each group in the UI language’s alphabetical order', () => {
    const en = personChoices(persons, 'kz', 'en');
    expect(en.own.map((c) => c.name)).toEqual(['ATAMKULOV', 'TILEUBERDI']);
    expect(en.others.map((c) => c.name)).toEqual(['AIDARBEKOV', 'LAVROV', 'WANG']);
    const ru = personChoices(persons, 'kz', 'ru');
    expect(ru.others.map((c) => c.name)).toEqual(['АЙДАРБЕКОВ', 'ВАН', 'ЛАВРОВ']);
  });

  it('leaves out the persons asked to', () => {
    expect(personChoices(persons, 'kz', 'en', ['1']).own.map((c) => c.id)).toEqual(['4']);
  });
});
