// A session's list: the invitation list from the seats, guests added by hand, edits,
// check-in, substitutes, and removal with Undo.
import { handleError } from './handle-error';
import { store } from '../db';
import type { ParticipantInput, Substitute } from '../db/participants';
import { defaultChair } from '../domain/session-chair';
import { invitationList, sessionDate } from '../domain/seats';
import { personName } from '../domain/text';
import type { Fields, Participant, ParticipantRole, Party, Person } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { openOrganizationId } from './organization';

/**
 * Adds each member state's seat holders on the session date; returns how many were added. A
 * session that names no chair is chaired by its body's rule: the seat holder of the state
 * that chairs the body (by default the chairing state of the chairmanship that day).
 */
export async function generateInvitationList(sessionId: string): Promise<number> {
  const { db, sessions, bodies, parties, appointments, persons, participants, organizations } = store();
  const session = await sessions.require(sessionId);
  const held = await bodies.getMany(session.bodyIds);
  const organizationId = held[0]?.organizationId ?? '';
  const [members, seats, rule, chairmanships] = await Promise.all([
    parties.ofOrganization(organizationId),
    appointments.ofOrganization(organizationId),
    organizations.ruleOf(organizationId),
    db.chairmanships.where('organizationId').equals(organizationId).toArray(),
  ]);
  const day = sessionDate(session);
  const chairing = chairmanships.find((c) => c.firstDay <= day && day <= c.lastDay)?.chairPartyId;
  const chairId = defaultChair(session, held, seats, chairing);
  const chair = chairId ? await persons.get(chairId) : undefined;
  const list = invitationList({ ...session, ...(chairId ? { chairPersonId: chairId } : {}) }, held, members, seats, rule, chair);
  const added = await participants.addInvitations(sessionId, list);
  toasts.show(added.length ? m.participants_generated({ count: added.length }) : m.participants_generated_none());
  return added.length;
}

/** The role a person usually has on a list: delegates of member states, guests otherwise. */
export function defaultRole(party: Pick<Party, 'kind'> | undefined): ParticipantRole {
  if (party?.kind === 'member') return 'member';
  if (party?.kind === 'observer') return 'observer';
  return 'guest';
}

export async function addParticipant(input: ParticipantInput): Promise<Participant> {
  return store().participants.addParticipant(input);
}

export async function updateParticipant(base: Participant, patch: Partial<Fields<Participant>>): Promise<Participant> {
  return store().participants.update(base, patch);
}

export async function removeParticipant(row: Participant, person: Person | undefined): Promise<void> {
  await store().participants.remove(row);
  const name = person ? personName(person.names, locale.lang) : m.people_unknown_person();
  toasts.show(m.participants_removed({ name }), {
    action: { label: m.people_undo(), run: () => store().participants.restore(row).catch(handleError) },
  });
}

export async function checkIn(row: Participant, at: Date = new Date()): Promise<Participant> {
  return store().participants.checkIn(row, at.toISOString());
}

/** Undoes a check-in made by mistake: attendance back to not recorded. */
export async function undoCheckIn(row: Participant): Promise<Participant> {
  return store().participants.update(row, { attendance: 'unknown', checkedInAt: undefined });
}

export async function representBy(represented: Participant, substitute: Substitute): Promise<Participant> {
  return store().participants.represent(represented, substitute);
}

/** A substitute not in the records yet: the person is created and seated in one transaction. */
export async function representByNewPerson(
  represented: Participant,
  person: Omit<Fields<Person>, 'organizationId'>,
  options: Omit<Substitute, 'personId' | 'personPartyId'>,
): Promise<Participant> {
  const { db, persons, participants } = store();
  const organizationId = openOrganizationId();
  return db.transaction('rw', [db.persons, db.participants], async () => {
    const created = await persons.add({ ...person, organizationId });
    return participants.represent(represented, { ...options, personId: created.id, personPartyId: created.partyId });
  });
}

/** Ends a representation: the substitute stays on the list as a member of the delegation. */
export async function stopRepresenting(row: Participant): Promise<Participant> {
  return store().participants.update(row, {
    representsPersonId: undefined,
    substituteReason: undefined,
    role: row.role === 'chair' || row.role === 'head' ? 'member' : row.role,
  });
}
