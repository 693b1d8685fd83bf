// Starting, opening and switching chairmanships.
import type { Chairmanship, Text } from '../domain/types';
import { isValidTimeZone } from '../domain/time';
import { validateChairmanship, type ChairmanshipDraft } from '../domain/chairmanship-rules';
import { store } from '../db';
import { ValidationError } from '../db/errors';
import { SettingKey } from '../db/settings';
import { app } from '../state/app.svelte';
import { locale } from '../state/locale.svelte';

export async function openExampleYear(): Promise<void> {
  // The example year is data only a first run needs: loaded when asked for.
  const { loadExampleYear } = await import('../example/load');
  const { chairmanshipId } = await loadExampleYear(store());
  await switchChairmanship(chairmanshipId);
}

export async function startChairmanship(draft: ChairmanshipDraft): Promise<void> {
  const errors = validateChairmanship(draft);
  if (errors.length) throw new ValidationError(errors);
  // Typed in one language: stored in that one, shown in the other by fallback until translated.
  const text = (value: string): Text => (locale.lang === 'ru' ? { en: '', ru: value.trim() } : { en: value.trim(), ru: '' });
  const created = await store().chairmanships.add({
    organization: { name: text(draft.organizationName), acronym: text(draft.organizationAcronym) },
    chairState: text(draft.chairState),
    year: draft.year,
    homeTimeZone: draft.homeTimeZone,
    example: 0,
  });
  await switchChairmanship(created.id);
}

export async function switchChairmanship(id: string): Promise<void> {
  await store().settings.set(SettingKey.currentChairmanship, id);
  app.chairmanshipId = id;
}

/** Changes the chairmanship's home time zone (the second clock everywhere). */
export async function setHomeTimeZone(base: Chairmanship, zone: string): Promise<void> {
  if (!isValidTimeZone(zone)) throw new ValidationError([{ field: 'homeTimeZone', code: 'unknown-zone' }]);
  await store().chairmanships.update(base, { homeTimeZone: zone });
}
