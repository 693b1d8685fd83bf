import type { Lang } from '../domain/text';
import { store } from '../db';
import { SettingKey } from '../db/settings';
import { platform } from '../platform';
import { locale } from '../state/locale.svelte';

/** Switches the UI language live, remembers it, and tells the desktop menu. */
export async function setLanguage(lang: Lang): Promise<void> {
  locale.lang = lang;
  document.documentElement.lang = lang;
  await store().settings.set(SettingKey.locale, lang);
  await platform().setLocale(lang);
}
