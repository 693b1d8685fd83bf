// Where the app is in its life: starting, ready, or stopped by a database problem.
import type { OpenFailure } from '../db/errors';

class AppState {
  phase = $state<'starting' | 'seeding' | 'ready' | 'failed' | 'reload'>('starting');
  /** Rows written so far while the large archive loads (Settings → Developer, `?seed=large`). */
  seeding = $state<{ done: number; total: number } | null>(null);
  failure = $state<{ reason: OpenFailure; detail: string } | null>(null);
  /** The chairmanship the app shows; null until one is opened or started. */
  chairmanshipId = $state<string | null>(null);
}

export const app = new AppState();
