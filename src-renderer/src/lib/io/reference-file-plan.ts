// What importing a reference set will do, before anything is written: which organization it
// goes into (the one with its id, else one of the same name or acronym, else a new one), and
// row by row what is added, what matches a stored row (the same id, or the same state, body,
// theme or person by name in either language, or the same seat) and, of those, what differs.
// A matched row keeps what it has where the file has nothing: an import adds and updates, it
// never empties a field or removes a row. A state, body or person matched under another id
// is referred to by the stored id everywhere in the set. Rows the import would leave in
// conflict with stored ones (two states of one name, two holders of one seat at once) are
// issues: nothing is written while there is one. Pure.
import { canonicalJson } from '../backup/io/canonical-json';
import { DuplicateIndex, samePersonExactly } from '../domain/person-duplicates';
import { validateBody, validateParty, validateTheme } from '../domain/reference-rules';
import { overlappingHolder } from '../domain/seats';
import { foldForSearch } from '../domain/text-search';
import type { Appointment, Body, Organization, Party, Person, Row, Theme } from '../domain/types';
import { REFERENCE_TABLES, type ReferenceIssue, type ReferenceSet, type ReferenceTable } from './reference-file-format';

export type RowAction = 'add' | 'update' | 'same';

export interface PlannedRow<T extends Row> {
  action: RowAction;
  /** What will be stored: the file's row (add), the stored row with the file's values (update), or the stored row (same). */
  row: T;
  /** The stored row it matches (update, same). */
  stored?: T;
  /** How it was matched. */
  match?: 'id' | 'name';
  /** The fields an update changes. */
  changes: string[];
  /** The row of the file it comes from (1-based, in its table). */
  source: number;
}

export interface PlannedTables {
  organization: PlannedRow<Organization>;
  parties: PlannedRow<Party>[];
  bodies: PlannedRow<Body>[];
  persons: PlannedRow<Person>[];
  appointments: PlannedRow<Appointment>[];
  themes: PlannedRow<Theme>[];
}

export interface ReferencePlan extends PlannedTables {
  /** People the file adds who look like people already stored (added all the same: merge them on the person's page if they are one). */
  lookalikes: { source: number; person: Person; like: Person[] }[];
  /** Conflicts with stored rows; nothing is written while there is one. */
  issues: ReferenceIssue[];
}

const folded = (value: string): string => foldForSearch(value).replace(/\s+/g, ' ').trim();
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'hlc', 'fieldHlc', 'organizationId', 'position']);

/** The organization a set goes into: the stored one with its id, else one that shares its name or acronym. */
export function targetOrganization(
  incoming: Organization,
  organizations: readonly Organization[],
  preferredId?: string | null,
): { organization: Organization; match: 'id' | 'name' } | null {
  const byId = organizations.find((o) => o.id === incoming.id);
  if (byId) return { organization: byId, match: 'id' };
  const names = (o: Organization): string[] => [o.name.en, o.name.ru, o.acronym.en, o.acronym.ru].map(folded).filter(Boolean);
  const wanted = names(incoming);
  const same = organizations.filter((o) => names(o).some((n) => wanted.includes(n)));
  const chosen = same.find((o) => o.id === preferredId) ?? same[0];
  return chosen ? { organization: chosen, match: 'name' } : null;
}

const isText = (v: unknown): v is { en: string; ru: string } =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { en?: unknown }).en === 'string' &&
  typeof (v as { ru?: unknown }).ru === 'string';
const blank = (v: unknown): boolean => v === undefined || v === '' || (isText(v) && !v.en.trim() && !v.ru.trim());

/** A stored value with the file's laid over it where the file has something (per language for texts, per part for names). */
function mergeValue(key: string, stored: unknown, incoming: unknown): unknown {
  if (blank(incoming)) return stored;
  if (key === 'seats' && Array.isArray(stored) && Array.isArray(incoming))
    return unionBy(stored, incoming, (s) => (s as { partyId: string }).partyId);
  if (key === 'formerNames' && Array.isArray(stored) && Array.isArray(incoming))
    return unionBy(stored, incoming, (f) => (f as { until: string }).until);
  if (isText(stored) && isText(incoming))
    return { ...stored, en: incoming.en.trim() ? incoming.en : stored.en, ru: incoming.ru.trim() ? incoming.ru : stored.ru };
  if (key === 'names' && typeof stored === 'object' && stored !== null && typeof incoming === 'object') {
    const s = stored as Person['names'];
    const i = incoming as Person['names'];
    const part = (a: Person['names']['en'], b: Person['names']['en']) => ({
      given: b.given.trim() ? b.given : a.given,
      family: b.family.trim() ? b.family : a.family,
    });
    return { en: part(s.en, i.en), ru: part(s.ru, i.ru) };
  }
  return incoming;
}

/** Stored entries, each replaced by the file's entry of the same key, then the file's new ones. */
function unionBy<T>(stored: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const theirs = new Map(incoming.map((i) => [key(i), i]));
  const mine = new Set(stored.map(key));
  return [...stored.map((s) => theirs.get(key(s)) ?? s), ...incoming.filter((i) => !mine.has(key(i)))];
}

