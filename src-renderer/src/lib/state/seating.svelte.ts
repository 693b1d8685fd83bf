// A session's seating plan with its list of participants, as one live query.
import { store } from '../db';
import { readSeating, type SeatingView } from '../db/seating-read-models';
import { Live } from './live.svelte';

export function liveSeating(id: () => string): Live<SeatingView | null | undefined> {
  return new Live(() => {
    const sessionId = id();
    return () => readSeating(store(), sessionId);
  }, undefined);
}
