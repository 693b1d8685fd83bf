// The open chairmanship and its year's sessions, as live queries.
import { store } from '../db';
import { readAllSessions, type SessionRow } from '../db/read-models';
import type { Chairmanship } from '../domain/types';
import { app } from './app.svelte';
import { Live, sameRow } from './live.svelte';
import { liveYear } from './open-year.svelte';

export type { SessionRow };

/** The open chairmanship; the row read at start-up stands in until the live query answers. */
export function liveChairmanship(): Live<Chairmanship | undefined> {
  const opened = app.openedChairmanship;
  return new Live(
    () => {
      const id = app.chairmanshipId;
      return async () => (id ? store().chairmanships.get(id) : undefined);
    },
    opened?.id === app.chairmanshipId ? opened : undefined,
    sameRow,
  );
}

export function liveChairmanships(): Live<Chairmanship[]> {
  return new Live(() => () => store().chairmanships.list(), []);
}

/**
 * The sessions of a chairmanship year in start order, with their bodies: undefined until the
 * rows of this year (not of the year shown before, nor of "no chairmanship yet") have come.
 */
export function liveYearSessions(chairmanship: () => Chairmanship | undefined): { readonly current: SessionRow[] | undefined } {
  const year = liveYear(chairmanship);
  return {
    get current() {
      return year.current?.rows;
    },
  };
}

/** Every session of every year (a decade is 5,000 rows: the view virtualizes them). */
export function liveAllSessions(): Live<SessionRow[]> {
  return new Live(() => () => readAllSessions(store()), []);
}
