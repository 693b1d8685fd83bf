// The open chairmanship and its year's sessions, as live queries.
import { store } from '../db';
import { readAllSessions, readYearSessions, type SessionRow } from '../db/read-models';
import type { Chairmanship } from '../domain/types';
import { app } from './app.svelte';
import { Live } from './live.svelte';

export type { SessionRow };

export function liveChairmanship(): Live<Chairmanship | undefined> {
  return new Live(() => {
    const id = app.chairmanshipId;
    return async () => (id ? store().chairmanships.get(id) : undefined);
  }, undefined);
}

export function liveChairmanships(): Live<Chairmanship[]> {
  return new Live(() => () => store().chairmanships.list(), []);
}

/** The sessions of a chairmanship year in start order, with their bodies. */
export function liveYearSessions(chairmanship: () => Chairmanship | undefined): Live<SessionRow[]> {
  return new Live(() => {
    const c = chairmanship();
    const range = c ? { year: c.year, homeTimeZone: c.homeTimeZone } : null;
    return async () => (range ? readYearSessions(store(), range) : []);
  }, []);
}

/** Every session of every year (a decade is 5,000 rows: the view virtualizes them). */
export function liveAllSessions(): Live<SessionRow[]> {
  return new Live(() => () => readAllSessions(store()), []);
}
