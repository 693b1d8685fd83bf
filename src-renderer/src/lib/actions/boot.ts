// Start-up, once the database is opening (./opening.ts): explain why it cannot be opened, or
// name this copy as the writer and restore the language and the chairmanship the user had open.
import { adoptReplica, type Store } from '../db';
import type { ChairmanshipView } from '../domain/types';
import type { Lang } from '../domain/text';
import { DatabaseOpenError } from '../db/errors';
import { isString, SettingKey } from '../db/settings';
import { platform } from '../platform';
import { app } from '../state/app.svelte';
import { afterFirstScreen } from '../state/first-screen';
import { readChairmanships } from '../db/read-models';
import { openChairmanship } from './chairmanship';
import { globalSearch } from '../state/global-search.svelte';
import { openYear } from '../state/open-year.svelte';
import { isLang, locale, systemLang } from '../state/locale.svelte';
import { bannerOf, rememberStart } from '../state/start-hint.svelte';
import { handleError } from './handle-error';

export async function startApp(opening: Promise<Store>): Promise<void> {
  let store: Store;
  let lang: Lang;
  let current: string | null;
  let all: ChairmanshipView[];
  try {
    store = await opening;
    globalSearch.attach(store.db.name);
    // Read together, and beside the year the start hint named: the chairmanships and
    // organizations are a row a year, cheaper to read whole than to fetch the one the settings
    // name after reading them. Nothing writes before the writer is named: the screens that
    // edit come once the start is over.
    [, lang, current, all] = await Promise.all([
      adoptReplica(store),
      // Not the start hint's language: a user who never chose one follows the system's.
      store.settings.get(SettingKey.locale, systemLang(), isLang),
      store.settings.get<string | null>(SettingKey.currentChairmanship, null, isString),
      readChairmanships(store),
    ]);
  } catch (error) {
    app.failure =
      error instanceof DatabaseOpenError
        ? { reason: error.reason, detail: error.detail }
        : { reason: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
    app.phase = 'failed';
    return;
  }
  // The safety net (snapshots, with the backup writer) loads once the first screen has its data.
  void afterFirstScreen(3_000)
    .then(() => import('../backup/actions/snapshots'))
    .then(({ startSafetyNet }) => startSafetyNet(handleError))
    .catch(handleError);
  locale.lang = lang;
  document.documentElement.lang = lang;
  void platform()
    .setLocale(lang)
    .catch(() => undefined);
  app.openedChairmanship = all.find((c) => c.id === current);
  openChairmanship(app.openedChairmanship ?? null);
  // A hint of another chairmanship (changed in another window, restored): its year was read for nothing.
  if (app.banner && app.banner.id !== app.chairmanshipId) openYear.stop();
  app.banner = app.openedChairmanship ? bannerOf(app.openedChairmanship) : null;
  rememberStart();
  // The row stands in for the chairmanship while the first screen opens, no longer: a change
  // made later (a new home zone, a restore) must not be shown from it.
  void afterFirstScreen(3_000).then(() => (app.openedChairmanship = undefined));
  app.phase = 'ready';
}
