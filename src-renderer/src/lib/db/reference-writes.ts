// Writes of an organization's reference data, each in one transaction: starting a
// chairmanship (with a new organization and its chairing state if need be), the
// organization's and chairmanship's own fields, states, bodies and themes (added, edited,
// reordered, retired, or deleted when nothing uses them), and the next chairmanship with the
// seats its user confirmed.
import {
  calendarYear,
  validateChairmanship,
  validateOrganization,
  validateSpan,
  type ChairmanshipDraft,
  type OrganizationDraft,
} from '../domain/chairmanship-rules';
import { DEFAULT_PROTOCOL_ORDER } from '../domain/protocol-order';
import { validateBody, validateParty, validateTheme, type BodyDraft, type PartyDraft } from '../domain/reference-rules';
import { addDays, dayRangeUtc, isIsoDate } from '../domain/time';
import type { Body, Chairmanship, IsoDate, Organization, Party, ProtocolOrderRule, Row, Text, Theme } from '../domain/types';
import { InUseError, LeavesWithSessionsError, NotFoundError, ValidationError } from './errors';
import type { ChairdeskDB } from './db';
import type { Store } from './index';
import { nextVersion, stamp } from './table-repository';

const nextPosition = (rows: readonly { position: number }[]): number => rows.reduce((max, r) => Math.max(max, r.position + 1), 0);

/** Bilingual texts every row of their table has, even when empty (screens read them without a check). */
const REQUIRED_TEXT = new Set(['name', 'short', 'acronym', 'seatTitle', 'title']);

/** Drops keys whose value is undefined or an optional empty bilingual text (IndexedDB would keep them). */
function tidy<T extends object>(row: T): T {
  const entries = Object.entries(row).filter(([k, v]: [string, unknown]) => {
    if (v === undefined || v === '') return false;
    if (!REQUIRED_TEXT.has(k) && typeof v === 'object' && v !== null && 'en' in v && 'ru' in v && Object.keys(v).length === 2) {
      return !(v.en === '' && v.ru === '');
    }
    return true;
  });
  // The same object minus some empty values is still a T; Object.fromEntries cannot say so.
  return Object.fromEntries(entries) as T;
}

const trimmed = <T extends { en: string; ru: string } | undefined>(t: T): T => (t ? { ...t, en: t.en.trim(), ru: t.ru.trim() } : t);

// --- Chairmanships and organizations -------------------------------------------------------

export interface StartedChairmanship {
  chairmanship: Chairmanship;
  organization: Organization;
}

/**
 * Starts a chairmanship: for a new organization, the organization itself and its chairing
 * state as its first member state; for an organization the app keeps, the chairing state
 * chosen among its members (or added to them).
 */
export async function startChairmanship(store: Store, draft: ChairmanshipDraft): Promise<StartedChairmanship> {
  const errors = validateChairmanship(draft);
  if (errors.length) throw new ValidationError('chairmanships', errors);
  const { db } = store;
  const now = new Date();
  return db.transaction('rw', [db.organizations, db.parties, db.chairmanships], async () => {
    let organization: Organization;
    if ('id' in draft.organization) {
      const found = await db.organizations.get(draft.organization.id);
      if (!found) throw new NotFoundError('organizations', draft.organization.id);
      organization = found;
    } else {
      const o = draft.organization;
      organization = stamp<Organization>(
        { name: trimmed(o.name), short: trimmed(o.short), acronym: trimmed(o.acronym), protocolOrder: DEFAULT_PROTOCOL_ORDER },
        now,
      );
      await db.organizations.add(organization);
    }
    let chair: Party;
    if ('partyId' in draft.chairState) {
      const found = await db.parties.get(draft.chairState.partyId);
      if (!found || found.organizationId !== organization.id) throw new NotFoundError('parties', draft.chairState.partyId);
      chair = found;
    } else {
      const siblings = await db.parties.where('organizationId').equals(organization.id).toArray();
      const name = trimmed(draft.chairState.name);
      chair = stamp<Party>({ organizationId: organization.id, kind: 'member', name, short: name, position: nextPosition(siblings) }, now);
      await db.parties.add(chair);
    }
    const chairmanship = stamp<Chairmanship>(
      {
        organizationId: organization.id,
        chairState: chairStateOf(chair),
        chairPartyId: chair.id,
        year: draft.year,
        firstDay: draft.firstDay,
        lastDay: draft.lastDay,
        homeTimeZone: draft.homeTimeZone,
        example: 0,
      },
      now,
    );
    await db.chairmanships.add(chairmanship);
    return { chairmanship, organization };
  });
}

