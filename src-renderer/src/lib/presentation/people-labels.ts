// Labels of the people and attendance features, in the UI language or, for documents, in the
// language the document is printed in.
import type { Mark } from '../domain/attendance';
import { lengthLimit, PERSON_FIELDS, type PersonErrorCode, type PersonField } from '../domain/person-rules';
import { personName, pickText, type Lang } from '../domain/text';
import type { AttendanceState, InvitationState, ParticipantRole, Person } from '../domain/types';
import { m } from './i18n';

type Opt = { locale: Lang } | undefined;
const opt = (lang?: Lang): Opt => (lang ? { locale: lang } : undefined);

export function roleName(role: ParticipantRole, lang?: Lang): string {
  const o = opt(lang);
  return {
    chair: () => m.role_chair({}, o),
    head: () => m.role_head({}, o),
    member: () => m.role_member({}, o),
    guest: () => m.role_guest({}, o),
    observer: () => m.role_observer({}, o),
    expert: () => m.role_expert({}, o),
    secretariat: () => m.role_secretariat({}, o),
  }[role]();
}

export function attendanceName(state: AttendanceState, lang?: Lang): string {
  const o = opt(lang);
  return {
    unknown: () => m.attendance_unknown({}, o),
    present: () => m.attendance_present({}, o),
    absent: () => m.attendance_absent({}, o),
    excused: () => m.attendance_excused({}, o),
  }[state]();
}

export function invitationName(state: InvitationState, lang?: Lang): string {
  const o = opt(lang);
  return {
    none: () => m.participants_invitation_none({}, o),
    invited: () => m.participants_invitation_invited({}, o),
    confirmed: () => m.participants_invitation_confirmed({}, o),
    declined: () => m.participants_invitation_declined({}, o),
  }[state]();
}

export function markName(mark: Mark, lang?: Lang): string {
  const o = opt(lang);
  return {
    present: () => m.attendance_present({}, o),
    represented: () => m.attendance_report_represented({}, o),
    absent: () => m.attendance_absent({}, o),
    excused: () => m.attendance_excused({}, o),
    unknown: () => m.attendance_unknown({}, o),
    none: () => m.attendance_report_not_invited({}, o),
  }[mark]();
}

/** One-letter marks for the matrix (the full word is the cell's accessible name). */
export function markSymbol(mark: Mark, lang?: Lang): string {
  const o = opt(lang);
  return {
    present: () => m.attendance_report_symbol_present({}, o),
    represented: () => m.attendance_report_symbol_represented({}, o),
    absent: () => m.attendance_report_symbol_absent({}, o),
    excused: () => m.attendance_report_symbol_excused({}, o),
    unknown: () => '?',
    none: () => '–',
  }[mark]();
}

// One formatter per language: an attendance matrix formats thousands of rates.
const percentFormats = new Map<Lang, Intl.NumberFormat>();

export function percent(rate: number | null, lang: Lang): string {
  if (rate === null) return '—';
  let f = percentFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, f);
  }
  return f.format(rate);
}

/** "Sergey Lavrov", or "Ivan Deputy (for Sergey Lavrov)" for a substitute. */
export function participantName(
  person: Pick<Person, 'names'> | undefined,
  represents: Pick<Person, 'names'> | undefined,
  lang: Lang,
  order: 'given-family' | 'family-given' = 'given-family',
): string {
  const name = person ? personName(person.names, lang, order) : m.people_unknown_person({}, { locale: lang });
  if (!represents) return name;
  return m.participants_for({ name, represented: personName(represents.names, lang, order) }, { locale: lang });
}

/** "H.E. Mr Sergey Lavrov": the honorific, where there is one, before the name. */
export function formalName(person: Pick<Person, 'names' | 'honorific'>, lang: Lang): string {
  return [pickText(person.honorific, lang), personName(person.names, lang)].filter(Boolean).join(' ');
}

/** The column (and form field) names of a person's fields. */
export function personFieldName(field: PersonField, lang?: Lang): string {
  const o = opt(lang);
  return {
    familyEn: () => m.people_field_family_en({}, o),
    givenEn: () => m.people_field_given_en({}, o),
    familyRu: () => m.people_field_family_ru({}, o),
    givenRu: () => m.people_field_given_ru({}, o),
    honorificEn: () => m.people_field_honorific_en({}, o),
    honorificRu: () => m.people_field_honorific_ru({}, o),
    partyId: () => m.people_field_party({}, o),
    positionEn: () => m.people_field_position_en({}, o),
    positionRu: () => m.people_field_position_ru({}, o),
    email: () => m.people_field_email({}, o),
    phone: () => m.people_field_phone({}, o),
    notes: () => m.people_field_notes({}, o),
  }[field]();
}

/** Both languages' column names, so a file exported in either imports back. */
export function personFieldAliases(): Partial<Record<PersonField, string[]>> {
  return Object.fromEntries(PERSON_FIELDS.map((f) => [f, [personFieldName(f, 'en'), personFieldName(f, 'ru')]]));
}

/** The message of an error in a person's field (the field names the length limit of a too-long text). */
export function personErrorText(code: PersonErrorCode | 'unknown-party' | 'garbled', field?: PersonField): string {
  return {
    'name-required': () => m.people_error_name_required(),
    'email-invalid': () => m.people_error_email(),
    'phone-invalid': () => m.people_error_phone(),
    'too-long': () => m.error_too_long({ max: lengthLimit(field ?? 'familyEn') }),
    'unknown-party': () => m.people_error_unknown_party(),
    garbled: () => m.desk_import_garbled(),
  }[code]();
}
