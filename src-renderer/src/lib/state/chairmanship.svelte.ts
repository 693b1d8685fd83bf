// The open chairmanship and its year's sessions, as live queries.
import { store } from '../db';
import { readAllSessions, type SessionRow } from '../db/read-models';
import type { Chairmanship } from '../domain/types';
import { app } from './app.svelte';
import { Live, sameRow } from './live.svelte';
import { liveYear } from './open-year.svelte';

export type { SessionRow };

/**
 * The open chairmanship. Until the live query first answers, the row start-up read stands in
 * (while the first screen opens: start-up forgets it then, before it can grow stale).
 */
export function liveChairmanship(): { readonly current: Chairmanship | undefined; readonly loaded: boolean } {
  const live = new Live(
    () => {
      const id = app.chairmanshipId;
      return async () => (id ? store().chairmanships.get(id) : undefined);
    },
    undefined,
    sameRow,
  );
  const opened = (): Chairmanship | undefined => {
    const row = app.openedChairmanship;
    return row && row.id === app.chairmanshipId ? row : undefined;
  };
  return {
    get current() {
      return live.current ?? opened();
    },
    get loaded() {
      return live.loaded || opened() !== undefined;
    },
  };
}

export function liveChairmanships(): Live<Chairmanship[]> {
  return new Live(() => () => store().chairmanships.list(), []);
}

/**
 * The sessions of a chairmanship year in start order, with their bodies: undefined until the
 * rows of this year (not of the year shown before, nor of "no chairmanship yet") have come.
 */
export function liveYearSessions(chairmanship: () => Chairmanship | undefined): {
  readonly current: SessionRow[] | undefined;
  readonly error: unknown;
} {
  const year = liveYear(chairmanship);
  return {
    get current() {
      return year.current?.rows;
    },
    get error() {
      return year.error;
    },
  };
}

/** Every session of every year (a decade is 5,000 rows: the view virtualizes them). */
export function liveAllSessions(): Live<SessionRow[]> {
  return new Live(() => () => readAllSessions(store()), []);
}
