// A long list rendered a slice at a time: the rows a screen shows first paint at once, the
// rest follow a slice after each painted frame, and all of them are there before printing.
// Create inside a component (it uses $effect).
import { flushSync } from 'svelte';
import { firstScreenSettled } from './first-screen';

export class Progressive {
  /** How many rows to render now. */
  limit = $state(0);

  /**
   * @param total the number of rows there are (reactive)
   * @param first rows rendered at once: more than the window holds (screenRows())
   * @param step rows added after each following frame
   */
  constructor(total: () => number, first = screenRows(), step = 150) {
    this.limit = first;
    $effect(() => {
      if (this.limit >= total()) return;
      // A task queued from an animation frame runs once that frame is painted; on the first
      // screen, the next slice waits until its first rows are on screen.
      let task: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const frame = requestAnimationFrame(
        () =>
          (task = setTimeout(() => {
            void firstScreenSettled().then(() => {
              if (!stopped) this.limit += step;
            });
          })),
      );
      return () => {
        stopped = true;
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

/** Rows of at least 36 px: more than the window holds now (40 where there is no window), at least 20. */
export function screenRows(height: number | undefined = globalThis.innerHeight): number {
  return height ? Math.max(20, Math.ceil(height / 36)) : 40;
}
