// The open chairmanship's year — its sessions in start order with their bodies, and every
// body — read once and then kept following the database while the app runs. The screens that
// show it (the sessions list, the Schedule, the session dialog, the printed programme) open on
// it at once instead of each reading it again; a year is a few hundred rows.
import { liveQuery, type Subscription } from 'dexie';
import { untrack } from 'svelte';
import { store } from '../db';
import { readYear, type YearData, type YearScope } from '../db/read-models';

type Year = YearScope;

const keyOf = (year: Year): string => `${year.organizationId} ${year.firstDay} ${year.lastDay} ${year.homeTimeZone}`;

/** One year at a time: every screen that asks follows the open chairmanship's year. */
export class OpenYear {
  #key: string | null = null;
  #subscription: Subscription | null = null;
  #answer = $state.raw<{ key: string; data: YearData } | undefined>(undefined);
  #failure = $state.raw<{ key: string; error: unknown } | null>(null);

  /**
   * Follows `year` from now on, and stops following the year followed before. Asked again
   * for a year that could not be read (a screen opened again), it reads it again.
   */
  follow(year: Year): void {
    const key = keyOf(year);
    // (Untracked: the effect that calls this must not run again, and read again, on a failure.)
    if (key === this.#key && !untrack(() => this.#failure)) return;
    this.stop();
    this.#key = key;
    const range: YearScope = {
      organizationId: year.organizationId,
      firstDay: year.firstDay,
      lastDay: year.lastDay,
      homeTimeZone: year.homeTimeZone,
    };
    this.#subscription = liveQuery(() => readYear(store(), range)).subscribe({
      next: (data) => {
        this.#answer = { key, data };
        this.#failure = null;
      },
      error: (error: unknown) => {
        this.#failure = { key, error };
      },
    });
  }

  /** The data of `year` once it has been read: never the data of another year. */
  get(year: Year): YearData | undefined {
    const answer = this.#answer;
    return answer?.key === keyOf(year) ? answer.data : undefined;
  }

  /** Why `year` could not be read, if it could not: never another year's reason. */
  errorOf(year: Year): unknown {
    const failure = this.#failure;
    return failure?.key === keyOf(year) ? failure.error : null;
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#key = null;
    this.#answer = undefined;
    this.#failure = null;
  }
}

export const openYear = new OpenYear();

/** A year followed by a screen: its data once read, and why it could not be read, if so. */
export interface LiveYear {
  readonly current: YearData | undefined;
  readonly error: unknown;
}

/**
 * The year of a chairmanship, for a component (it uses $effect): undefined until that year's
 * rows have come, then following the database.
 */
export function liveYear(chairmanship: () => Year | undefined): LiveYear {
  $effect(() => {
    const c = chairmanship();
    if (c) openYear.follow(c);
  });
  return {
    get current() {
      const c = chairmanship();
      return c ? openYear.get(c) : undefined;
    },
    get error() {
      const c = chairmanship();
      return c ? openYear.errorOf(c) : null;
    },
  };
}