export function saveOrganization(
  store: Store,
  base: Organization,
  draft: OrganizationDraft & { protocolOrder: ProtocolOrderRule },
): Promise<Organization> {
  const errors = validateOrganization(draft);
  if (errors.length) throw new ValidationError('organizations', errors);
  return store.organizations.update(base, {
    name: trimmed(draft.name),
    short: trimmed(draft.short),
    acronym: trimmed(draft.acronym),
    protocolOrder: draft.protocolOrder,
  });
}

export type ChairmanshipPatch = Pick<Chairmanship, 'year' | 'firstDay' | 'lastDay' | 'homeTimeZone' | 'chairPartyId'>;

/** The chairmanship's own fields; the chairing state's names follow its party. */
export async function saveChairmanship(store: Store, base: Chairmanship, patch: ChairmanshipPatch): Promise<Chairmanship> {
  const errors = validateSpan(patch);
  if (errors.length) throw new ValidationError('chairmanships', errors);
  const { db } = store;
  return db.transaction('rw', [db.chairmanships, db.parties], async () => {
    const chair = patch.chairPartyId ? await db.parties.get(patch.chairPartyId) : undefined;
    if (patch.chairPartyId && (!chair || chair.organizationId !== base.organizationId)) {
      throw new ValidationError('chairmanships', [{ field: 'chairState', code: 'required' }]);
    }
    return store.chairmanships.update(base, {
      ...patch,
      ...(chair ? { chairState: chairStateOf(chair) } : {}),
    });
  });
}

/** The chairing state as its chairmanships name it: in each language, its short name, else its full name. */
function chairStateOf(party: Pick<Party, 'short' | 'name'>): Text {
  return { en: party.short.en || party.name.en, ru: party.short.ru || party.name.ru };
}

/**
 * The chairmanships these parties hold name them as they are named now (the banner, every
 * printed heading). Inside a read-write transaction over the chairmanships.
 */
export async function followChairStates(db: ChairdeskDB, parties: readonly Party[], now: Date): Promise<void> {
  const byId = new Map(parties.map((p) => [p.id, p]));
  const renamed = (await db.chairmanships.toArray()).flatMap((held) => {
    const party = held.chairPartyId ? byId.get(held.chairPartyId) : undefined;
    const chairState = party && chairStateOf(party);
    if (!chairState || (held.chairState.en === chairState.en && held.chairState.ru === chairState.ru)) return [];
    return [nextVersion(db, held, { ...held, chairState }, now)];
  });
  await db.chairmanships.bulkPut(renamed);
}

// --- States and organizations (parties) ----------------------------------------------------

function cleanParty(draft: PartyDraft): PartyDraft {
  return tidy({
    ...draft,
    name: trimmed(draft.name),
    short: trimmed(draft.short),
    capital: trimmed(draft.capital),
    iso2: draft.iso2?.trim().toUpperCase(),
    timeZone: draft.timeZone?.trim(),
  });
}

export async function addParty(store: Store, organizationId: string, draft: PartyDraft): Promise<Party> {
  const { db } = store;
  const clean = cleanParty(draft);
  return db.transaction('rw', db.parties, async () => {
    const siblings = await db.parties.where('organizationId').equals(organizationId).toArray();
    const errors = validateParty(clean, siblings);
    if (errors.length) throw new ValidationError('parties', errors);
    const row = stamp<Party>({ ...clean, organizationId, position: nextPosition(siblings) }, new Date());
    await db.parties.add(row);
    return row;
  });
}

/** Sessions after `until` at which the party still has a delegation (a state cannot leave before them). */
async function sessionsAfter(store: Store, partyId: string, until: IsoDate, zone: string): Promise<string[]> {
  const { db } = store;
  const after = dayRangeUtc(addDays(until, 1), addDays(until, 1), zone).from;
  const delegation = await db.participants.where('partyId').equals(partyId).toArray();
  const sessions = await db.sessions.bulkGet([...new Set(delegation.map((p) => p.sessionId))]);
  return sessions
    .filter((s) => s !== undefined && s.startUtc >= after && s.status !== 'cancelled')
    .sort((a, b) => (a?.startUtc ?? '').localeCompare(b?.startUtc ?? ''))
    .map((s) => s?.id ?? '');
}

