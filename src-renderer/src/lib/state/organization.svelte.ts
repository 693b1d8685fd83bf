// The organizations and the open chairmanship's reference data, as live queries.
import { store } from '../db';
import { readMemberStates, readOrganizations, readReference, type ReferenceData } from '../db/reference-read-models';
import type { Organization, Party } from '../domain/types';
import { app } from './app.svelte';
import { Live } from './live.svelte';

export function liveOrganizations(): Live<Organization[]> {
  return new Live(() => () => readOrganizations(store()), []);
}

/** An organization's member states in protocol order; none for '' (a new organization). */
export function liveMemberStates(organizationId: () => string): Live<Party[]> {
  return new Live(() => {
    const id = organizationId();
    return () => readMemberStates(store(), id);
  }, []);
}

/** The open chairmanship's organization with its states, bodies, themes, people and seats. */
export function liveReference(): Live<ReferenceData | null | undefined> {
  return new Live(() => {
    const id = app.organizationId;
    return async () => (id ? readReference(store(), id) : null);
  }, undefined);
}
