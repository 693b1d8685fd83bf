// Every visible string exists in English and Russian, with the same parameters, and the
// compiled messages (paraglide prints success even when it generated nothing) are real.
import { describe, expect, it } from 'vitest';
import { m } from './i18n';

// Messages are split by feature (messages/{locale}.json, messages/<feature>/{locale}.json).
type Files = Record<string, Record<string, string>>;
const enFiles: Files = import.meta.glob('../../../i18n/messages/**/en.json', { eager: true, import: 'default' });
const ruFiles: Files = import.meta.glob('../../../i18n/messages/**/ru.json', { eager: true, import: 'default' });

function merge(files: Files): Record<string, string> {
  const all: Record<string, string> = {};
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
const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '').sort();

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
    expect(en[key]?.trim()).not.toBe('');
    expect(ru[key]?.trim()).not.toBe('');
    expect(params(ru[key] ?? '')).toEqual(params(en[key] ?? ''));
  });

  it('compiles every message for both languages', () => {
    const compiled = m as unknown as Record<string, (inputs: Record<string, unknown>, options: { locale: 'en' | 'ru' }) => string>;
    for (const key of Object.keys(en)) {
      const fn = compiled[key];
      expect(typeof fn, key).toBe('function');
      const inputs = Object.fromEntries(params(en[key] ?? '').map((p) => [p, `«${p}»`]));
      expect(fn?.(inputs, { locale: 'en' })).toBe((en[key] ?? '').replace(/\{(\w+)\}/g, '«$1»'));
      expect(fn?.(inputs, { locale: 'ru' })).toBe((ru[key] ?? '').replace(/\{(\w+)\}/g, '«$1»'));
    }
  });

  it('keeps Russian text Russian (at least one Cyrillic letter in each user-facing sentence)', () => {
    const untranslated = Object.entries(ru)
      .map(([key, text]) => [key, text.replace(/\{\w+\}/g, '')] as const)
      .filter(([, text]) => /[a-z]{4,}/i.test(text) && !/[а-яё]/i.test(text));
    expect(untranslated).toEqual([]);
  });
});
