import { describe, expect, it } from 'vitest';
import { byAcronym, byPersonName, sortedTexts } from './collation';
import type { PersonName } from './types';

const person = (id: string, en: [string, string], ru: [string, string]): { id: string; names: { en: PersonName; ru: PersonName } } => ({
  id,
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
});

describe('alphabetical order of the language shown', () => {
  const people = [
    person('shoigu', ['Sergey', 'Shoigu'], ['Сергей', 'Шойгу']),
    person('lavrov', ['Sergey', 'Lavrov'], ['Сергей', 'Лавров']),
    person('yolkin', ['Ivan', 'Yolkin'], ['Иван', 'Ёлкин']),
    person('ezhov', ['Pavel', 'Ezhov'], ['Павел', 'Ежов']),
    person('abdullaev', ['Rustam', 'Abdullaev'], ['Рустам', 'Абдуллаев']),
  ];

  it('lists persons in Russian alphabetical order in Russian, Ё with Е', () => {
    expect(byPersonName(people, 'ru').map((p) => p.id)).toEqual(['abdullaev', 'ezhov', 'yolkin', 'lavrov', 'shoigu']);
  });

  it('lists the same persons in English alphabetical order in English', () => {
    expect(byPersonName(people, 'en').map((p) => p.id)).toEqual(['abdullaev', 'ezhov', 'lavrov', 'shoigu', 'yolkin']);
  });

  it('lists a person with no Russian name by the English one, after the Cyrillic names in Russian', () => {
    const mixed = [person('adams', ['Anna', 'Adams'], ['', '']), ...people];
    expect(byPersonName(mixed, 'ru').map((p) => p.id)).toEqual(['abdullaev', 'ezhov', 'yolkin', 'lavrov', 'shoigu', 'adams']);
  });

  it('sorts texts by the language, not by code points (Ё is not after Я)', () => {
    expect(sortedTexts(['Ялта', 'Ёлкино', 'Ереван', 'Астана'], 'ru')).toEqual(['Астана', 'Ёлкино', 'Ереван', 'Ялта']);
    expect(sortedTexts(['Ялта', 'Ёлкино', 'Ереван', 'Астана'], 'ru')).not.toEqual(['Ялта', 'Ёлкино', 'Ереван', 'Астана'].sort());
    expect(sortedTexts(['item 10', 'item 9', 'Item 1'], 'en')).toEqual(['Item 1', 'item 9', 'item 10']);
  });
});

describe('organizations by acronym', () => {
  const org = (id: string, acronym: [string, string], name: [string, string] = ['', '']) => ({
    id,
    acronym: { en: acronym[0], ru: acronym[1] },
    name: { en: name[0], ru: name[1] },
  });
  const list = [
    org('sco', ['SCO', 'ШОС']),
    org('csto', ['CSTO', 'ОДКБ']),
    org('cis', ['CIS', 'СНГ']),
    org('eaeu', ['EAEU', 'ЕАЭС']),
    org('union', ['', ''], ['Union State', 'Союзное государство']),
  ];

  it('follows the acronyms of the language shown, in its alphabet', () => {
    expect(byAcronym(list, 'ru').map((o) => o.id)).toEqual(['eaeu', 'csto', 'cis', 'union', 'sco']);
    expect(byAcronym(list, 'en').map((o) => o.id)).toEqual(['cis', 'csto', 'eaeu', 'sco', 'union']);
  });
});
