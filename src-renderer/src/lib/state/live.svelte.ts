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