export async function editParty(store: Store, base: Party, draft: PartyDraft, zone: string): Promise<Party> {
  const { db } = store;
  const clean = cleanParty(draft);
  return db.transaction('rw', [db.parties, db.participants, db.sessions, db.chairmanships], async () => {
    const siblings = (await db.parties.where('organizationId').equals(base.organizationId).toArray()).filter((p) => p.id !== base.id);
    const errors = validateParty(clean, siblings);
    if (errors.length) throw new ValidationError('parties', errors);
    if (clean.memberUntil && clean.memberUntil !== base.memberUntil) {
      const later = await sessionsAfter(store, base.id, clean.memberUntil, zone);
      if (later.length) throw new LeavesWithSessionsError(base.id, later);
    }
    const cleared = { iso2: undefined, timeZone: undefined, capital: undefined, memberSince: undefined, memberUntil: undefined };
    const saved = await store.parties.update(base, { ...cleared, ...clean });
    await followChairStates(db, [saved], new Date());
    return saved;
  });
}

type Positioned = Row & { position: number; organizationId: string };

/** Rows of one organization put in the given order (positions 0…n). */
async function reorder(
  store: Store,
  tableName: 'parties' | 'bodies' | 'themes',
  organizationId: string,
  orderedIds: readonly string[],
): Promise<void> {
  const { db } = store;
  const table = db.table<Positioned, string>(tableName);
  await db.transaction('rw', table, async () => {
    const rows = await table.where('organizationId').equals(organizationId).toArray();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = [...orderedIds.flatMap((id) => byId.get(id) ?? []), ...rows.filter((r) => !orderedIds.includes(r.id))];
    const now = new Date();
    const changed = ordered.flatMap((row, position) =>
      row.position === position ? [] : [nextVersion(db, row, { ...row, position }, now)],
    );
    await table.bulkPut(changed);
  });
}

export const reorderParties = (store: Store, organizationId: string, ids: readonly string[]): Promise<void> =>
  reorder(store, 'parties', organizationId, ids);
export const reorderBodies = (store: Store, organizationId: string, ids: readonly string[]): Promise<void> =>
  reorder(store, 'bodies', organizationId, ids);
export const reorderThemes = (store: Store, organizationId: string, ids: readonly string[]): Promise<void> =>
  reorder(store, 'themes', organizationId, ids);

/** Retired rows stay for history and are offered for nothing new; retiring is undone the same way. */
export function retireParty(store: Store, base: Party, retired: boolean): Promise<Party> {
  return store.parties.update(base, { retired: retired || undefined });
}

async function partyUses(store: Store, party: Party): Promise<InUseError['uses']> {
  const { db } = store;
  const [persons, participants, appointments, bodies, items, chairmanships] = await Promise.all([
    db.persons.where('partyId').equals(party.id).count(),
    db.participants.where('partyId').equals(party.id).count(),
    db.appointments
      .where('organizationId')
      .equals(party.organizationId)
      .filter((a) => a.partyId === party.id)
      .count(),
    db.bodies
      .where('organizationId')
      .equals(party.organizationId)
      .filter((b) => b.seats.some((s) => s.partyId === party.id))
      .count(),
    db.actionItems.filter((i) => i.responsible.partyIds.includes(party.id)).count(),
    db.chairmanships
      .where('organizationId')
      .equals(party.organizationId)
      .filter((c) => c.chairPartyId === party.id)
      .count(),
  ]);
  return nonZero({ persons, participants, appointments, bodies, actionItems: items, chairmanships });
}

