// Every visible string exists in English and Russian, with the same parameters, and the
// compiled messages (paraglide prints success even when it generated nothing) are real.
import { describe, expect, it } from 'vitest';
import { m } from './i18n';
import enFile from '../../i18n/messages/en.json';
import ruFile from '../../i18n/messages/ru.json';

const messages = (file: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(file).filter(([key]) => key !== '$schema'));
const en = messages(enFile);
const ru = messages(ruFile);
const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '').sort();

describe('messages', () => {
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
    const untranslated = Object.entries(ru).filter(([, text]) => /[a-z]{4,}/i.test(text) && !/[а-яё]/i.test(text));
    expect(untranslated).toEqual([]);
  });
});
