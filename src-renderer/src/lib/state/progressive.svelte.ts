// A long list rendered a slice at a time: the rows a screen shows first paint at once, the
// rest follow a slice after each painted frame, and all of them are there before printing.
// Create inside a component (it uses $effect).
import { flushSync } from 'svelte';

export class Progressive {
  /** How many rows to render now. */
  limit = $state(0);

  /**
   * @param total the number of rows there are (reactive)
   * @param first rows rendered at once: more than a tall screen holds
   * @param step rows added after each following frame
   */
  constructor(total: () => number, first = 40, step = 150) {
    this.limit = first;
    $effect(() => {
      if (this.limit >= total()) return;
      // A task queued from an animation frame runs once that frame is painted.
      let task: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (task = setTimeout(() => (this.limit += step))));
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(task);
      };
    });
    $effect(() => {
      const all = (): void =>
        flushSync(() => {
          this.limit = Number.POSITIVE_INFINITY;
        });
      window.addEventListener('beforeprint', all);
      return () => window.removeEventListener('beforeprint', all);
    });
  }
}
