// The floor of the app's stack: Svelte and Dexie, the year's sessions read by a live query. The
// time the database takes to open is measured apart (chairdesk:floor-open).
import { liveQuery } from 'dexie';
import { ChairdeskDB } from '../../../src-renderer/src/lib/db/db';
import { from, mountFloor, to } from './rows.svelte';

const db = new ChairdeskDB();
mountFloor((show) => {
  const asked = performance.now();
  void db.open().then(() => performance.measure('chairdesk:floor-open', { start: asked }));
  liveQuery(() => db.sessions.where('startUtc').between(from, to).toArray()).subscribe(show);
});
