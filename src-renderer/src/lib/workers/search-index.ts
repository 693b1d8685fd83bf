// The search index kept in step with the database: the first sync builds it, later syncs
// only add, replace or remove the records whose version changed.
import type { SearchRecord } from '../db/search-read-models';
import { TextIndex } from '../domain/text-search';

export class IncrementalIndex {
  #index: TextIndex | null = null;
  #records = new Map<string, SearchRecord>();

  /** Returns how many records the index had to touch. */
  sync(records: readonly SearchRecord[]): number {
    if (!this.#index) {
      this.#index = new TextIndex(records);
      this.#records = new Map(records.map((r) => [r.id, r]));
      return records.length;
    }
    let touched = 0;
    const seen = new Set<string>();
    for (const record of records) {
      seen.add(record.id);
      if (this.#records.get(record.id)?.version !== record.version) {
        this.#index.upsert(record);
        this.#records.set(record.id, record);
        touched++;
      }
    }
    for (const id of [...this.#records.keys()]) {
      if (!seen.has(id)) {
        this.#index.remove(id);
        this.#records.delete(id);
        touched++;
      }
    }
    return touched;
  }

  search(query: string, limit: number): SearchRecord[] {
    return (this.#index?.search(query, limit) ?? []).flatMap((id) => this.#records.get(id) ?? []);
  }
}
