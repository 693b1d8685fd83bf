// The open chairmanship and its year's sessions, as live queries.
import { store } from '../db';
import { readAllSessions, readChairmanship, readChairmanships, type SessionRow } from '../db/read-models';
import type { ChairmanshipView } from '../domain/types';
import { app } from './app.svelte';
import { Live, sameRow } from './live.svelte';
import { liveYear } from './open-year.svelte';

export type { SessionRow };

/**
 * The open chairmanship. Until the live query first answers, the row start-up read stands in
 * (while the first screen opens: start-up forgets it then, before it can grow stale).
 */
export function liveChairmanship(): { readonly current: ChairmanshipView | undefined; readonly loaded: boolean } {
  const live = new Live(
    () => {
      const id = app.chairmanshipId;
      return async () => (id ? readChairmanship(store(), id) : undefined);
    },
    undefined,
    sameView,
  );
  const opened = (): ChairmanshipView | undefined => {
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

export function liveChairmanships(): Live<ChairmanshipView[]> {
  return new Live(() => () => readChairmanships(store()), []);
}

/** The same chairmanship, unchanged, with the same organization and capital, unchanged. */
const sameView = (a: ChairmanshipView | undefined, b: ChairmanshipView | undefined): boolean =>
  sameRow(a, b) && sameRow(a?.organization, b?.organization) && a?.homeCity?.en === b?.homeCity?.en && a?.homeCity?.ru === b?.homeCity?.ru;

/**
 * The sessions of a chairmanship year in start order, with their bodies: undefined until the
 * rows of this year (not of the year shown before, nor of "no chairmanship yet") have come.
 */
export function liveYearSessions(chairmanship: () => ChairmanshipView | undefined): {
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
/** Every session of every year of the open chairmanship's organization. */
export function liveAllSessions(): Live<SessionRow[]> {
  return new Live(() => {
    const organizationId = app.organizationId;
    return () => (organizationId ? readAllSessions(store(), organizationId) : Promise.resolve([]));
  }, []);
}
