// Typed errors of the data layer. Actions catch them and tell the user what to do.
import { Dexie } from 'dexie';

/** An edit based on a row that someone (another window, a restore) changed meanwhile. */
export class StaleEditError extends Error {
  override readonly name = 'StaleEditError';
  constructor(
    readonly table: string,
    readonly id: string,
    readonly expectedRev: number,
    readonly actualRev: number,
    /** The fields whose stored value differs from what the editor started from. */
    readonly changedFields: string[],
    /** The row as stored now: what the other writer left, to show beside the user's values. */
    readonly current?: object,
  ) {
    super(`${table} ${id} changed meanwhile (rev ${actualRev}, edit based on ${expectedRev})`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} does not exist`);
  }
}

/** The store's tables: what a refused write was refused for. */
export type StoreTable =
  | 'organizations'
  | 'themes'
  | 'chairmanships'
  | 'parties'
  | 'bodies'
  | 'persons'
  | 'appointments'
  | 'sessions'
  | 'agendaItems'
  | 'participants'
  | 'documents'
  | 'seatingPlans'
  | 'journals'
  | 'actionPlans'
  | 'actionItems'
  | 'actionUpdates'
  | 'settings';

/**
 * A write refused by a domain rule; `errors` name the fields. `table` says what was validated:
 * the same code means different things for a person, a plan item or a body ("duplicate",
 * "required"), so the messages (actions/handle-error.ts) are keyed by table and code.
 */
export class ValidationError<E extends { field: string; code: string } = { field: string; code: string }> extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly table: StoreTable,
    readonly errors: E[],
  ) {
    super(`invalid ${table}: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
  }
}

/** A row of reference data that something still uses: where, so the user can decide (retire it instead). */
export class InUseError extends Error {
  override readonly name = 'InUseError';
  constructor(
    readonly table: 'parties' | 'bodies' | 'themes' | 'persons',
    readonly id: string,
    /** How many rows of each kind use it (only kinds with at least one). */
    readonly uses: Partial<
      Record<'persons' | 'participants' | 'appointments' | 'bodies' | 'sessions' | 'actionItems' | 'chairmanships' | 'agendaItems', number>
    >,
  ) {
    super(`${table} ${id} is in use`);
  }
}

/** A member state whose membership would end before sessions it still has a delegation at. */
export class LeavesWithSessionsError extends Error {
  override readonly name = 'LeavesWithSessionsError';
  constructor(
    readonly partyId: string,
    /** The sessions after the last day of membership, in date order. */
    readonly sessionIds: string[],
  ) {
    super(`party ${partyId} has ${sessionIds.length} sessions after leaving`);
  }
}

/** Why the database could not be opened; each has its own screen with what to do. */
export type OpenFailure = 'blocked' | 'newer-version' | 'upgrade-failed' | 'unavailable' | 'version-change';

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(
    readonly reason: OpenFailure,
    readonly detail: string,
  ) {
    super(`database ${reason}: ${detail}`);
  }
}

/** Maps what Dexie or IndexedDB threw while opening onto a reason the user can act on. */
export function classifyOpenError(error: unknown): OpenFailure {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'VersionError' || inner === 'VersionError') return 'newer-version';
  if (name === 'UpgradeError' || inner === 'UpgradeError') return 'upgrade-failed';
  if (name === 'BlockedError' || inner === 'BlockedError') return 'blocked';
  // Dexie turns everything IndexedDB or Dexie itself throws into a DexieError, but hands on
  // what an upgrade function throws as it is: any other error came from an upgrade.
  if (!(error instanceof Dexie.DexieError)) return 'upgrade-failed';
  return 'unavailable';
}
