// What makes an organization's reference data valid: its states and organizations, its bodies
// with the states that sit on them, and its Action Plan themes. Every rule names the field it
// is about, so a form can say what is wrong where. Pure.
import { NAME_LIMIT } from './chairmanship-rules';
import { isIsoDate, isValidTimeZone } from './time';
import type { Body, BodySeat, Party, Theme, Text } from './types';

export interface ReferenceError<F extends string = string> {
  field: F;
  code:
    | 'required'
    | 'too-long'
    | 'invalid'
    | 'unknown-zone'
    | 'end-before-start'
    | 'duplicate'
    | 'no-member'
    | 'quorum'
    | 'not-a-member'
    | 'duplicate-seat';
  /** Which seat of a body's list (0-based), for a seat's error. */
  index?: number;
}

const filled = (t: Text | undefined): boolean => !!t && (t.en.trim() !== '' || t.ru.trim() !== '');
const tooLong = (t: Text | undefined): boolean => !!t && (t.en.length > NAME_LIMIT || t.ru.length > NAME_LIMIT);
const folded = (value: string): string => value.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');

function checkName<F extends string>(field: F, value: Text | undefined, required: boolean): ReferenceError<F>[] {
  if (required && !filled(value)) return [{ field, code: 'required' }];
  if (tooLong(value)) return [{ field, code: 'too-long' }];
  return [];
}

function checkRange<F extends string>(fromField: F, toField: F, from: string | undefined, to: string | undefined): ReferenceError<F>[] {
  const errors: ReferenceError<F>[] = [];
  if (from && !isIsoDate(from)) errors.push({ field: fromField, code: 'invalid' });
  if (to && !isIsoDate(to)) errors.push({ field: toField, code: 'invalid' });
  else if (from && to && isIsoDate(from) && to < from) errors.push({ field: toField, code: 'end-before-start' });
  return errors;
}

export type PartyDraft = Pick<Party, 'kind' | 'name' | 'short'> &
  Partial<Pick<Party, 'iso2' | 'timeZone' | 'capital' | 'memberSince' | 'memberUntil'>>;
export type PartyField = 'name' | 'short' | 'iso2' | 'timeZone' | 'capital' | 'memberSince' | 'memberUntil';

export function validateParty(
  draft: PartyDraft,
  others: readonly Pick<Party, 'id' | 'short' | 'name'>[] = [],
): ReferenceError<PartyField>[] {
  const errors: ReferenceError<PartyField>[] = [];
  errors.push(
    ...checkName('short', draft.short, !filled(draft.name)),
    ...checkName('name', draft.name, false),
    ...checkName('capital', draft.capital, false),
  );
  if (draft.iso2 && !/^[A-Za-z]{2}$/.test(draft.iso2)) errors.push({ field: 'iso2', code: 'invalid' });
  if (draft.timeZone && !isValidTimeZone(draft.timeZone)) errors.push({ field: 'timeZone', code: 'unknown-zone' });
  errors.push(...checkRange('memberSince', 'memberUntil', draft.memberSince, draft.memberUntil));
  // Two states of one name would make every list ambiguous.
  const names = [draft.short.en, draft.short.ru].map(folded).filter(Boolean);
  if (
    !errors.some((e) => e.field === 'short') &&
    others.some((o) => [o.short.en, o.short.ru].map(folded).some((n) => n && names.includes(n)))
  )
    errors.push({ field: 'short', code: 'duplicate' });
  return errors;
}

export type BodyDraft = Pick<Body, 'name' | 'acronym' | 'level' | 'seatTitle' | 'seats' | 'decisionRule'> &
  Partial<Pick<Body, 'quorum' | 'chairPartyId'>>;
export type BodyField = 'name' | 'acronym' | 'seatTitle' | 'seats' | 'quorum' | 'chairPartyId';

/**
 * A body needs a name, an acronym that no other body of the organization uses (in either
 * language), at least one member state on its list, each state once, and with the quorum
 * rule a quorum between one and the number of its members.
 */
export function validateBody(
  draft: BodyDraft,
  others: readonly Pick<Body, 'id' | 'acronym'>[],
  parties: readonly Pick<Party, 'id' | 'kind'>[],
): ReferenceError<BodyField>[] {
  const errors: ReferenceError<BodyField>[] = [];
  errors.push(
    ...checkName('name', draft.name, true),
    ...checkName('acronym', draft.acronym, true),
    ...checkName('seatTitle', draft.seatTitle, false),
  );
  const acronyms = [draft.acronym.en, draft.acronym.ru].map(folded).filter(Boolean);
  if (
    !errors.some((e) => e.field === 'acronym') &&
    others.some((o) => [o.acronym.en, o.acronym.ru].map(folded).some((a) => a && acronyms.includes(a)))
  )
    errors.push({ field: 'acronym', code: 'duplicate' });
  if (!draft.seats.length) errors.push({ field: 'seats', code: 'no-member' });
  const seen = new Set<string>();
  draft.seats.forEach((seat: BodySeat, index) => {
    const party = parties.find((p) => p.id === seat.partyId);
    if (!party || party.kind !== 'member') errors.push({ field: 'seats', code: 'not-a-member', index });
    else if (seen.has(seat.partyId)) errors.push({ field: 'seats', code: 'duplicate-seat', index });
    seen.add(seat.partyId);
    for (const e of checkRange('seats', 'seats', seat.from, seat.to)) errors.push({ ...e, index });
  });
  if (draft.decisionRule === 'quorum') {
    const quorum = draft.quorum ?? 0;
    if (!Number.isInteger(quorum) || quorum < 1 || quorum > Math.max(draft.seats.length, 1))
      errors.push({ field: 'quorum', code: 'quorum' });
  }
  if (draft.chairPartyId && !draft.seats.some((s) => s.partyId === draft.chairPartyId))
    errors.push({ field: 'chairPartyId', code: 'not-a-member' });
  return errors;
}

export type ThemeField = 'name';

export function validateTheme(
  draft: Pick<Theme, 'name'>,
  others: readonly Pick<Theme, 'id' | 'name'>[] = [],
): ReferenceError<ThemeField>[] {
  const errors = checkName('name', draft.name, true);
  const names = [draft.name.en, draft.name.ru].map(folded).filter(Boolean);
  if (!errors.length && others.some((o) => [o.name.en, o.name.ru].map(folded).some((n) => n && names.includes(n))))
    errors.push({ field: 'name', code: 'duplicate' });
  return errors;
}
