// Start-up: open the database (or explain why it cannot be opened), then restore the
// language and the chairmanship the user had open.
import { createStore, openStore, setStore, store } from '../db';
import { DatabaseOpenError } from '../db/errors';
import { isString, SettingKey } from '../db/settings';
import { platform } from '../platform';
import { prepareTimeZones } from '../domain/time';
import { app } from '../state/app.svelte';
import { afterFirstScreen } from '../state/first-screen';
import { readChairmanships } from '../db/read-models';
import { openChairmanship } from './chairmanship';
// A hint of another chairmanship (changed in another window, restored): its year was read for nothing.
if (app.banner && app.banner.id !== app.chairmanshipId) openYear.stop();
import { globalSearch } from '../state/global-search.svelte';
import { openYear } from '../state/open-year.svelte';
import { isLang, locale, systemLang } from '../state/locale.svelte';
import { bannerOf, rememberStart } from '../state/start-hint.svelte';
import { handleError } from './handle-error';

export async function startApp(databaseName?: string): Promise<void> {
  try {
    const opening = openStore(createStore(databaseName), () => (app.phase = 'reload'));
    // While the database opens (the page shows index.html's frame of the shell, or the shell
    // drawn from the start hint, meanwhile): the first screen's query needs the year in the
    // home zone.
    prepareTimeZones();
    setStore(await opening);
    globalSearch.attach(store().db.name);
    followHintedYear();
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
  const { settings } = store();
  // Read together: the chairmanships and organizations are a row a year, cheaper to read whole
  // than to fetch the one the settings name after reading them.
  const [lang, current, all] = await Promise.all([
    // Not the start hint's language: a user who never chose one follows the system's.
    settings.get(SettingKey.locale, systemLang(), isLang),
    settings.get<string | null>(SettingKey.currentChairmanship, null, isString),
    readChairmanships(store()),
  ]);
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

/**
 * The year the window showed when it was last open (the start hint's): its read starts now,
 * beside the settings', so that the first screen finds its rows read or on their way rather
 * than asking for them once the settings have named the chairmanship.
 */
function followHintedYear(): void {
  const hinted = app.banner;
  if (hinted?.organizationId && hinted.firstDay && hinted.lastDay && hinted.homeTimeZone) {
    const { organizationId, firstDay, lastDay, homeTimeZone } = hinted;
    openYear.follow({ organizationId, firstDay, lastDay, homeTimeZone });
  }
}
