// What makes a person record valid, for the person form and for every imported row alike.
// The form is flat (one field per input, and one column per field in an import).
import type { Fields, Person } from './types';

export const PERSON_FIELDS = [
  'familyEn',
  'givenEn',
  'familyRu',
  'givenRu',
  'honorificEn',
  'honorificRu',
  'partyId',
  'positionEn',
  'positionRu',
  'email',
  'phone',
  'notes',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type PersonForm = Record<PersonField, string>;

export type PersonErrorCode = 'name-required' | 'email-invalid' | 'phone-invalid' | 'too-long';
export interface PersonError {
  field: PersonField;
  code: PersonErrorCode;
}

export const MAX_LENGTH = { text: 300, notes: 10_000 } as const;

// Deliberately loose: one @, something on each side, a dot in the domain. Mail servers are
// the real judge; the form only catches typing slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the usual separators and an optional leading +, as protocol staff type them.
const PHONE = /^\+?[\d\s().-]{5,}$/;

/** Whether a value reads as one e-mail address (the length is checked before the pattern). */
export function isEmail(value: string): boolean {
  return value.length <= 320 && EMAIL.test(value);
}

export function emptyPersonForm(): PersonForm {
  return {
    familyEn: '',
    givenEn: '',
    familyRu: '',
    givenRu: '',
    honorificEn: '',
    honorificRu: '',
    partyId: '',
    positionEn: '',
    positionRu: '',
    email: '',
    phone: '',
    notes: '',
  };
}

export function validatePerson(form: PersonForm): PersonError[] {
  const errors: PersonError[] = [];
  if (!form.familyEn.trim() && !form.familyRu.trim()) {
    // Point at the Russian family name when only Russian names were typed.
    const russianOnly = form.givenRu.trim() !== '' && form.givenEn.trim() === '';
    errors.push({ field: russianOnly ? 'familyRu' : 'familyEn', code: 'name-required' });
  }
  const email = form.email.trim();
  if (email && !isEmail(email)) errors.push({ field: 'email', code: 'email-invalid' });
  const phone = form.phone.trim();
  if (phone && (!PHONE.test(phone) || !/\d{3}/.test(phone.replace(/\D/g, '')))) errors.push({ field: 'phone', code: 'phone-invalid' });
  for (const field of PERSON_FIELDS) {
    const limit = field === 'notes' ? MAX_LENGTH.notes : MAX_LENGTH.text;
    if (form[field].length > limit && !errors.some((e) => e.field === field)) errors.push({ field, code: 'too-long' });
  }
  return errors;
}

export function personFromForm(form: PersonForm, organizationId: string): Fields<Person> {
  const t = (value: string): string => value.trim();
  const person: Fields<Person> = {
    organizationId,
    names: { en: { given: t(form.givenEn), family: t(form.familyEn) }, ru: { given: t(form.givenRu), family: t(form.familyRu) } },
    honorific: { en: t(form.honorificEn), ru: t(form.honorificRu) },
  };
  // Empty optional fields are left out rather than stored as ''.
  if (t(form.partyId)) person.partyId = t(form.partyId);
  if (t(form.positionEn) || t(form.positionRu)) person.position = { en: t(form.positionEn), ru: t(form.positionRu) };
  if (t(form.email)) person.email = t(form.email);
  if (t(form.phone)) person.phone = t(form.phone);
  if (t(form.notes)) person.notes = t(form.notes);
  return person;
}

export function formFromPerson(person: Fields<Person>): PersonForm {
  return {
    familyEn: person.names.en.family,
    givenEn: person.names.en.given,
    familyRu: person.names.ru.family,
    givenRu: person.names.ru.given,
    honorificEn: person.honorific.en,
    honorificRu: person.honorific.ru,
    partyId: person.partyId ?? '',
    positionEn: person.position?.en ?? '',
    positionRu: person.position?.ru ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    notes: person.notes ?? '',
  };
}
