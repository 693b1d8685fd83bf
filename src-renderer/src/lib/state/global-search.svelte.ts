// "Find anything" (Ctrl+K): one search index over persons, sessions and Action Plan items,
// built the first time it is opened and then kept up to date row by row as the database
// changes (see ./search-index.ts).
import { liveQuery } from 'dexie';
import { store } from '../db';
import { readSearchRecords, type SearchRecord } from '../db/search-read-models';
import { IncrementalIndex } from './search-index';

class GlobalSearch {
  open = $state(false);
  ready = $state(false);
  /** Bumped on every index update, so results recompute. */
  generation = $state(0);
  #index = new IncrementalIndex();
  #watching = false;

  show(): void {
    this.open = true;
    if (this.#watching) return;
    this.#watching = true;
    // Kept for the page's life: the index follows every change from now on.
    liveQuery(() => readSearchRecords(store())).subscribe({
      next: (records) => {
        this.#index.sync(records);
        this.ready = true;
        this.generation++;
      },
      error: (error: unknown) => console.error(error),
    });
  }

  hide(): void {
    this.open = false;
  }

  search(query: string, limit = 30): SearchRecord[] {
    return this.#index.search(query, limit);
  }
}

export const globalSearch = new GlobalSearch();
