// The first step of the start: the database opens, and the year the window showed when it was
// last open starts being read. start.ts imports this module before anything else, so that its
// body runs as soon as the code it needs (Dexie, the data layer) has been evaluated: IndexedDB
// opens the database while the browser evaluates the rest of the start (the workspace and the
// first screen's code), instead of after it. boot.ts carries the start on from here.
import { createStore, openDatabase, setStore, type Store } from '../db';
import { prepareTimeZones } from '../domain/time';
import { app } from '../state/app.svelte';
import { openYear } from '../state/open-year.svelte';

/** The database opened (not yet the writer named: see adoptReplica), or why it could not be. */
export const opening: Promise<Store> = openAtStart();

async function openAtStart(): Promise<Store> {
  const opened = createStore();
  const open = openDatabase(opened, () => (app.phase = 'reload'));
  // Dexie holds the reads asked for before the database is open, and makes them as it opens:
  // the hinted year's goes first, ahead of the settings', and its query (the year's days in
  // its home zone) is worked out while the database opens.
  setStore(opened);
  followHintedYear();
  prepareTimeZones();
  await open;
  return opened;
}

/**
 * The year the window showed when it was last open (the start hint's): its read starts with the
 * database's opening, so that the first screen finds its rows read or on their way rather than
 * asking for them once the settings have named the chairmanship.
 */
function followHintedYear(): void {
  const hinted = app.banner;
  if (hinted?.organizationId && hinted.firstDay && hinted.lastDay && hinted.homeTimeZone) {
    const { organizationId, firstDay, lastDay, homeTimeZone } = hinted;
    openYear.follow({ organizationId, firstDay, lastDay, homeTimeZone });
  }
}
