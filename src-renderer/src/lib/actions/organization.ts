// The organization of the open chairmanship: whose reference data new rows belong to.
import { app } from '../state/app.svelte';

export class NoOrganizationError extends Error {
  override readonly name = 'NoOrganizationError';
  constructor() {
    super('no chairmanship is open');
  }
}

/** The open chairmanship's organization; throws when none is open (the welcome screen). */
export function openOrganizationId(): string {
  const id = app.organizationId;
  if (!id) throw new NoOrganizationError();
  return id;
}
