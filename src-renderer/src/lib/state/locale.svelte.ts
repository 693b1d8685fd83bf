// The UI language as Svelte state. Paraglide's message functions read it through
// `overwriteGetLocale`, so every `m.*()` in a template re-renders when it changes, without
// the page reload paraglide's default `setLocale` would do.
import { overwriteGetLocale, overwriteSetLocale } from '$i18n/runtime.js';
import type { Lang } from '../domain/text';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}

/** The language of the system, for a user who has not chosen one. */
export function systemLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.startsWith('ru') ? 'ru' : 'en';
}

class LocaleState {
  lang = $state<Lang>(systemLang());
}

export const locale = new LocaleState();

overwriteGetLocale(() => locale.lang);
overwriteSetLocale((next) => {
  if (isLang(next)) locale.lang = next;
});
