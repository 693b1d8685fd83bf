// Plausible bilingual names for the large archive: Russian forms with a transliteration.
import type { Random } from './random';

const GIVEN: [string, string][] = [
  ['Алексей', 'Aleksei'],
  ['Андрей', 'Andrei'],
  ['Артём', 'Artyom'],
  ['Бахтиёр', 'Bakhtiyor'],
  ['Владимир', 'Vladimir'],
  ['Гульнара', 'Gulnara'],
  ['Давлат', 'Davlat'],
  ['Дмитрий', 'Dmitry'],
  ['Екатерина', 'Yekaterina'],
  ['Ерлан', 'Yerlan'],
  ['Жанна', 'Zhanna'],
  ['Зарина', 'Zarina'],
  ['Игорь', 'Igor'],
  ['Карина', 'Karina'],
  ['Лейла', 'Leila'],
  ['Манучехр', 'Manuchehr'],
  ['Наталья', 'Natalya'],
  ['Олег', 'Oleg'],
  ['Парвиз', 'Parviz'],
  ['Рустам', 'Rustam'],
  ['Сергей', 'Sergei'],
  ['Тимур', 'Timur'],
  ['Фаррух', 'Farrukh'],
  ['Хуршед', 'Khurshed'],
  ['Шахло', 'Shakhlo'],
  ['Ӯктам', 'Uktam'],
  ['Ҷамшед', 'Jamshed'],
  ['Қодир', 'Qodir'],
  ['Ғайрат', 'Ghairat'],
  ['Ҳасан', 'Hasan'],
  ['Арам', 'Aram'],
  ['Анаит', 'Anahit'],
  ['Айгуль', 'Aigul'],
  ['Нурлан', 'Nurlan'],
  ['Олжас', 'Olzhas'],
];

const FAMILY: [string, string][] = [
  ['Иванов', 'Ivanov'],
  ['Петросян', 'Petrosyan'],
  ['Нурланов', 'Nurlanov'],
  ['Рахимов', 'Rakhimov'],
  ['Саидов', 'Saidov'],
  ['Ковалёв', 'Kovalyov'],
  ['Абдуллаев', 'Abdullaev'],
  ['Каримова', 'Karimova'],
  ['Жумабеков', 'Zhumabekov'],
  ['Саргсян', 'Sargsyan'],
  ['Лукашевич', 'Lukashevich'],
  ['Шарипов', 'Sharipov'],
  ['Исмоилов', 'Ismoilov'],
  ['Мирзоев', 'Mirzoev'],
  ['Ахмедова', 'Akhmedova'],
  ['Ёдгоров', 'Yodgorov'],
  ['Қурбонов', 'Qurbonov'],
  ['Ҳамроев', 'Hamroev'],
  ['Сулаймонов', 'Sulaimonov'],
  ['Токтогулов', 'Toktogulov'],
  ['Беляев', 'Belyaev'],
  ['Орлова', 'Orlova'],
  ['Гаспарян', 'Gasparyan'],
  ['Есенов', 'Yesenov'],
  ['Давлетова', 'Davletova'],
];

export function personNames(random: Random): { en: { given: string; family: string }; ru: { given: string; family: string } } {
  const [givenRu, givenEn] = random.pick(GIVEN);
  const [familyRu, familyEn] = random.pick(FAMILY);
  return { en: { given: givenEn, family: familyEn }, ru: { given: givenRu, family: familyRu } };
}
