// Reads of an organization's reference data for its screens: the organization, its states and
// organizations in protocol order, its bodies, themes and seats, and where each row is used.
import { inProtocolOrder } from '../domain/protocol-order';
import type { Appointment, Body, Organization, Party, Person, Theme } from '../domain/types';
import type { Store } from './index';

export interface ReferenceData {
  organization: Organization;
  /** In the organization's protocol order. */
  parties: Party[];
  /** In the organization's order. */
  bodies: Body[];
  themes: Theme[];
  persons: Person[];
  appointments: Appointment[];
}

export async function readReference(store: Store, organizationId: string): Promise<ReferenceData | null> {
  const [organization, parties, bodies, themes, persons, appointments] = await Promise.all([
    store.organizations.get(organizationId),
    store.parties.ofOrganization(organizationId),
    store.bodies.ofOrganization(organizationId),
    store.themes.ofOrganization(organizationId),
    store.persons.ofOrganization(organizationId),
    store.appointments.ofOrganization(organizationId),
  ]);
  if (!organization) return null;
  return { organization, parties: inProtocolOrder(parties, organization.protocolOrder), bodies, themes, persons, appointments };
}

/** Every organization the app keeps, by acronym. */
export async function readOrganizations(store: Store): Promise<Organization[]> {
  const all = await store.organizations.toArray();
  return all.sort((a, b) => (a.acronym.en || a.name.en).localeCompare(b.acronym.en || b.name.en));
}

/** An organization's member states in its protocol order (none for no organization). */
export async function readMemberStates(store: Store, organizationId: string): Promise<Party[]> {
  if (!organizationId) return [];
  return (await store.parties.inProtocolOrder(organizationId)).filter((p) => p.kind === 'member' && !p.retired);
}
