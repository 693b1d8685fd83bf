// The fields that differ between two versions of a record, in words: for a stale edit ("someone
// changed the title meanwhile") and for a merge conflict. Bookkeeping that follows from
// another field (the UTC instants of a start, the ICS sequence, the revision) is left out.
import { m } from '../presentation/i18n';

const HIDDEN = new Set([
  'id',
  'rev',
  'createdAt',
  'updatedAt',
  'icsUid',
  'icsSequence',
  'startUtc',
  'endUtc',
  'sortKey',
  'example',
  'organizationId',
  'fieldHlc',
]);

const LABELS: Record<string, () => string> = {
  title: m.merge_field_title,
  name: m.merge_field_name,
  short: m.merge_field_short,
  acronym: m.merge_field_acronym,
  names: m.merge_field_names,
  honorific: m.merge_field_honorific,
  position: m.merge_field_position,
  email: m.merge_field_email,
  phone: m.merge_field_phone,
  notes: m.merge_field_notes,
  kind: m.merge_field_kind,
  status: m.merge_field_status,
  start: m.merge_field_start,
  end: m.merge_field_end,
  allDay: m.merge_field_all_day,
  timeZone: m.merge_field_time_zone,
  venue: m.merge_field_venue,
  bodyIds: m.merge_field_bodies,
  chairPersonId: m.merge_field_chair,
  partyId: m.merge_field_party,
  role: m.merge_field_role,
  invitation: m.merge_field_invitation,
  attendance: m.merge_field_attendance,
  checkedInAt: m.merge_field_checked_in,
  representsPersonId: m.merge_field_represents,
  substituteReason: m.merge_field_reason,
  minutes: m.merge_field_minutes,
  presenterId: m.merge_field_presenter,
  reference: m.merge_field_reference,
  adoptedOn: m.merge_field_adopted_on,
  description: m.merge_field_description,
  theme: m.merge_field_theme,
  dueDate: m.merge_field_due,
  progress: m.merge_field_progress,
  responsible: m.merge_field_responsible,
  from: m.merge_field_from,
  to: m.merge_field_to,
  seatTitle: m.merge_field_seat_title,
  level: m.merge_field_level,
  decisionRule: m.merge_field_decision_rule,
  year: m.merge_field_year,
  homeTimeZone: m.merge_field_home_zone,
  chairState: m.merge_field_chair_state,
  organization: m.merge_field_organization,
  text: m.merge_field_text,
  seats: m.merge_field_seats,
  quorum: m.merge_field_quorum,
  capital: m.merge_field_capital,
  firstDay: m.merge_field_first_day,
  lastDay: m.merge_field_last_day,
  chairPartyId: m.merge_field_chair_party,
  formerNames: m.merge_field_former_names,
  retired: m.merge_field_retired,
  acting: m.merge_field_acting,
  memberSince: m.merge_field_member_since,
  memberUntil: m.merge_field_member_until,
  protocolOrder: m.merge_field_protocol_order,
  sessionId: m.merge_field_session,
  personId: m.merge_field_person,
  bodyId: m.merge_field_body,
  iso2: m.merge_field_iso2,
  history: m.merge_field_history,
};

/** Whether a field is the user's (not bookkeeping that follows from another field). */
export function isShownField(field: string): boolean {
  return !HIDDEN.has(field);
}

/** One field in words (its own name when it has none). */
export function fieldLabel(field: string): string {
  return Object.hasOwn(LABELS, field) ? (LABELS[field]?.() ?? field) : field;
}

/** "title, venue"; a field without words of its own keeps its name; "—" when only bookkeeping differs. */
export function fieldLabels(fields: readonly string[]): string {
  const words = fields.filter(isShownField).map((f) => (Object.hasOwn(LABELS, f) ? (LABELS[f]?.() ?? f) : f));
  return [...new Set(words)].join(', ') || '—';
}
