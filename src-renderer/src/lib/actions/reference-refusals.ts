// What the organization screens say beside a refused field (refused-fields.ts reads which
// fields): the field's error in words, the sessions a state would leave before, the holder of
// a seat a new term would overlap (read from the store, in the UI language).
import { store } from '../db';
import type { LeavesWithSessionsError } from '../db/errors';
import { NAME_LIMIT } from '../domain/chairmanship-rules';
import { formatDate } from '../domain/format';
import { personName, pickText } from '../domain/text';
import type { Appointment } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';

/** A field error of the reference rules (domain/reference-rules.ts) in words. */
export function referenceFieldText(field: string, code: string, extra: { members?: number } = {}): string {
  switch (code) {
    case 'required':
      return m.error_required();
    case 'too-long':
      return m.error_too_long({ max: NAME_LIMIT });
    case 'unknown-zone':
      return m.error_unknown_zone();
    case 'end-before-start':
      return m.org_error_end_before_start();
    case 'duplicate':
      if (field === 'acronym') return m.org_error_duplicate_acronym();
      if (field === 'name') return m.org_error_duplicate_theme();
      return m.org_error_duplicate_state();
    case 'no-member':
      return m.org_error_no_member();
    case 'not-a-member':
      return field === 'chairPartyId' ? m.org_error_chair_not_on_body() : m.org_error_not_a_member();
    case 'duplicate-seat':
      return m.org_error_duplicate_seat();
    case 'quorum':
      return m.org_error_quorum({ count: extra.members ?? 0 });
    case 'invalid':
      return field === 'iso2' ? m.org_error_iso2() : m.error_date_invalid();
    default:
      return m.error_validation();
  }
}

/** The sessions a state would leave before, as "Title (14 June 2019)", for the message at its last day of membership. */
export async function leavingText(error: LeavesWithSessionsError): Promise<string> {
  const sessions = await store().sessions.getMany(error.sessionIds);
  const names = sessions.map((s) => `${pickText(s.title, locale.lang)} (${formatDate(s.start.slice(0, 10), locale.lang)})`);
  return m.org_error_leaves_with_sessions({ sessions: names.join('; ') });
}

/** "Sergey Lavrov holds this seat from 9 March 2004": the seat holder a new term would overlap, with the new holder. */
export async function overlapText(other: Pick<Appointment, 'personId' | 'from' | 'to'>, newcomerId: string): Promise<string> {
  const found = new Map((await store().persons.getMany([other.personId, newcomerId])).map((p) => [p.id, p]));
  const name = (id: string): string => {
    const person = found.get(id);
    return person ? personName(person.names, locale.lang) : '';
  };
  const from = formatDate(other.from, locale.lang);
  return other.to
    ? m.org_error_overlap_until({ holder: name(other.personId), from, to: formatDate(other.to, locale.lang), person: name(newcomerId) })
    : m.org_error_overlap({ holder: name(other.personId), from, person: name(newcomerId) });
}
