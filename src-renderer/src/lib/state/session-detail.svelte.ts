// Everything the session page shows, as one live query.
import { store } from '../db';
import { readSessionDetail, type SessionDetail } from '../db/read-models';
import { Live } from './live.svelte';

export function liveSessionDetail(id: () => string): Live<SessionDetail | null | undefined> {
  return new Live(() => {
    const sessionId = id();
    return () => readSessionDetail(store(), sessionId);
  }, undefined);
}
