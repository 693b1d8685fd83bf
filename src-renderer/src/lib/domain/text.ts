// Bilingual data shown in the UI language, falling back to the other language.
import type { Lang, PersonName, Text } from './types';

export type { Lang };

export function pickText(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  const preferred = text[lang].trim();
  if (preferred) return preferred;
  return text[lang === 'en' ? 'ru' : 'en'].trim();
}

export function emptyText(): Text {
  return { en: '', ru: '' };
}

export function hasText(text: Text | undefined): boolean {
  return !!text && (text.en.trim() !== '' || text.ru.trim() !== '');
}

/** "Given Family", in the UI language with a fallback to the other. */
export function personName(
  names: { en: PersonName; ru: PersonName },
  lang: Lang,
  order: 'given-family' | 'family-given' = 'given-family',
): string {
  const chosen = names[lang].family.trim() || names[lang].given.trim() ? names[lang] : names[lang === 'en' ? 'ru' : 'en'];
  const given = chosen.given.trim();
  const family = chosen.family.trim();
  if (order === 'family-given') return given ? `${family.toLocaleUpperCase(lang)}, ${given}` : family.toLocaleUpperCase(lang);
  return [given, family].filter(Boolean).join(' ');
}

// Cyrillic and Cyrillic Supplement: Russian, and the Tajik letters ӣ ӯ ҳ қ ғ ҷ.
const CYRILLIC = /[\u0400-\u052f]/u;

/**
 * One-language text of an earlier version made bilingual: written in Cyrillic letters it is
 * the Russian text, otherwise the English; the other language stays empty.
 */
export function textByScript(value: string): Text {
  return CYRILLIC.test(value) ? { en: '', ru: value } : { en: value, ru: '' };
}

/** A text written by the app in each language (a note it adds, a label it prints). */
export function inBoth(write: (lang: Lang) => string): Text {
  return { en: write('en'), ru: write('ru') };
}

/** A bilingual text with both sides trimmed; undefined when both are empty (an optional field left blank). */
export function trimmedText(text: Text | undefined): Text | undefined {
  if (!text) return undefined;
  const trimmed = { en: text.en.trim(), ru: text.ru.trim() };
  return trimmed.en || trimmed.ru ? trimmed : undefined;
}

/** Whether a text is shown in the other language: empty in `lang`, written in the other. */
export function fellBack(text: Text | undefined, lang: Lang): boolean {
  return !!text && text[lang].trim() === '' && text[lang === 'en' ? 'ru' : 'en'].trim() !== '';
}

/** A person's name as written in each language ("Given Family"), empty where not written: no fallback. */
export function namesText(names: { en: PersonName; ru: PersonName }): Text {
  const write = (name: PersonName): string => [name.given.trim(), name.family.trim()].filter(Boolean).join(' ');
  return { en: write(names.en), ru: write(names.ru) };
}

/** A field a document prints: what it is called, and the text printed in it. */
export interface PrintedField<Label> {
  label: Label;
  text: Text | undefined;
}

/**
 * The fields of a document printed in the other language, each with the text printed, in the
 * document's order; the same text printed twice (a title in the heading and in a table) is one field.
 */
export function fallbackFields<Label>(fields: Iterable<PrintedField<Label>>, lang: Lang): { label: Label; shown: string }[] {
  const found: { label: Label; shown: string }[] = [];
  const seen = new Set<Text>();
  for (const { label, text } of fields) {
    if (!text || seen.has(text) || !fellBack(text, lang)) continue;
    seen.add(text);
    found.push({ label, shown: pickText(text, lang) });
  }
  return found;
}
