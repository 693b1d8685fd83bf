// What makes a person record valid, for the person form and for every imported row alike.
// The form is flat (one field per input, and one column per field in an import).
import { LONG_TEXT_LIMIT, TEXT_LIMIT } from './text-limits';
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

export const MAX_LENGTH = { text: TEXT_LIMIT, notes: LONG_TEXT_LIMIT } as const;

/** The longest text `field` takes. */
export const lengthLimit = (field: PersonField): number => (field === 'notes' ? MAX_LENGTH.notes : MAX_LENGTH.text);

/** RFC 5321 4.5.3.1.3: a path holds at most 256 octets, so an address at most 254 characters. */
export const MAX_EMAIL_LENGTH = 254;
// One @ between a local part and a domain of dot-separated labels. The local part takes letters,
// digits and the RFC 5322 atext symbols, except those that mean something in a URL (? & # % /
// : ;) so that a mailto: link built from an address can carry nothing but the address; the
// labels take letters, digits and hyphens (an internationalised domain in its own script
// passes). No character class can match a neighbour's characters (no class holds @ or a dot
// next to one that must), so the expression never backtracks: its cost is linear, and the
// length is checked before it runs anyway.
const EMAIL = /^[\p{L}\p{M}\p{N}!$'*+=^_`{|}~.-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+$/u;

/** A plain e-mail address, the only kind a person record, an import or a mailto: link takes. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}
// Digits with the usual separators and an optional leading +, as protocol staff type them.
const PHONE = /^\+?[\d\s().-]{5,}$/;

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
  if (email && !isEmailAddress(email)) errors.push({ field: 'email', code: 'email-invalid' });
  const phone = form.phone.trim();
  // Length first: the expressions below are linear, but a 40 KB cell has no business in them.
  if (phone && (phone.length > MAX_LENGTH.text || !PHONE.test(phone) || !/\d{3}/.test(phone.replace(/\D/g, ''))))
    errors.push({ field: 'phone', code: 'phone-invalid' });
  for (const field of PERSON_FIELDS) {
    if (form[field].length > lengthLimit(field) && !errors.some((e) => e.field === field)) errors.push({ field, code: 'too-long' });
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
