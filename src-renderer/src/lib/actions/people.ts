// Persons and their seats: create, edit, remove (with Undo), appointments and successors,
// the name-order preference.
import { handleError } from './handle-error';
import { store } from '../db';
import { ValidationError } from '../db/errors';
import { recordSuccessor, removePerson, restorePerson } from '../db/people-writes';
import { SettingKey } from '../db/settings';
import { personFromForm, validatePerson, type PersonForm } from '../domain/person-rules';
import { personName } from '../domain/text';
import type { Appointment, IsoDate, Person, Text } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';
import { openOrganizationId } from './organization';
import type { NameOrder } from '../state/people.svelte';
import { toasts } from '../state/toasts.svelte';

/** Creates a person, or edits `base`; invalid input throws ValidationError naming the fields. */
/** The person as stored now (after a Save refused because another window saved it meanwhile). */
export function storedPerson(id: string): Promise<Person | undefined> {
  return store().persons.get(id);
}

export async function savePerson(base: Person | null, form: PersonForm): Promise<Person> {
  const errors = validatePerson(form);
  if (errors.length) throw new ValidationError('persons', errors);
  const fields = personFromForm(form, base?.organizationId ?? openOrganizationId());
  if (!base) return store().persons.add(fields);
  // Cleared optional fields must be removed, not kept from the stored row.
  return store().persons.update(base, {
    partyId: undefined,
    position: undefined,
    email: undefined,
    phone: undefined,
    notes: undefined,
    ...fields,
  });
}

export async function deletePerson(person: Person): Promise<void> {
  await removePerson(store(), person);
  toasts.show(m.people_removed({ name: personName(person.names, locale.lang) }), {
    action: { label: m.people_undo(), run: () => restorePerson(store(), person).catch(handleError) },
  });
}

/**
 * Removes the person and erases them from every snapshot the app keeps: no Undo, and no copy
 * left in the app's keeping (backup files the user saved elsewhere are theirs to delete).
 */
export async function deletePersonForGood(person: Person): Promise<void> {
  await removePerson(store(), person);
  const { erasePersonFromSnapshots } = await import('../backup/actions/snapshots');
  const { rewritten, deleted } = await erasePersonFromSnapshots(person.id);
  toasts.show(m.people_deleted_for_good({ name: personName(person.names, locale.lang), snapshots: rewritten + deleted }));
}

export async function setNameOrder(order: NameOrder): Promise<void> {
  await store().settings.set(SettingKey.nameOrder, order);
}

export interface AppointmentDraft {
  personId: string;
  bodyId: string;
  partyId: string;
  title: Text;
  from: IsoDate;
  to: IsoDate;
  acting?: boolean;
}

/** A new seat holder; a second holder of the same seat on the same days is refused unless acting. */
export async function addAppointment(draft: AppointmentDraft): Promise<Appointment> {
  const { to, acting, ...rest } = draft;
  const body = await store().bodies.require(draft.bodyId);
  return store().appointments.appoint({
    ...rest,
    organizationId: body.organizationId,
    ...(to ? { to } : {}),
    ...(acting ? { acting } : {}),
  });
}

export async function endAppointment(base: Appointment, to: IsoDate): Promise<Appointment> {
  return store().appointments.revise(base, { to: to || undefined });
}

export async function appointSuccessor(current: Appointment, successorId: string, from: IsoDate): Promise<Appointment> {
  return recordSuccessor(store(), current, successorId, from);
}
