// A session's agenda as a live query, in position order.
import { store } from '../db';
import type { AgendaItem } from '../domain/types';
import { Live } from './live.svelte';

export function liveAgenda(sessionId: () => string): Live<AgendaItem[]> {
  return new Live(() => {
    const id = sessionId();
    return () => store().agenda.forSession(id);
  }, []);
}
