// Dexie live queries as Svelte 5 state: the value updates whenever the rows it read change
// (in this window or another one). Create inside a component (it uses $effect).
import { liveQuery } from 'dexie';
import type { Row } from '../domain/types';

/** The same stored row: same id, revision and time of the last change (or both missing). */
export function sameRow<T extends Row>(a: T | undefined, b: T | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.id === b.id && a.rev === b.rev && a.updatedAt === b.updatedAt);
}

export class Live<T> {
  current = $state.raw<T>() as T;
  loaded = $state(false);
  error = $state.raw<unknown>(null);

  /**
   * `query` runs inside an effect: reactive state it reads synchronously (filters, ids)
   * re-creates the subscription; the function it returns is what Dexie observes. An answer
   * that `same` finds equal to the value shown is dropped, so that what depends on it (the
   * queries of a screen that take the open chairmanship) does not start over.
   */
  constructor(query: () => () => Promise<T>, initial: T, same?: (a: T, b: T) => boolean) {
    this.current = initial;
    $effect(() => {
      const run = query();
      const subscription = liveQuery(run).subscribe({
        next: (value) => {
          // (Called by Dexie, outside any effect: reading `current` here tracks nothing.)
          if (!same?.(this.current, value)) this.current = value;
          this.loaded = true;
          this.error = null;
        },
        error: (error: unknown) => {
          this.error = error;
          this.loaded = true;
        },
      });
      return () => subscription.unsubscribe();
    });
  }
}

/**
 * A live query of one key (a plan, a chairmanship's plans): `current` is undefined until the
 * answer for the key asked for now has come, never the answer for the key asked for before.
 * (A plain Live keeps showing the previous answer while the next one loads, which is right for
 * a list being filtered but wrong for "this plan has no items" or "no plan yet".)
 */
export class KeyedLive<K, T> {
  readonly #key: () => K;
  readonly #live: Live<{ key: K; value: T } | undefined>;

  constructor(key: () => K, read: (key: K) => Promise<T>) {
    this.#key = key;
    this.#live = new Live(() => {
      const k = key();
      return async () => ({ key: k, value: await read(k) });
    }, undefined);
  }

  get current(): T | undefined {
    const answer = this.#live.current;
    return answer && answer.key === this.#key() ? answer.value : undefined;
  }

  get error(): unknown {
    return this.#live.error;
  }
}
