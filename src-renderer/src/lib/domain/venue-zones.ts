// A venue city suggests its time zone (the session dialog's default), from a table of the
// cities a chairmanship of this region meets in, and from the sessions already planned.
const CITY_ZONES: Record<string, string> = {
  dushanbe: 'Asia/Dushanbe',
  душанбе: 'Asia/Dushanbe',
  khujand: 'Asia/Dushanbe',
  худжанд: 'Asia/Dushanbe',
  moscow: 'Europe/Moscow',
  москва: 'Europe/Moscow',
  'saint petersburg': 'Europe/Moscow',
  'санкт-петербург': 'Europe/Moscow',
  minsk: 'Europe/Minsk',
  минск: 'Europe/Minsk',
  yerevan: 'Asia/Yerevan',
  ереван: 'Asia/Yerevan',
  almaty: 'Asia/Almaty',
  алматы: 'Asia/Almaty',
  astana: 'Asia/Almaty',
  астана: 'Asia/Almaty',
  bishkek: 'Asia/Bishkek',
  бишкек: 'Asia/Bishkek',
  'cholpon-ata': 'Asia/Bishkek',
  'чолпон-ата': 'Asia/Bishkek',
  'new york': 'America/New_York',
  'нью-йорк': 'America/New_York',
  vienna: 'Europe/Vienna',
  вена: 'Europe/Vienna',
  belgrade: 'Europe/Belgrade',
  белград: 'Europe/Belgrade',
  geneva: 'Europe/Zurich',
  женева: 'Europe/Zurich',
  beijing: 'Asia/Shanghai',
  пекин: 'Asia/Shanghai',
  tashkent: 'Asia/Tashkent',
  ташкент: 'Asia/Tashkent',
};

export function zoneForCity(city: string, known: ReadonlyMap<string, string> = new Map()): string | undefined {
  const key = city.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');
  return key ? (known.get(key) ?? CITY_ZONES[key]) : undefined;
}
