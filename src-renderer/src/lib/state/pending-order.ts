// The order a reordered list was asked to take while its rows still show an earlier one: a
// second Alt+↑ pressed before the first move is written and read back moves the row again
// from where the first move put it, instead of making the first move twice.
import { moved } from '../domain/reference-choices';

const keyOf = (ids: readonly string[]): string => ids.join('\u0000');

export class PendingOrder {
  /** The rows' order when the first pending move was asked, then each order asked since. */
  #base: string | null = null;
  #asked: string[][] = [];

  /** The ids as they stand once every move asked so far is made. */
  current(shown: readonly string[]): readonly string[] {
    const key = keyOf(shown);
    const last = this.#asked.at(-1);
    // Forgotten once the rows show the last order asked, or an order none of the moves made
    // (another window changed it).
    if (last && (keyOf(last) === key || (key !== this.#base && !this.#asked.some((ids) => keyOf(ids) === key)))) {
      this.#asked = [];
      this.#base = null;
    }
    return this.#asked.at(-1) ?? shown;
  }

  /** `id` one place up (-1) or down (1) from where the moves asked so far put it; the new order. */
  move(shown: readonly string[], id: string, delta: -1 | 1): string[] {
    const from = this.current(shown);
    if (!this.#asked.length) this.#base = keyOf(shown);
    const next = moved(from, id, delta);
    this.#asked.push(next);
    return next;
  }
}
