// What a new chairmanship needs: an organization, a chairing state, a year and a home zone.
import type { FieldError } from './session-rules';
import { isValidTimeZone } from './time';

export interface ChairmanshipDraft {
  organizationName: string;
  organizationAcronym: string;
  chairState: string;
  year: number;
  homeTimeZone: string;
}

export type ChairmanshipField = keyof ChairmanshipDraft;
export type ChairmanshipError = FieldError<ChairmanshipField, 'required' | 'year-range' | 'unknown-zone'>;

export const YEAR_RANGE = { min: 1945, max: 2100 } as const;

export function validateChairmanship(draft: ChairmanshipDraft): ChairmanshipError[] {
  const errors: ChairmanshipError[] = [];
  if (!draft.organizationName.trim()) errors.push({ field: 'organizationName', code: 'required' });
  if (!draft.chairState.trim()) errors.push({ field: 'chairState', code: 'required' });
  if (!Number.isInteger(draft.year) || draft.year < YEAR_RANGE.min || draft.year > YEAR_RANGE.max)
    errors.push({ field: 'year', code: 'year-range' });
  if (!draft.homeTimeZone) errors.push({ field: 'homeTimeZone', code: 'required' });
  else if (!isValidTimeZone(draft.homeTimeZone)) errors.push({ field: 'homeTimeZone', code: 'unknown-zone' });
  return errors;
}
