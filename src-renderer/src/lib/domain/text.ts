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