function nonZero(counts: Required<InUseError['uses']> | Record<string, number>): InUseError['uses'] {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Deletes a party nothing uses; one in use is refused, saying where (retire it instead). */
export async function deleteParty(store: Store, base: Party): Promise<void> {
  const { db } = store;
  await db.transaction(
    'rw',
    [db.parties, db.persons, db.participants, db.appointments, db.bodies, db.actionItems, db.chairmanships, db.tombstones],
    async () => {
      const uses = await partyUses(store, base);
      if (Object.keys(uses).length) throw new InUseError('parties', base.id, uses);
      await store.parties.remove(base);
    },
  );
}

// --- Bodies ---------------------------------------------------------------------------------

function cleanBody(draft: BodyDraft): BodyDraft {
  return tidy({
    ...draft,
    name: trimmed(draft.name),
    acronym: trimmed(draft.acronym),
    seatTitle: trimmed(draft.seatTitle),
    seats: draft.seats.map((s) => tidy({ ...s, title: trimmed(s.title) })),
    quorum: draft.decisionRule === 'quorum' ? draft.quorum : undefined,
  });
}

export async function addBody(store: Store, organizationId: string, draft: BodyDraft): Promise<Body> {
  const { db } = store;
  const clean = cleanBody(draft);
  return db.transaction('rw', [db.bodies, db.parties], async () => {
    const [others, parties] = await Promise.all([
      db.bodies.where('organizationId').equals(organizationId).toArray(),
      db.parties.where('organizationId').equals(organizationId).toArray(),
    ]);
    const errors = validateBody(clean, others, parties);
    if (errors.length) throw new ValidationError('bodies', errors);
    const row = stamp<Body>({ ...clean, organizationId, position: nextPosition(others) }, new Date());
    await db.bodies.add(row);
    return row;
  });
}

/**
 * Saves a body. When its name or acronym changes and `renamedOn` is given, the old name is
 * kept until the day before, so sessions held before the rename keep showing it; without
 * `renamedOn` the change corrects the name everywhere.
 */
export async function editBody(store: Store, base: Body, draft: BodyDraft, renamedOn?: IsoDate): Promise<Body> {
  const { db } = store;
  const clean = cleanBody(draft);
  if (renamedOn !== undefined && !isIsoDate(renamedOn)) throw new ValidationError('bodies', [{ field: 'renamedOn', code: 'invalid' }]);
  return db.transaction('rw', [db.bodies, db.parties], async () => {
    const [others, parties] = await Promise.all([
      db.bodies.where('organizationId').equals(base.organizationId).toArray(),
      db.parties.where('organizationId').equals(base.organizationId).toArray(),
    ]);
    const errors = validateBody(
      clean,
      others.filter((b) => b.id !== base.id),
      parties,
    );
    if (errors.length) throw new ValidationError('bodies', errors);
    const renamed =
      renamedOn &&
      (base.name.en !== clean.name.en ||
        base.name.ru !== clean.name.ru ||
        base.acronym.en !== clean.acronym.en ||
        base.acronym.ru !== clean.acronym.ru);
    const formerNames = renamed
      ? [...(base.formerNames ?? []), { until: addDays(renamedOn, -1), name: base.name, acronym: base.acronym }]
      : base.formerNames;
    return store.bodies.update(base, { quorum: undefined, chairPartyId: undefined, ...clean, formerNames });
  });
}

export function retireBody(store: Store, base: Body, retired: boolean): Promise<Body> {
  return store.bodies.update(base, { retired: retired || undefined });
}

export async function deleteBody(store: Store, base: Body): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.bodies, db.sessions, db.appointments, db.actionItems, db.tombstones], async () => {
    const [sessions, appointments, actionItems] = await Promise.all([
      db.sessions.where('bodyIds').equals(base.id).count(),
      db.appointments
        .where('organizationId')
        .equals(base.organizationId)
        .filter((a) => a.bodyId === base.id)
        .count(),
      db.actionItems.filter((i) => i.responsible.bodyIds.includes(base.id)).count(),
    ]);
    const uses = nonZero({ sessions, appointments, actionItems });
    if (Object.keys(uses).length) throw new InUseError('bodies', base.id, uses);
    await store.bodies.remove(base);
  });
}

// --- Action Plan themes ---------------------------------------------------------------------

export async function addTheme(store: Store, organizationId: string, draft: Pick<Theme, 'name'>): Promise<Theme> {
  const { db } = store;
  return db.transaction('rw', db.themes, async () => {
    const others = await db.themes.where('organizationId').equals(organizationId).toArray();
    const name = trimmed(draft.name);
    const errors = validateTheme({ name }, others);
    if (errors.length) throw new ValidationError('themes', errors);
    const row = stamp<Theme>({ organizationId, name, position: nextPosition(others) }, new Date());
    await db.themes.add(row);
    return row;
  });
}

