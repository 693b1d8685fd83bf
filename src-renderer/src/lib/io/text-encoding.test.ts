// The bytes are written by iconv (glibc's converter, independent of the browser's TextDecoder
// that the code reads them with), so each test holds a file as another program saves it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { decodeAs, detectEncoding, looksGarbled, russianScore, type TextEncodingName } from './text-encoding';

const ICONV_NAME: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1251': 'CP1251',
  'koi8-r': 'KOI8-R',
};
function encode(text: string, encoding: TextEncodingName, bom = false): Uint8Array {
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', ICONV_NAME[encoding]], { input: Buffer.from(text, 'utf8') });
  const mark = !bom ? [] : encoding === 'utf-16le' ? [0xff, 0xfe] : encoding === 'utf-16be' ? [0xfe, 0xff] : [0xef, 0xbb, 0xbf];
  return Uint8Array.from([...mark, ...bytes]);
}

const TABLE = 'Фамилия;Имя;Страна\r\nЛавров;Сергей;Россия\r\nСемёнов;Фёдор;Беларусь\r\nАслов;Сироджиддин;Таджикистан\r\n';
const SHOUTED = 'ФАМИЛИЯ;ИМЯ\r\nЛАВРОВ;Сергей\r\nШОЙГУ;Сергей\r\n';
const SHORT = 'Фамилия,Имя\nЛи,Ян\n';

describe('detecting a text file’s encoding', () => {
  it.each(['windows-1251', 'koi8-r'] as const)(
    'tells %s apart from the other Cyrillic code page by how Russian the text reads',
    (encoding) => {
      for (const text of [TABLE, SHOUTED, SHORT]) {
        const found = detectEncoding(encode(text, encoding));
        expect(found.encoding).toBe(encoding);
        expect(found.text).toBe(text);
      }
      expect(detectEncoding(encode(TABLE, encoding)).sure).toBe(true);
    },
  );

  it.each([
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['utf-16be', false],
    ['utf-8', true],
    ['utf-8', false],
  ] as const)('reads %s (byte-order mark: %s)', (encoding, bom) => {
    const found = detectEncoding(encode(TABLE, encoding, bom));
    expect(found).toEqual({ text: TABLE, encoding, sure: true });
  });

  it('scores the right reading of each code page above the wrong one', () => {
    const koi8 = encode(TABLE, 'koi8-r');
    expect(russianScore(decodeAs(koi8, 'koi8-r'))).toBeGreaterThan(2 * russianScore(decodeAs(koi8, 'windows-1251')));
    const cp1251 = encode(SHOUTED, 'windows-1251');
    expect(russianScore(decodeAs(cp1251, 'windows-1251'))).toBeGreaterThan(russianScore(decodeAs(cp1251, 'koi8-r')));
  });

  it('parses a KOI8-R and a UTF-16 CSV into the same table as its UTF-8 original', () => {
    const original = parseCsv(encode(TABLE, 'utf-8'));
    for (const [encoding, bom] of [
      ['koi8-r', false],
      ['utf-16le', true],
      ['utf-16be', false],
    ] as const) {
      const parsed = parseCsv(encode(TABLE, encoding, bom));
      expect(parsed).toMatchObject({ encoding, header: original.header, rows: original.rows, delimiter: ';' });
    }
  });

  it('reads a file in the encoding the user chose, even a wrong one', () => {
    const parsed = parseCsv(encode(TABLE, 'koi8-r'), 'windows-1251');
    expect(parsed.encoding).toBe('windows-1251');
    expect(parsed.rows[0]?.[0]).not.toBe('Лавров');
  });
});

describe('a name read in the wrong encoding', () => {
  const NAMES = ['Лавров', 'Семёнов', 'Шойгу', 'Сироджиддин', 'Мухаммад'];
  const wrongReadings: [TextEncodingName, TextEncodingName][] = [
    ['koi8-r', 'windows-1251'],
    ['windows-1251', 'koi8-r'],
    ['utf-8', 'windows-1251'],
    ['utf-8', 'koi8-r'],
    ['utf-16le', 'utf-16be'],
    ['utf-16be', 'utf-16le'],
    ['utf-16le', 'windows-1251'],
  ];

  it.each(wrongReadings)('looks garbled when %s bytes are read as %s', (written, read) => {
    for (const name of NAMES) expect(looksGarbled(decodeAs(encode(name, written), read)), `${name} ${written}→${read}`).toBe(true);
  });

  it('does not when read right, in Russian, Tajik, Latin with diacritics or capitals', () => {
    for (const name of [...NAMES, 'ЛАВРОВ', 'Раҳмон', 'Қодирӣ', 'Çavuşoğlu', 'McDonald', 'МакКартни', 'Jiang Zemin', 'РІВНЕ'])
      expect(looksGarbled(name), name).toBe(false);
  });
});
