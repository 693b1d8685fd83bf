// Every visible string exists in English and Russian, with the same parameters, and the
// compiled messages (paraglide prints success even when it generated nothing) are real.
import { describe, expect, it } from 'vitest';
import { m } from './i18n';

// Messages are split by feature (messages/{locale}.json, messages/<feature>/{locale}.json). A
// message is a text, or (plurals) variants chosen by selectors over its inputs.
interface Variants {
  declarations: string[];
  selectors: string[];
  match: Record<string, string>;
}
type Message = string | Variants[];
type Files = Record<string, Record<string, Message>>;
const enFiles: Files = import.meta.glob('../../../i18n/messages/**/en.json', { eager: true, import: 'default' });
const ruFiles: Files = import.meta.glob('../../../i18n/messages/**/ru.json', { eager: true, import: 'default' });

function merge(files: Files): Record<string, Message> {
  const all: Record<string, Message> = {};
  for (const [file, content] of Object.entries(files)) {
    for (const [key, text] of Object.entries(content)) {
      if (key === '$schema') continue;
      if (key in all) throw new Error(`${key} is defined twice (again in ${file})`);
      all[key] = text;
    }
  }
  return all;
}
const en = merge(enFiles);
const ru = merge(ruFiles);
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '').sort();
/** Every text of a message (each variant of a plural). */
const texts = (message: Message | undefined): string[] =>
  message === undefined ? [] : typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
/** A message's inputs: its placeholders, or the inputs a plural declares. */
const params = (message: Message | undefined): string[] =>
  typeof message === 'string' || message === undefined
    ? placeholders(message ?? '')
    : message
        .flatMap((v) => v.declarations)
        .flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? [])
        .sort();
/** The plural selector of a message: the local it declares, and the input it counts. */
const pluralOf = (variants: Variants[]): { local: string; input: string } | undefined => {
  for (const d of variants.flatMap((v) => v.declarations)) {
    const found = /^local (\w+) = (\w+): plural$/.exec(d);
    if (found?.[1] && found[2]) return { local: found[1], input: found[2] };
  }
  return undefined;
};
/** What a message reads in `locale` for `inputs`, as the message format defines it (Intl plural rules). */
function expected(message: Message | undefined, locale: 'en' | 'ru', inputs: Record<string, unknown>): string {
  // A number local (`local countText = count: number`) reads as the language groups digits.
  const numbers = new Map(
    (typeof message === 'string' || message === undefined ? [] : message.flatMap((v) => v.declarations)).flatMap((d) => {
      const found = /^local (\w+) = (\w+): number$/.exec(d);
      return found?.[1] && found[2] ? [[found[1], found[2]] as const] : [];
    }),
  );
  const value = (name: string): string => {
    const input = numbers.get(name);
    return input === undefined ? String(inputs[name]) : new Intl.NumberFormat(locale).format(Number(inputs[input]));
  };
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  if (typeof message === 'string' || message === undefined) return fill(message ?? '');
  const plural = pluralOf(message);
  const variant = message[0];
  if (!plural || !variant) throw new Error('a message with variants but no plural selector');
  const category = new Intl.PluralRules(locale).select(Number(inputs[plural.input]));
  return fill(
    variant.match[`${plural.local}=${category}`] ?? variant.match[`${plural.local}=other`] ?? variant.match[`${plural.local}=*`] ?? '',
  );
}

describe('messages', () => {
  it('has one file per language for every feature', () => {
    expect(
      Object.keys(ruFiles)
        .map((f) => f.replace('/ru.json', ''))
        .sort(),
    ).toEqual(
      Object.keys(enFiles)
        .map((f) => f.replace('/en.json', ''))
        .sort(),
    );
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(50);
  });

  it.each(Object.keys(en))('%s: non-empty, same parameters, translated', (key) => {
    for (const text of [...texts(en[key]), ...texts(ru[key])]) expect(text.trim()).not.toBe('');
    expect(texts(en[key]).length).toBeGreaterThan(0);
    expect(texts(ru[key]).length).toBeGreaterThan(0);
    expect(params(ru[key])).toEqual(params(en[key]));
  });

  it('compiles every message for both languages', () => {
    const compiled = m as unknown as Record<string, (inputs: Record<string, unknown>, options: { locale: 'en' | 'ru' }) => string>;
    for (const key of Object.keys(en)) {
      const fn = compiled[key];
      expect(typeof fn, key).toBe('function');
      const message = en[key];
      if (typeof message === 'string') {
        const inputs = Object.fromEntries(params(message).map((p) => [p, `«${p}»`]));
        expect(fn?.(inputs, { locale: 'en' })).toBe(expected(en[key], 'en', inputs));
        expect(fn?.(inputs, { locale: 'ru' })).toBe(expected(ru[key], 'ru', inputs));
        continue;
      }
      // A plural: every category of both languages (1, 2, 5, 21, 1.5 cover Russian's one, few, many, other).
      for (const count of [0, 1, 2, 5, 21, 1.5]) {
        const inputs = Object.fromEntries(params(message).map((p) => [p, count]));
        expect(fn?.(inputs, { locale: 'en' }), `${key} ${count}`).toBe(expected(en[key], 'en', inputs));
        expect(fn?.(inputs, { locale: 'ru' }), `${key} ${count}`).toBe(expected(ru[key], 'ru', inputs));
      }
    }
  });

  it('reads "1 row" and "2 rows" through the plural rules, not a fixed form', () => {
    expect(m.merge_record_sessions({ count: 1 }, { locale: 'en' })).toBe('Session');
    expect(m.merge_record_sessions({ count: 3 }, { locale: 'en' })).toBe('Sessions');
    expect(m.merge_record_sessions({ count: 1 }, { locale: 'ru' })).toBe('Заседание');
    expect(m.merge_record_sessions({ count: 5 }, { locale: 'ru' })).toBe('Заседания');
  });

  it('groups the digits of a count as each language does: 10,000 in English, 10 000 in Russian', () => {
    expect(m.people_count({ count: 10_000 }, { locale: 'en' })).toBe('10,000 persons');
    expect(m.people_count({ count: 10_000 }, { locale: 'ru' })).toBe('Лиц: 10\u00a0000');
    expect(m.dashboard_overdue({ count: 1234 }, { locale: 'ru' })).toBe('Просрочено (1\u00a0234)');
  });

  it('keeps Russian text Russian (at least one Cyrillic letter in each user-facing sentence)', () => {
    const untranslated = Object.entries(ru)
      .flatMap(([key, message]) => texts(message).map((text) => [key, text.replace(/\{\w+\}/g, '')] as const))
      .filter(([, text]) => /[a-z]{4,}/i.test(text) && !/[а-яё]/i.test(text));
    expect(untranslated).toEqual([]);
  });
});
