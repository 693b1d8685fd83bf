// The rig: the benchmark's in-page harness and the large archive's loader, a bundle of its own
// (e2e/bench/build.mjs → out/bench/rig/rig.js) that the benchmark, `npm run seed:large` and
// the large-archive end-to-end tests import into the product's page, which is served as built.
// It opens the database with its own copy of the app's data layer (the product holds no way in):
// the same code as the app's, and Dexie tells the page's live queries of what it writes.
import { createStore, openStore, setStore } from '$lib/db';
import { harness, type Harness } from './harness';

declare global {
  interface Window {
    chairdeskBench?: Harness;
  }
}

setStore(await openStore(createStore(), () => undefined));
window.chairdeskBench = harness;
