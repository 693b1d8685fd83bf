// The open chairmanship and its year's sessions, as live queries.
import { store } from '../db';
import { readAllSessions, readYearSessions, type SessionRow } from '../db/read-models';
import type { Chairmanship } from '../domain/types';
import { app } from './app.svelte';
import { KeyedLive, Live, sameRow } from './live.svelte';

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

type Year = Pick<Chairmanship, 'year' | 'homeTimeZone'>;
const sameYear = (a: Year | null, b: Year | null): boolean =>
  a === b || (a !== null && b !== null && a.year === b.year && a.homeTimeZone === b.homeTimeZone);

/**
 * The sessions of a chairmanship year in start order, with their bodies: undefined until the
 * rows of this year (not of the year shown before, nor of "no chairmanship yet") have come.
 */
export function liveYearSessions(chairmanship: () => Chairmanship | undefined): KeyedLive<Year | null, SessionRow[]> {
  return new KeyedLive(
    () => {
      const c = chairmanship();
      return c ? { year: c.year, homeTimeZone: c.homeTimeZone } : null;
    },
    async (year) => (year ? readYearSessions(store(), year) : []),
    sameYear,
  );
}

/** Every session of every year (a decade is 5,000 rows: the view virtualizes them). */
export function liveAllSessions(): Live<SessionRow[]> {
  return new Live(() => () => readAllSessions(store()), []);
}
