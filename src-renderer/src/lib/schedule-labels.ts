// Words of the schedule that depend on data: conflict explanations, import reasons.
import type { Conflict } from './domain/conflicts';
import { personName, pickText, type Lang } from './domain/text';
import type { Body, Person, Session } from './domain/types';
import type { PlanReason } from './io/ics-plan';
import type { ImportErrorCode } from './io/import-error';
import { formatDateRange } from './domain/format';
import { m } from './i18n';

export function conflictText(
  conflict: Conflict,
  other: Session | undefined,
  bodies: ReadonlyMap<string, Body>,
  persons: ReadonlyMap<string, Person>,
  lang: Lang,
): string {
  const reasons = conflict.reasons.map((reason) => {
    if (reason === 'body')
      return m.conflict_body({ bodies: conflict.bodyIds.map((id) => pickText(bodies.get(id)?.acronym, lang)).join(', ') });
    if (reason === 'venue') return m.conflict_venue();
    return m.conflict_person({
      names: conflict.personIds
        .map((id) => {
          const p = persons.get(id);
          return p ? personName(p.names, lang) : id;
        })
        .join(', '),
    });
  });
  const title = other ? pickText(other.title, lang) : conflict.sessionId;
  const dates = other ? formatDateRange(other.start.slice(0, 10), other.end.slice(0, 10), lang) : '';
  return m.conflict_line({ title, dates, reasons: reasons.join('; ') });
}

export function planReasonLabel(reason: PlanReason): string {
  const labels: Record<PlanReason, () => string> = {
    'no-uid': m.import_reason_no_uid,
    'no-start': m.import_reason_no_start,
    recurring: m.import_reason_recurring,
    'unknown-zone': m.import_reason_unknown_zone,
    'end-before-start': m.error_end_before_start,
    'duplicate-uid': m.import_reason_duplicate_uid,
    'no-body': m.import_reason_no_body,
    required: m.import_reason_no_title,
    invalid: m.import_reason_invalid,
  };
  return labels[reason]();
}

export function importErrorLabel(code: ImportErrorCode): string {
  return {
    empty: m.import_error_empty,
    'too-large': m.import_error_too_large,
    encoding: m.import_error_encoding,
    'not-icalendar': m.import_error_not_icalendar,
    truncated: m.import_error_truncated,
    'no-events': m.import_error_no_events,
    malformed: m.import_error_malformed,
    'not-text': m.import_error_encoding,
    unreadable: m.import_error_malformed,
    'too-many-rows': m.import_error_too_large,
    'too-many-columns': m.import_error_malformed,
    'not-xlsx': m.import_error_not_icalendar,
  }[code]();
}
