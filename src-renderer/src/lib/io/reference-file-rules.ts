// What makes a reference set whole before any of it is written: every row belongs to its
// organization, ids are unique, every reference (a person's state, a seat's person, body and
// state, a body's member states, the state drawn by lot) points at a row of the set, and each
// row passes the rules its form applies (names, dates, time zones, e-mail addresses, a state's
// or body's name used once, seats that do not overlap). Two form rules a file is not held to:
// a quorum body without its figure (the form asks for it; the app works without), and
// `position`, which only orders rows. Each issue names its table, row and field. Pure.
import { validateOrganization } from '../domain/chairmanship-rules';
import { formFromPerson, validatePerson, type PersonField } from '../domain/person-rules';
import { validateBody, validateParty, validateTheme } from '../domain/reference-rules';
import { overlappingHolder, validateAppointment } from '../domain/seats';
import type { Appointment } from '../domain/types';
import { quoted, rowsOfSet, REFERENCE_TABLES, type ReferenceIssue, type ReferenceSet, type ReferenceTable } from './reference-file-format';

/** Where a person's form field lives in the row. */
export const PERSON_FIELD_PATH: Record<PersonField, string> = {
  familyEn: 'names.en.family',
  givenEn: 'names.en.given',
  familyRu: 'names.ru.family',
  givenRu: 'names.ru.given',
  honorificEn: 'honorific.en',
  honorificRu: 'honorific.ru',
  partyId: 'partyId',
  positionEn: 'position.en',
  positionRu: 'position.ru',
  email: 'email',
  phone: 'phone',
  notes: 'notes',
};

/** The value at a path of a row (`names.en.family`, `seats.2.partyId`). */
export function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The codes of the form rules this file reuses, and what each is called in an issue. */
type RuleCode =
  ReferenceIssue['code'] | 'duplicate' | 'quorum' | 'name-required' | 'successor-too-early' | 'same-person' | 'span' | 'year-range';

function issueCode(code: RuleCode): ReferenceIssue['code'] {
  switch (code) {
    case 'duplicate':
      return 'duplicate-name';
    case 'name-required':
      return 'required';
    case 'quorum':
    case 'span':
    case 'year-range':
    case 'successor-too-early':
    case 'same-person':
      return 'invalid';
    default:
      return code;
  }
}

export function checkReferenceSet(set: ReferenceSet): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const rows = rowsOfSet(set);
  const issue = (table: ReferenceTable, index: number, field: string, code: RuleCode): void => {
    issues.push({ table, row: index + 1, field, code: issueCode(code), value: quoted(valueAt(rows[table][index], field)) });
  };
  const org = set.organization;

  for (const e of validateOrganization(org)) issue('organizations', 0, e.field === 'organizationAcronym' ? 'acronym' : 'name', e.code);

  for (const table of REFERENCE_TABLES) {
    const seen = new Set<string>();
    rows[table].forEach((row, i) => {
      if (seen.has(row.id)) issue(table, i, 'id', 'duplicate-id');
      seen.add(row.id);
      if (table !== 'organizations' && row.organizationId !== org.id) issue(table, i, 'organizationId', 'other-organization');
    });
  }

  const parties = new Map(set.parties.map((p) => [p.id, p]));
  const bodies = new Set(set.bodies.map((b) => b.id));
  const persons = new Set(set.persons.map((p) => p.id));

  if (org.protocolOrder.kind === 'alphabetical' && org.protocolOrder.startPartyId && !parties.has(org.protocolOrder.startPartyId))
    issue('organizations', 0, 'protocolOrder.startPartyId', 'unknown-reference');

  set.parties.forEach((party, i) => {
    for (const e of validateParty(party, set.parties.slice(0, i))) issue('parties', i, e.field, e.code);
  });

  set.bodies.forEach((body, i) => {
    for (const e of validateBody(body, set.bodies.slice(0, i), set.parties)) {
      if (e.code === 'quorum' && body.quorum === undefined) continue;
      if (e.field !== 'seats' || e.index === undefined) issue('bodies', i, e.field, e.code);
      else if (e.code === 'not-a-member' && !parties.has(body.seats[e.index]?.partyId ?? ''))
        issue('bodies', i, `seats.${e.index}.partyId`, 'unknown-reference');
      else if (e.code === 'not-a-member' || e.code === 'duplicate-seat') issue('bodies', i, `seats.${e.index}.partyId`, e.code);
      else issue('bodies', i, `seats.${e.index}.${e.code === 'end-before-start' ? 'to' : 'from'}`, e.code);
    }
  });

  set.themes.forEach((theme, i) => {
    for (const e of validateTheme(theme, set.themes.slice(0, i))) issue('themes', i, e.field, e.code);
  });

  set.persons.forEach((person, i) => {
    for (const e of validatePerson(formFromPerson(person))) issue('persons', i, PERSON_FIELD_PATH[e.field], e.code);
    if (person.partyId !== undefined && !parties.has(person.partyId)) issue('persons', i, 'partyId', 'unknown-reference');
  });

  const checked: Appointment[] = [];
  set.appointments.forEach((seat, i) => {
    if (!persons.has(seat.personId)) issue('appointments', i, 'personId', 'unknown-reference');
    if (!bodies.has(seat.bodyId)) issue('appointments', i, 'bodyId', 'unknown-reference');
    if (!parties.has(seat.partyId)) issue('appointments', i, 'partyId', 'unknown-reference');
    const errors = validateAppointment(seat);
    for (const e of errors) issue('appointments', i, e.field, e.code);
    if (!errors.length && overlappingHolder(seat, checked)) issue('appointments', i, 'from', 'overlap');
    checked.push(seat);
  });

  return issues;
}
