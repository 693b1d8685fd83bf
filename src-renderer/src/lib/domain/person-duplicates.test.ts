import { describe, expect, it } from 'vitest';
import { DuplicateIndex, looksLikeSamePerson, possibleDuplicates, sameName, samePersonExactly } from './person-duplicates';

type Named = Parameters<typeof looksLikeSamePerson>[0];

/** A person with names `[given, family]` in English and Russian (either may be empty). */
const named = (en: [string, string], ru: [string, string] = ['', ''], partyId?: string): Named => ({
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
  ...(partyId ? { partyId } : {}),
});

describe('one name in two spellings', () => {
  it.each([
    ['Lavrov', 'Лавров'],
    ['Semyonov', 'Семёнов'],
    ['Semenov', 'Семёнов'],
    ['Fyodor', 'Фёдор'],
    ['Sergei', 'Sergey'],
    ['Kakharov', 'Kaharov'],
    ['Idrissov', 'Идрисов'],
    ['Dačić', 'Dacic'],
    ['Abdyldaev', 'Абдылдаев'],
    ['Jeenbekov', 'Жээнбеков'],
    ['Zheenbekov', 'Жээнбеков'],
    ['Sirodjiddin', 'Сироджиддин'],
    ['Sirojiddin', 'Сироҷиддин'],
    ['Hamrokhon', 'Ҳамрохон'],
    ['Qodiri', 'Қодирӣ'],
    // Kazakh and Kyrgyz letters of their own: ә ғ қ ң ө ұ ү һ і
    ['Tokayev', 'Тоқаев'],
    ['Nursultan', 'Нұрсұлтан'],
    ['Abilkasymova', 'Әбілқасымова'],
    ['Tileuberdi', 'Тілеуберді'],
    ['Omurbekova', 'Өмүрбекова'],
    ['Mirziyoyev', 'Мирзиёев'],
    ['Aleksandr', 'Alexander'],
    ['Petrov-Vodkin', 'Петров-Водкин'],
    ['Lukashenko', 'Лукашэнка'],
  ])('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Lavrov', 'Lavrenov'],
    ['Rahmon', 'Rahimov'],
    ['Aslov', 'Asadov'],
    ['Ivanov', 'Ivanova'],
    ['Petrov-Vodkin', 'Petrov'],
    ['Guest12', 'Guest13'],
    ['Crash1', 'Crash11'],
    ['', ''],
  ])('%s ≠ %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe('records that look like one person', () => {
  it('matches the same names in either language and across them', () => {
    expect(looksLikeSamePerson(named(['Sergey', 'Lavrov']), named(['', ''], ['Сергей', 'Лавров']))).toBe(true);
    expect(looksLikeSamePerson(named(['Sergei', 'LAVROV'], ['', ''], 'ru'), named(['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], 'ru'))).toBe(
      true,
    );
  });

  it('never matches records of two different states', () => {
    expect(looksLikeSamePerson(named(['Sergey', 'Lavrov'], ['', ''], 'ru'), named(['Sergey', 'Lavrov'], ['', ''], 'by'))).toBe(false);
    // A record without a state may be either.
    expect(looksLikeSamePerson(named(['Sergey', 'Lavrov']), named(['Sergey', 'Lavrov'], ['', ''], 'by'))).toBe(true);
  });

  it('takes an initial, or initials with the patronymic, as the given name they begin', () => {
    expect(looksLikeSamePerson(named(['A.', 'Kakharov']), named(['Abdurahmon', 'Kakharov']))).toBe(true);
    expect(looksLikeSamePerson(named(['', ''], ['С.В.', 'Лавров']), named(['Sergey', 'Lavrov']))).toBe(true);
    expect(looksLikeSamePerson(named(['', ''], ['С. В.', 'Лавров']), named(['Sergey', 'Lavrov']))).toBe(true);
    expect(looksLikeSamePerson(named(['', ''], ['Ю.', 'Лавров']), named(['Sergey', 'Lavrov']))).toBe(false);
  });

  it('reads a given name with a patronymic as the given name', () => {
    expect(looksLikeSamePerson(named(['', ''], ['Сергей Викторович', 'Лавров']), named(['Sergey', 'Lavrov']))).toBe(true);
    expect(looksLikeSamePerson(named(['', ''], ['Касым-Жомарт Кемелевич', 'Токаев']), named(['Kassym-Jomart', 'Tokayev']))).toBe(true);
  });

  it('tells apart two people of one family name with different given names', () => {
    expect(looksLikeSamePerson(named(['Erlan', 'Idrissov']), named(['Nurlan', 'Idrissov']))).toBe(false);
    expect(looksLikeSamePerson(named(['Erlan', 'Idrissov']), named(['Erlan', 'Abdyldaev']))).toBe(false);
  });

  it('lists every stored record that looks like the candidate, never the candidate itself', () => {
    const people = [
      { id: 'a', ...named(['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], 'ru') },
      { id: 'b', ...named(['Sirodjiddin', 'Aslov'], ['Сироджиддин', 'Аслов'], 'tj') },
      { id: 'c', ...named(['Sergei', 'Lavrov'], ['', ''], 'ru') },
    ];
    expect(possibleDuplicates({ id: 'c', ...named(['Sergei', 'Lavrov'], ['', ''], 'ru') }, people).map((p) => p.id)).toEqual(['a']);
    expect(possibleDuplicates(named(['', ''], ['Сироҷиддин', 'Аслов']), people).map((p) => p.id)).toEqual(['b']);
  });
});

describe('the same names exactly', () => {
  it('ignores case, ё/е, Latin accents and spaces, in either language', () => {
    expect(samePersonExactly(named(['Fyodor', 'Semyonov'], ['Фёдор', 'Семёнов']), named(['', ''], ['федор', ' семенов ']))).toBe(true);
    expect(samePersonExactly(named(['Ivica', 'Dačić']), named(['IVICA', 'Dacic']))).toBe(true);
  });

  it('is not fooled by a transliteration, an initial or another state', () => {
    expect(samePersonExactly(named(['Sergei', 'Lavrov']), named(['Sergey', 'Lavrov']))).toBe(false);
    expect(samePersonExactly(named(['S.', 'Lavrov']), named(['Sergey', 'Lavrov']))).toBe(false);
    expect(samePersonExactly(named(['Sergey', 'Lavrov'], ['', ''], 'ru'), named(['Sergey', 'Lavrov'], ['', ''], 'by'))).toBe(false);
  });
});

describe('the index of people by family name', () => {
  const people = [
    { id: 'lavrov', ...named(['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], 'ru') },
    { id: 'idrissov', ...named(['Erlan', 'Idrissov'], ['Ерлан', 'Идрисов'], 'kz') },
    { id: 'abdyldaev', ...named(['Erlan', 'Abdyldaev'], ['Эрлан', 'Абдылдаев'], 'kg') },
    { id: 'semyonov', ...named(['', ''], ['Фёдор', 'Семёнов'], 'ru') },
  ];
  const index = new DuplicateIndex(people);

  it('finds the same people as comparing with everyone', () => {
    const candidates = [
      named(['Sergei', 'Lavrov']),
      named(['Erlan', 'Idrisov']),
      named(['Erlan', 'Abdyldayev']),
      named(['Fedor', 'Semenov']),
      named(['Fyodor', 'Semyonov']),
      named(['Erlan', 'Abdildaev'], ['', ''], 'kg'),
      named(['Nurlan', 'Idrissov']),
      named(['', ''], ['Сергей', 'Лавренов']),
    ];
    for (const c of candidates) expect(index.lookalikes(c).map((p) => p.id)).toEqual(possibleDuplicates(c, people).map((p) => p.id));
    expect(index.lookalikes(named(['Fyodor', 'Semyonov'])).map((p) => p.id)).toEqual(['semyonov']);
    expect(index.lookalikes(named(['Erlan', 'Abdyldayev'])).map((p) => p.id)).toEqual(['abdyldaev']);
  });

  it('finds a long family name one slip away: a letter changed, added or two swapped', () => {
    const slips = new DuplicateIndex([
      { id: 'atamkulov', ...named(['Beibut', 'Atamkulov']) },
      { id: 'aidarbekov', ...named(['Chingiz', 'Aidarbekov']) },
      { id: 'muhriddin', ...named(['Sirodjiddin', 'Muhriddin']) },
    ]);
    expect(slips.lookalikes(named(['Beibut', 'Atamkolov'])).map((p) => p.id)).toEqual(['atamkulov']);
    expect(slips.lookalikes(named(['Chingiz', 'Aidarbekvo'])).map((p) => p.id)).toEqual(['aidarbekov']);
    expect(slips.lookalikes(named(['Sirodjiddin', 'Muhriddini'])).map((p) => p.id)).toEqual(['muhriddin']);
    expect(slips.lookalikes(named(['Sirodjiddin', 'Muhiddin'])).map((p) => p.id)).toEqual(['muhriddin']);
  });
});
