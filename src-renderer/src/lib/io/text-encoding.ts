// Which encoding a text file is in, for the tables people import (CSV). Files reach the desk
// from Russian Excel (windows-1251), old Unix and mail systems (KOI8-R), Windows "Unicode text"
// (UTF-16, little-endian, usually with a byte-order mark) and everything else (UTF-8). The
// browser's TextDecoder reads all five; this module only decides which one to ask for:
//   1. a byte-order mark names the encoding;
//   2. NUL bytes: no 8-bit text has them, while UTF-16 has one in every code unit of a Latin
//      letter, digit, delimiter or line break: the side they fall on tells little- from big-endian;
//   3. bytes that decode as strict UTF-8 are UTF-8 (a Cyrillic text in an 8-bit code page is
//      almost never valid UTF-8);
//   4. otherwise windows-1251 or KOI8-R, whichever reads more like Russian (see `russianScore`).
//      When the two are close the answer is marked unsure and the import dialog asks the user.
// `looksGarbled` catches what a wrong choice (the user's, or a close guess) makes of a name, so
// that a garbled row is never offered as ready.

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** False when the choice between the two Cyrillic code pages was close. */
  sure: boolean;
}

export function isTextEncoding(value: string): value is TextEncodingName {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

/** The text of `bytes` in `encoding`; a byte-order mark of that encoding is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(bytes);
}

// Approximate letter frequencies of Russian text, per cent (ё counted apart from е).
const RUSSIAN_FREQUENCY: Record<string, number> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};

const isUpperCyrillic = (ch: string): boolean => /[А-ЯЁ]/.test(ch);
const isLowerCyrillic = (ch: string): boolean => /[а-яё]/.test(ch);

/**
 * How much a text reads like Russian. Windows-1251 and KOI8-R put the same letters on
 * different bytes (KOI8-R orders them after the Latin alphabet: its "о" is windows-1251's
 * "П"), and each puts lower case where the other puts capitals. So reading one as the other
 * (1) turns frequent letters into rare ones and (2) turns "Лавров" into "мАЧТПЧ", a capital
 * after a small letter inside a word, which Russian writing never has; and KOI8-R has box-drawing
 * characters where windows-1251 has "ё" and punctuation, which no table of names holds. The
 * score adds each letter's frequency and takes 10 off for every such capital and every
 * box-drawing character; the right reading scores higher.
 */
export function russianScore(text: string): number {
  let score = 0;
  let previous = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    score += RUSSIAN_FREQUENCY[lower] ?? 0;
    if (isUpperCyrillic(ch) && isLowerCyrillic(previous)) score -= 10;
    if (ch >= '\u2500' && ch <= '\u259f') score -= 10;
    previous = ch;
  }
  return score;
}

function utf16Endianness(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 8192) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  // A line of a table has delimiters and a line break at least: a tenth of its code units.
  const units = length / 2;
  if (Math.max(evenZeros, oddZeros) < units / 10) return undefined;
  return oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be';
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function detectEncoding(bytes: Uint8Array): DecodedText {
  const found = (encoding: TextEncodingName, sure = true): DecodedText => ({ text: decodeAs(bytes, encoding), encoding, sure });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return found('utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return found('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return found('utf-16be');
  const utf16 = utf16Endianness(bytes);
  if (utf16) return found(utf16);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', sure: true };
  const cp1251 = decodeAs(bytes, 'windows-1251');
  const koi8 = decodeAs(bytes, 'koi8-r');
  const [a, b] = [russianScore(cp1251), russianScore(koi8)];
  // Windows-1251 when nothing tells them apart: it is what Russian Excel saves.
  const best = b > a ? b : a;
  const other = b > a ? a : b;
  const sure = best > 0 && best >= 2 * Math.max(other, 0);
  return b > a ? { text: koi8, encoding: 'koi8-r', sure } : { text: cp1251, encoding: 'windows-1251', sure };
}

// What windows-1251 makes of the second byte of a UTF-8 Cyrillic letter (0x80-0xBF), after
// the "Р" or "С" it makes of the first (0xD0, 0xD1): "Лавров" in UTF-8 read as windows-1251
// is "Р›Р°РІСЂРѕРІ".
const CP1251_CONTINUATION = new Set(
  decodeAs(
    Uint8Array.from({ length: 64 }, (_, i) => 0x80 + i),
    'windows-1251',
  ),
);

/**
 * Whether a cell reads as a wrong decoding rather than a name: the replacement character,
 * control characters, box-drawing characters (KOI8-R's upper half read as such), a small
 * letter followed by two capitals inside a Cyrillic word (windows-1251 and KOI8-R read as each
 * other: "мАЧТПЧ"), two or more UTF-8 pairs read as windows-1251 ("Р›Р°"), or UTF-16 read
 * with the wrong byte order (most characters at U+xx00 or U+xx04: the Latin and Cyrillic
 * blocks with their bytes swapped).
 */
export function looksGarbled(text: string): boolean {
  // Code points, not code units (a lone surrogate of a broken UTF-16 file counts as one).
  const chars = Array.from(text);
  const controlOrBox = (code: number): boolean =>
    code === 0xfffd ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x2500 && code <= 0x259f);
  if (chars.some((ch) => controlOrBox(ch.codePointAt(0) ?? 0))) return true;
  if (/[а-яё][А-ЯЁ]{2}/u.test(text)) return true;
  let pairs = 0;
  for (let i = 1; i < chars.length; i++) {
    if ((chars[i - 1] === 'Р' || chars[i - 1] === 'С') && CP1251_CONTINUATION.has(chars[i] ?? '')) pairs++;
  }
  if (pairs >= 2) return true;
  const swapped = chars.filter((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code > 0x2ff && ((code & 0xff) === 0x00 || (code & 0xff) === 0x04);
  }).length;
  return chars.length >= 2 && swapped * 2 >= chars.length;
}