function mergeRow<T extends Row>(stored: T, incoming: T): { row: T; changes: string[] } {
  const was: Record<string, unknown> = Object.fromEntries(Object.entries(stored));
  const next: Record<string, unknown> = { ...was };
  for (const [key, value] of Object.entries(incoming)) {
    if (BOOKKEEPING.has(key)) continue;
    next[key] = mergeValue(key, was[key], value);
  }
  const changes = Object.keys(next).filter((k) => !BOOKKEEPING.has(k) && canonicalJson(next[k]) !== canonicalJson(was[k]));
  return { row: next as T, changes };
}

interface TablePlan<T extends Row> {
  rows: PlannedRow<T>[];
  /** File id → the id the row has here. */
  ids: Map<string, string>;
}

/** How a table's rows match: the keys a match shares (names, folded), and what else must hold. */
interface Matching<T> {
  keys: (row: T) => string[];
  same?: (file: T, stored: T) => boolean;
}

/**
 * Plans one table: each file row (its references already mapped) matched to a stored row by
 * id, else by a shared key; added under its own id unless that id is taken by a row it did
 * not match (then under a new one). Added rows follow the stored ones in position.
 */
function planTable<T extends Row & { organizationId: string }>(
  incoming: readonly T[],
  stored: readonly T[],
  taken: ReadonlySet<string>,
  newId: () => string,
  organizationId: string,
  matching: Matching<T>,
  keepPositions: boolean,
): TablePlan<T> {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const byKey = new Map<string, number[]>();
  stored.forEach((s, i) => {
    for (const key of new Set(matching.keys(s))) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const sameAs = (file: T): T | undefined => {
    const candidates = [...new Set(matching.keys(file).flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b);
    return candidates.map((i) => stored[i] as T).find((s) => !used.has(s.id) && (matching.same?.(file, s) ?? true));
  };
  const used = new Set<string>();
  const ids = new Map<string, string>();
  const positions = stored.map((s) => (s as { position?: number }).position ?? 0);
  let nextPosition = positions.length ? Math.max(...positions) + 1 : 0;
  const order = [...incoming.keys()].sort(
    (a, b) => ((incoming[a] as { position?: number }).position ?? a) - ((incoming[b] as { position?: number }).position ?? b),
  );
  const rows: PlannedRow<T>[] = [];
  for (const i of order) {
    const file = incoming[i] as T;
    const matchById = byId.get(file.id);
    const match = matchById ? (used.has(matchById.id) ? undefined : matchById) : sameAs(file);
    if (match) {
      used.add(match.id);
      ids.set(file.id, match.id);
      const { row, changes } = mergeRow(match, file);
      rows[i] = {
        action: changes.length ? 'update' : 'same',
        row,
        stored: match,
        match: match === matchById ? 'id' : 'name',
        changes,
        source: i + 1,
      };
      continue;
    }
    const id = taken.has(file.id) || byId.has(file.id) ? newId() : file.id;
    ids.set(file.id, id);
    const row: T & { position?: number } = { ...file, id, organizationId };
    if ('position' in file && !keepPositions) row.position = nextPosition++;
    rows[i] = { action: 'add', row, changes: [], source: i + 1 };
  }
  return { rows, ids };
}

const names = (values: readonly string[]): string[] => values.map(folded).filter(Boolean);
const personKeys = (p: Person): string[] =>
  (['en', 'ru'] as const).flatMap((lang) => {
    const { family, given } = p.names[lang];
    return folded(family) ? [`${lang}|${folded(family)}|${folded(given)}`] : [];
  });

export interface PlanInput {
  incoming: ReferenceSet;
  /** The stored reference data of the organization it goes into; null for a new organization. */
  stored: ReferenceSet | null;
  /** Ids the file's rows have that rows of other organizations hold here, by table. */
  taken: Partial<Record<ReferenceTable, ReadonlySet<string>>>;
  newId: () => string;
}

export function planReferenceImport({ incoming, stored, taken, newId }: PlanInput): ReferencePlan {
  const none = new Set<string>();
  const target = stored?.organization;
  const organizationId = target?.id ?? (taken.organizations?.has(incoming.organization.id) ? newId() : incoming.organization.id);
  const keep = stored === null;

  const parties = planTable(
    incoming.parties,
    stored?.parties ?? [],
    taken.parties ?? none,
    newId,
    organizationId,
    { keys: (p) => names([p.short.en, p.short.ru, p.name.en, p.name.ru]) },
    keep,
  );
  const party = (id: string | undefined): string | undefined => (id === undefined ? undefined : (parties.ids.get(id) ?? id));

  const mappedBodies = incoming.bodies.map((b) => ({
    ...b,
    seats: b.seats.map((s) => ({ ...s, partyId: party(s.partyId) ?? s.partyId })),
    ...(b.chairPartyId ? { chairPartyId: party(b.chairPartyId) } : {}),
  }));
  const bodies = planTable(
    mappedBodies,
    stored?.bodies ?? [],
    taken.bodies ?? none,
    newId,
    organizationId,
    { keys: (b) => names([b.acronym.en, b.acronym.ru, b.name.en, b.name.ru]) },
    keep,
  );

  const mappedPersons = incoming.persons.map((p) => (p.partyId ? { ...p, partyId: party(p.partyId) } : p));
  const persons = planTable(
    mappedPersons,
    stored?.persons ?? [],
    taken.persons ?? none,
    newId,
    organizationId,
    {
      keys: personKeys,
      same: samePersonExactly,
    },
    keep,
  );

  const mappedSeats = incoming.appointments.map((a) => ({
    ...a,
    personId: persons.ids.get(a.personId) ?? a.personId,
    bodyId: bodies.ids.get(a.bodyId) ?? a.bodyId,
    partyId: party(a.partyId) ?? a.partyId,
  }));
  const appointments = planTable(
    mappedSeats,
    stored?.appointments ?? [],
    taken.appointments ?? none,
    newId,
    organizationId,
    { keys: (a) => [`${a.personId}|${a.bodyId}|${a.partyId}|${a.from}`] },
    keep,
  );

  const themes = planTable(
    incoming.themes,
    stored?.themes ?? [],
    taken.themes ?? none,
    newId,
    organizationId,
    { keys: (t) => names([t.name.en, t.name.ru]) },
    keep,
  );

  const file = incoming.organization;
  const rule =
    file.protocolOrder.kind === 'alphabetical' && file.protocolOrder.startPartyId
      ? { ...file.protocolOrder, startPartyId: party(file.protocolOrder.startPartyId) }
      : file.protocolOrder;
  const mappedOrganization = { ...file, protocolOrder: rule };
  const organization: PlannedRow<Organization> = target
    ? { ...mergeRow(target, mappedOrganization), action: 'same', stored: target, match: target.id === file.id ? 'id' : 'name', source: 1 }
    : { action: 'add', row: { ...mappedOrganization, id: organizationId }, changes: [], source: 1 };
  if (organization.changes.length) organization.action = 'update';

  const plan: PlannedTables = {
    organization,
    parties: parties.rows,
    bodies: bodies.rows,
    persons: persons.rows,
    appointments: appointments.rows,
    themes: themes.rows,
  };
  return { ...plan, lookalikes: lookalikes(plan, stored), issues: conflicts(plan, stored) };
}

/** New people who look like someone already stored, or like another person of the file. */
function lookalikes(plan: PlannedTables, stored: ReferenceSet | null): ReferencePlan['lookalikes'] {
  const all = new Map((stored?.persons ?? []).map((p) => [p.id, p]));
  for (const p of plan.persons) all.set(p.row.id, p.row);
  const index = new DuplicateIndex([...all.values()]);
  return plan.persons.flatMap((p) => {
    if (p.action !== 'add') return [];
    const like = index.lookalikes(p.row);
    return like.length ? [{ source: p.source, person: p.row, like }] : [];
  });
}

/** What the rows the import writes would break among the rows it leaves: a name twice, two holders of one seat. */
function conflicts(plan: PlannedTables, stored: ReferenceSet | null): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const written = <T extends Row>(rows: PlannedRow<T>[]) => rows.filter((r) => r.action !== 'same');
  const final = <T extends Row>(rows: PlannedRow<T>[]) => rows.map((r) => r.row);
  const others = <T extends Row>(rows: PlannedRow<T>[], stored: readonly T[], row: T): T[] => {
    const all = new Map(stored.map((s) => [s.id, s]));
    for (const r of final(rows)) all.set(r.id, r);
    all.delete(row.id);
    return [...all.values()];
  };
  const issue = (table: ReferenceTable, source: number, field: string, code: ReferenceIssue['code']): void => {
    issues.push({ table, row: source, field, code });
  };
  for (const p of written(plan.parties)) {
    if (validateParty(p.row, others(plan.parties, stored?.parties ?? [], p.row)).some((e) => e.code === 'duplicate'))
      issue('parties', p.source, 'short', 'duplicate-name');
  }
  const partyRows = [...new Map([...(stored?.parties ?? []), ...final(plan.parties)].map((p) => [p.id, p])).values()];
  for (const b of written(plan.bodies)) {
    const errors = validateBody(b.row, others(plan.bodies, stored?.bodies ?? [], b.row), partyRows);
    if (errors.some((e) => e.field === 'acronym' && e.code === 'duplicate')) issue('bodies', b.source, 'acronym', 'duplicate-name');
  }
  for (const t of written(plan.themes)) {
    if (validateTheme(t.row, others(plan.themes, stored?.themes ?? [], t.row)).some((e) => e.code === 'duplicate'))
      issue('themes', t.source, 'name', 'duplicate-name');
  }
  for (const a of written(plan.appointments)) {
    if (overlappingHolder(a.row, others(plan.appointments, stored?.appointments ?? [], a.row)))
      issue('appointments', a.source, 'from', 'overlap');
  }
  return issues.sort((a, b) => REFERENCE_TABLES.indexOf(a.table) - REFERENCE_TABLES.indexOf(b.table) || a.row - b.row);
}
