// Where the app is in its life: starting, ready, or stopped by a database problem.
import type { OpenFailure } from '../db/errors';
import type { ChairmanshipView, Organization } from '../domain/types';

/**
 * What the shell shows of the open chairmanship, and the span and home time zone its year is
 * read in (so that the next start can read the first screen's rows while it reads the
 * settings). A hint from before these were kept has none.
 */
export type Banner = Pick<ChairmanshipView, 'id' | 'chairState' | 'year' | 'example'> & {
  organization: Pick<Organization, 'name' | 'acronym'>;
} & Partial<Pick<ChairmanshipView, 'organizationId' | 'firstDay' | 'lastDay' | 'homeTimeZone'>>;

class AppState {
  phase = $state<'starting' | 'ready' | 'failed' | 'reload'>('starting');
  failure = $state<{ reason: OpenFailure; detail: string } | null>(null);
  /** Why the second half of the start (its code, not the database) could not be loaded. */
  loadFailure = $state<string | null>(null);
  /** The chairmanship the app shows; null until one is opened or started. */
  chairmanshipId = $state<string | null>(null);
  /** Its organization: whose states, bodies, people and themes the screens offer. */
  organizationId = $state<string | null>(null);
  /** The open chairmanship's row as start-up read it, so the first screen need not read it again. */
  openedChairmanship: ChairmanshipView | undefined = undefined;
  /**
   * The open chairmanship's heading in the shell: remembered from the last start until the
   * database is read, then kept to the chairmanship row as it changes.
   */
  banner = $state.raw<Banner | null>(null);
}

export const app = new AppState();
