// Dexie live queries as Svelte 5 state: the value updates whenever the rows it read change
// (in this window or another one). Create inside a component (it uses $effect).
import { liveQuery } from 'dexie';

export class Live<T> {
  current = $state.raw<T>() as T;
  loaded = $state(false);
  error = $state.raw<unknown>(null);

  /**
   * `query` runs inside an effect: reactive state it reads synchronously (filters, ids)
   * re-creates the subscription; the function it returns is what Dexie observes.
   */
  constructor(query: () => () => Promise<T>, initial: T) {
    this.current = initial;
    $effect(() => {
      const run = query();
      const subscription = liveQuery(run).subscribe({
        next: (value) => {
          this.current = value;
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
