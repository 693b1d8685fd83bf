// The organization's reference data from its screens: states and organizations, bodies,
// seats and Action Plan themes added, edited, reordered, retired, or deleted with Undo.
// Writes go through lib/db/reference-writes.ts, each one transaction.
import { store } from '../db';
import { recordSuccessor } from '../db/people-writes';
import {
  addBody,
  addParty,
  addTheme,
  deleteBody,
  deleteParty,
  deleteTheme,
  editBody,
  editParty,
  editTheme,
  reorderBodies,
  reorderParties,
  reorderThemes,
  retireBody,
  retireParty,
  retireTheme,
} from '../db/reference-writes';
import { restoreReferenceRow, type ReferenceRow } from '../db/reference-undo';
import type { BodyDraft, PartyDraft } from '../domain/reference-rules';
import { pickText } from '../domain/text';
import type { Appointment, Body, IsoDate, Party, Text, Theme } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { handleError } from './handle-error';
import { openOrganizationId } from './organization';

export function saveParty(base: Party | null, draft: PartyDraft, homeZone: string): Promise<Party> {
  return base ? editParty(store(), base, draft, homeZone) : addParty(store(), openOrganizationId(), draft);
}

export function saveBody(base: Body | null, draft: BodyDraft, renamedOn?: IsoDate): Promise<Body> {
  return base ? editBody(store(), base, draft, renamedOn) : addBody(store(), openOrganizationId(), draft);
}

export function saveTheme(base: Theme | null, name: Text): Promise<Theme> {
  return base ? editTheme(store(), base, { name }) : addTheme(store(), openOrganizationId(), { name });
}

export function orderParties(ids: readonly string[]): Promise<void> {
  return reorderParties(store(), openOrganizationId(), ids);
}

export function orderBodies(ids: readonly string[]): Promise<void> {
  return reorderBodies(store(), openOrganizationId(), ids);
}

export function orderThemes(ids: readonly string[]): Promise<void> {
  return reorderThemes(store(), openOrganizationId(), ids);
}

/** The name a reference row is spoken of by in the UI language. */
export function referenceName(deleted: ReferenceRow): string {
  if (deleted.table === 'parties') return pickText(deleted.row.short, locale.lang) || pickText(deleted.row.name, locale.lang);
  if (deleted.table === 'bodies') return pickText(deleted.row.acronym, locale.lang) || pickText(deleted.row.name, locale.lang);
  return pickText(deleted.row.name, locale.lang);
}

/** Retires a row (offered for nothing new, kept for history) or brings it back. */
export async function setRetired(target: ReferenceRow, retired: boolean): Promise<void> {
  const s = store();
  if (target.table === 'parties') await retireParty(s, target.row, retired);
  else if (target.table === 'bodies') await retireBody(s, target.row, retired);
  else await retireTheme(s, target.row, retired);
  const name = referenceName(target);
  toasts.show(retired ? m.org_retired_done({ name }) : m.org_restored_done({ name }));
}

/** Deletes a row nothing uses, with Undo; one in use is refused with an InUseError (offer to retire it). */
export async function deleteReference(target: ReferenceRow): Promise<void> {
  const s = store();
  if (target.table === 'parties') await deleteParty(s, target.row);
  else if (target.table === 'bodies') await deleteBody(s, target.row);
  else await deleteTheme(s, target.row);
  toasts.show(m.org_deleted_done({ name: referenceName(target) }), {
    action: { label: m.people_undo(), run: () => restoreReferenceRow(store(), target).catch(handleError) },
  });
}

export interface HolderDraft {
  personId: string;
  bodyId: string;
  partyId: string;
  title: Text;
  from: IsoDate;
  to: IsoDate;
  acting: boolean;
}

/** A new holder of a state's seat; another holder on any of the same days is refused unless one is acting. */
export function addHolder(draft: HolderDraft): Promise<Appointment> {
  const { to, acting, ...rest } = draft;
  return store().appointments.appoint({
    ...rest,
    organizationId: openOrganizationId(),
    ...(to ? { to } : {}),
    ...(acting ? { acting } : {}),
  });
}

/**
 * Ends a holder's term on `lastDay`; with a successor, the successor takes the seat the next
 * day (the same title), in the same transaction.
 */
export async function endTerm(current: Appointment, lastDay: IsoDate, successorId: string, successorFrom: IsoDate): Promise<void> {
  if (successorId) await recordSuccessor(store(), current, successorId, successorFrom);
  else await store().appointments.revise(current, { to: lastDay });
}
