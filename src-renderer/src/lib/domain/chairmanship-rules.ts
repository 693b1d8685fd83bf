// What a chairmanship needs: an organization (a new one, named in both languages, or one the
// app already keeps), a chairing state, a year with its first and last day (a chairmanship
// need not follow the calendar year), and a home zone.
import { TEXT_LIMIT } from './text-limits';
import type { FieldError } from './session-rules';
import { addDays, isIsoDate, isValidTimeZone } from './time';
import type { Chairmanship, IsoDate, Text } from './types';

/** The organization's names as typed in the first-run form and in Settings → Organization. */
export interface OrganizationDraft {
  name: Text;
  short: Text;
  acronym: Text;
}

export interface ChairmanshipDraft {
  /** An organization the app keeps, or a new one. */
  organization: { id: string } | OrganizationDraft;
  /** A member state of that organization, or a new one named in both languages. */
  chairState: { partyId: string } | { name: Text };
  year: number;
  firstDay: IsoDate;
  lastDay: IsoDate;
  homeTimeZone: string;
}

export type ChairmanshipField =
  'organizationName' | 'organizationAcronym' | 'chairState' | 'year' | 'firstDay' | 'lastDay' | 'homeTimeZone';
export type ChairmanshipError = FieldError<
  ChairmanshipField,
  'required' | 'year-range' | 'unknown-zone' | 'invalid' | 'end-before-start' | 'too-long' | 'span'
>;

export const YEAR_RANGE = { min: 1945, max: 2100 } as const;
/** The longest text of a name field. */
export const NAME_LIMIT = TEXT_LIMIT;

const filled = (t: Text): boolean => t.en.trim() !== '' || t.ru.trim() !== '';
const tooLong = (t: Text): boolean => t.en.length > NAME_LIMIT || t.ru.length > NAME_LIMIT;

/** A calendar year's first and last day: the span a new chairmanship is offered. */
export function calendarYear(year: number): Pick<Chairmanship, 'firstDay' | 'lastDay'> {
  return { firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
}

export function validateOrganization(draft: OrganizationDraft): ChairmanshipError[] {
  const errors: ChairmanshipError[] = [];
  if (!filled(draft.name)) errors.push({ field: 'organizationName', code: 'required' });
  else if (tooLong(draft.name) || tooLong(draft.short)) errors.push({ field: 'organizationName', code: 'too-long' });
  if (tooLong(draft.acronym)) errors.push({ field: 'organizationAcronym', code: 'too-long' });
  return errors;
}

export function validateSpan(draft: Pick<ChairmanshipDraft, 'year' | 'firstDay' | 'lastDay' | 'homeTimeZone'>): ChairmanshipError[] {
  const errors: ChairmanshipError[] = [];
  if (!Number.isInteger(draft.year) || draft.year < YEAR_RANGE.min || draft.year > YEAR_RANGE.max)
    errors.push({ field: 'year', code: 'year-range' });
  if (!isIsoDate(draft.firstDay)) errors.push({ field: 'firstDay', code: draft.firstDay ? 'invalid' : 'required' });
  if (!isIsoDate(draft.lastDay)) errors.push({ field: 'lastDay', code: draft.lastDay ? 'invalid' : 'required' });
  else if (isIsoDate(draft.firstDay)) {
    if (draft.lastDay < draft.firstDay) errors.push({ field: 'lastDay', code: 'end-before-start' });
    // A chairmanship is a year, give or take: more than two is a typing slip.
    else if (draft.lastDay > addDays(draft.firstDay, 2 * 366)) errors.push({ field: 'lastDay', code: 'span' });
  }
  if (!draft.homeTimeZone) errors.push({ field: 'homeTimeZone', code: 'required' });
  else if (!isValidTimeZone(draft.homeTimeZone)) errors.push({ field: 'homeTimeZone', code: 'unknown-zone' });
  return errors;
}

export function validateChairmanship(draft: ChairmanshipDraft): ChairmanshipError[] {
  const errors: ChairmanshipError[] = [];
  if (!('id' in draft.organization)) errors.push(...validateOrganization(draft.organization));
  if ('name' in draft.chairState) {
    if (!filled(draft.chairState.name)) errors.push({ field: 'chairState', code: 'required' });
    else if (tooLong(draft.chairState.name)) errors.push({ field: 'chairState', code: 'too-long' });
  } else if (!draft.chairState.partyId) errors.push({ field: 'chairState', code: 'required' });
  errors.push(...validateSpan(draft));
  return errors;
}
