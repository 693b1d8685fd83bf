// The floor of the platform: Svelte and IndexedDB's own interface, no Dexie. The time the
// database takes to open is measured apart (chairdesk:floor-open).
import { from, mountFloor, to, type Row } from './rows.svelte';

mountFloor((show) => {
  const asked = performance.now();
  const opening = indexedDB.open('chairdesk');
  opening.onsuccess = () => {
    performance.measure('chairdesk:floor-open', { start: asked });
    const range = IDBKeyRange.bound(from, to, false, true);
    const reading = opening.result.transaction('sessions').objectStore('sessions').index('startUtc').getAll(range);
    reading.onsuccess = () => show(reading.result as Row[]);
  };
});
