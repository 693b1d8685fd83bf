// The register of decisions and a session's journal, as live queries. Create inside components.
import { store } from '../db';
import { readRegister, type RegisterData } from '../db/register-read-models';
import type { ChairmanshipView, SessionJournal } from '../domain/types';
import { KeyedLive, Live } from './live.svelte';

export type { RegisterData };

/** undefined while loading. */
export function liveRegister(chairmanship: () => ChairmanshipView | undefined): Live<RegisterData | undefined> {
  return new Live<RegisterData | undefined>(() => {
    const c = chairmanship();
    return async () => (c ? readRegister(store(), c) : undefined);
  }, undefined);
}

/** A session's journal: undefined while loading, null when none is recorded yet. */
export function liveJournal(sessionId: () => string): KeyedLive<string, SessionJournal | null> {
  return new KeyedLive(sessionId, async (id) => (await store().journals.ofSession(id)) ?? null);
}