export async function editTheme(store: Store, base: Theme, draft: Pick<Theme, 'name'>): Promise<Theme> {
  const { db } = store;
  return db.transaction('rw', db.themes, async () => {
    const others = (await db.themes.where('organizationId').equals(base.organizationId).toArray()).filter((t) => t.id !== base.id);
    const name = trimmed(draft.name);
    const errors = validateTheme({ name }, others);
    if (errors.length) throw new ValidationError('themes', errors);
    return store.themes.update(base, { name });
  });
}

export function retireTheme(store: Store, base: Theme, retired: boolean): Promise<Theme> {
  return store.themes.update(base, { retired: retired || undefined });
}

export async function deleteTheme(store: Store, base: Theme): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.themes, db.actionItems, db.tombstones], async () => {
    const actionItems = await db.actionItems.filter((i) => i.theme === base.id).count();
    if (actionItems) throw new InUseError('themes', base.id, { actionItems });
    await store.themes.remove(base);
  });
}

// --- The next chairmanship ------------------------------------------------------------------

export interface NextChairmanshipDraft {
  chairPartyId: string;
  year: number;
  firstDay: IsoDate;
  lastDay: IsoDate;
  homeTimeZone: string;
}

/** The seats of the last chairmanship a new one is offered: held on its last day (or ending then). */
export function seatsToConfirm<A extends { from: IsoDate; to?: IsoDate }>(
  appointments: readonly A[],
  previous: Pick<Chairmanship, 'lastDay'>,
): A[] {
  return appointments.filter((a) => a.from <= previous.lastDay && (a.to === undefined || a.to >= previous.lastDay));
}

/**
 * Starts the next chairmanship of an organization. Of the seats held at the end of the
 * previous one, those the user confirmed continue (an end set with the last year is lifted);
 * the others end on the previous chairmanship's last day, so none runs into the new year
 * unconfirmed.
 */
export async function startNextChairmanship(
  store: Store,
  previous: Chairmanship,
  draft: NextChairmanshipDraft,
  confirmedAppointmentIds: readonly string[],
): Promise<Chairmanship> {
  const span = validateSpan(draft);
  if (span.length) throw new ValidationError('chairmanships', span);
  if (draft.firstDay <= previous.lastDay) throw new ValidationError('chairmanships', [{ field: 'firstDay', code: 'overlap' }]);
  const { db } = store;
  const confirmed = new Set(confirmedAppointmentIds);
  return db.transaction('rw', [db.chairmanships, db.parties, db.appointments], async () => {
    const chair = await db.parties.get(draft.chairPartyId);
    if (!chair || chair.organizationId !== previous.organizationId)
      throw new ValidationError('chairmanships', [{ field: 'chairState', code: 'required' }]);
    const now = new Date();
    const offered = seatsToConfirm(await db.appointments.where('organizationId').equals(previous.organizationId).toArray(), previous);
    const changed = offered.flatMap((a) => {
      if (confirmed.has(a.id)) return a.to === undefined ? [] : [nextVersion(db, a, tidy({ ...a, to: undefined }), now)];
      return a.to === previous.lastDay ? [] : [nextVersion(db, a, { ...a, to: previous.lastDay }, now)];
    });
    await db.appointments.bulkPut(changed);
    const chairmanship = stamp<Chairmanship>(
      {
        organizationId: previous.organizationId,
        chairState: chair.short.en || chair.short.ru ? chair.short : chair.name,
        chairPartyId: chair.id,
        year: draft.year,
        firstDay: draft.firstDay,
        lastDay: draft.lastDay,
        homeTimeZone: draft.homeTimeZone,
        example: 0,
      },
      now,
    );
    await db.chairmanships.add(chairmanship);
    return chairmanship;
  });
}

/** The span offered for the chairmanship after `previous`: the same length, starting the next day. */
export function nextSpan(
  previous: Pick<Chairmanship, 'year' | 'firstDay' | 'lastDay'>,
): Pick<Chairmanship, 'year' | 'firstDay' | 'lastDay'> {
  const calendar = calendarYear(previous.year);
  if (previous.firstDay === calendar.firstDay && previous.lastDay === calendar.lastDay)
    return { year: previous.year + 1, ...calendarYear(previous.year + 1) };
  const firstDay = addDays(previous.lastDay, 1);
  return { year: Number(firstDay.slice(0, 4)), firstDay, lastDay: addDays(firstDay, 364) };
}
