// Words for the reference-data file: why a file was refused, where a row is wrong and how,
// which fields an import changes.
import { m } from '../presentation/i18n';
import { ReferenceFileError, type ReferenceFileErrorCode, type ReferenceIssue, type ReferenceIssueCode } from '../io/reference-file-format';
import { tableLabel } from '../backup/actions/messages';
import { rule, type ErrorRule } from './error-registry';

const REASONS: Record<ReferenceFileErrorCode, () => string> = {
  empty: m.reference_error_empty,
  'too-large': m.reference_error_too_large,
  encoding: m.reference_error_encoding,
  truncated: m.reference_error_truncated,
  malformed: m.reference_error_malformed,
  'forbidden-key': m.reference_error_forbidden,
  'too-deep': m.reference_error_forbidden,
  'not-reference': m.reference_error_not_reference,
  'not-xlsx': m.reference_error_not_reference,
  'newer-format': m.reference_error_newer,
  'newer-schema': m.reference_error_newer,
  checksum: m.reference_error_checksum,
  'not-canonical': m.reference_error_not_canonical,
  counts: m.reference_error_counts,
  'too-many-rows': m.reference_error_too_many_rows,
  'too-many-columns': m.reference_error_too_many_rows,
  'invalid-rows': m.reference_error_invalid_rows,
  timeout: m.reference_error_timeout,
  'changed-meanwhile': m.reference_error_changed,
};

const ISSUES: Record<ReferenceIssueCode, () => string> = {
  invalid: m.reference_issue_invalid,
  required: m.reference_issue_required,
  'too-long': m.reference_issue_too_long,
  'duplicate-id': m.reference_issue_duplicate_id,
  'duplicate-name': m.reference_issue_duplicate_name,
  'unknown-reference': m.reference_issue_unknown_reference,
  'ambiguous-reference': m.reference_issue_ambiguous_reference,
  'other-organization': m.reference_issue_other_organization,
  'end-before-start': m.reference_issue_end_before_start,
  overlap: m.reference_issue_overlap,
  'unknown-zone': m.reference_issue_unknown_zone,
  'not-a-member': m.reference_issue_not_a_member,
  'duplicate-seat': m.reference_issue_duplicate_seat,
  'no-member': m.reference_issue_no_member,
  'email-invalid': m.reference_issue_email_invalid,
  'phone-invalid': m.reference_issue_phone_invalid,
  'unknown-value': m.reference_issue_unknown_value,
  'unknown-column': m.reference_issue_unknown_column,
  'duplicate-column': m.reference_issue_duplicate_column,
  'missing-sheet': m.reference_issue_missing_sheet,
  'one-organization': m.reference_issue_one_organization,
};

/** The one line a refused file gets (a toast); `invalid-rows` also lists its rows (`issueText`). */
export function referenceErrorMessage(error: ReferenceFileError): string {
  const first = error.issues[0];
  return m.reference_refused({ reason: first ? issueText(first) : REASONS[error.code]() });
}

/** The reference-data file's entry in the error registry (handle-error.ts). */
export const referenceFileErrors: readonly ErrorRule[] = [rule(ReferenceFileError, referenceErrorMessage)];

/** "Sheet “People”, row 4, column H (State): no row of the file has this name or id (“Atlantis”)". */
export function issueText(issue: ReferenceIssue): string {
  const what = ISSUES[issue.code]();
  const message = issue.value ? `${what} ${m.reference_issue_value({ value: issue.value })}` : what;
  if (issue.sheet !== undefined) {
    return issue.column !== undefined
      ? m.reference_issue_cell({ sheet: issue.sheet, row: issue.row, column: issue.column, header: issue.header ?? '', message })
      : m.reference_issue_sheet_row({ sheet: issue.sheet, row: issue.row, message });
  }
  const table = tableLabel(issue.table);
  return issue.field
    ? m.reference_issue_field({ table, row: issue.row, field: issue.field, message })
    : m.reference_issue_record({ table, row: issue.row, message });
}

const FIELDS: Record<string, () => string> = {
  name: m.reference_field_name,
  short: m.reference_field_short,
  acronym: m.reference_field_acronym,
  protocolOrder: m.reference_field_protocolOrder,
  kind: m.reference_field_kind,
  iso2: m.reference_field_iso2,
  capital: m.reference_field_capital,
  timeZone: m.reference_field_timeZone,
  memberSince: m.reference_field_memberSince,
  memberUntil: m.reference_field_memberUntil,
  retired: m.reference_field_retired,
  level: m.reference_field_level,
  seatTitle: m.reference_field_seatTitle,
  seats: m.reference_field_seats,
  decisionRule: m.reference_field_decisionRule,
  quorum: m.reference_field_quorum,
  chairPartyId: m.reference_field_chairPartyId,
  formerNames: m.reference_field_formerNames,
  names: m.reference_field_names,
  honorific: m.reference_field_honorific,
  partyId: m.reference_field_partyId,
  position: m.reference_field_position,
  email: m.reference_field_email,
  phone: m.reference_field_phone,
  notes: m.reference_field_notes,
  title: m.reference_field_title,
  from: m.reference_field_from,
  to: m.reference_field_to,
  acting: m.reference_field_acting,
};

/** A field's name in the preview's list of changes (a field this version does not know: its own name). */
export const referenceFieldLabel = (field: string): string => FIELDS[field]?.() ?? field;
