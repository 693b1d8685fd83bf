// The organizations and the open chairmanship's reference data, as live queries.
import { store } from '../db';
import { readMemberStates, readOrganizations, readReference, type ReferenceData } from '../db/reference-read-models';
import { readNextChairmanship, type NextChairmanshipData } from '../db/seat-review-read-models';
import type { Organization, Party, Theme } from '../domain/types';
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

/** The organization's Action Plan themes in its order (none while no chairmanship is open). */
export function liveThemes(): Live<Theme[]> {
  return new Live(() => {
    const id = app.organizationId;
    return async () => (id ? store().themes.ofOrganization(id) : []);
  }, []);
}

/** The latest chairmanship of an organization and the seats a next one is offered. */
export function liveNextChairmanship(organizationId: () => string): Live<NextChairmanshipData | null | undefined> {
  return new Live(() => {
    const id = organizationId();
    return () => readNextChairmanship(store(), id);
  }, undefined);
}
