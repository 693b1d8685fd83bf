// What makes a session valid. Errors name the field and a reason code; the UI turns the
// code into a message in the user's language next to that field.
import { hasText } from './text';
import { LONG_TEXT_LIMIT, tooLong } from './text-limits';
import type { Session } from './types';
import { isIsoDate, isValidTimeZone, isWallTime, wallToUtc } from './time';
import { SESSION_KINDS, SESSION_STATUSES } from './types';

export type SessionField = 'title' | 'bodyIds' | 'kind' | 'status' | 'start' | 'end' | 'timeZone' | 'venue' | 'notes';
export type SessionErrorCode = 'required' | 'invalid' | 'end-before-start' | 'unknown-zone' | 'no-body' | 'too-long';

export interface FieldError<F extends string = string, C extends string = string> {
  field: F;
  code: C;
}
export type SessionError = FieldError<SessionField, SessionErrorCode>;

export type SessionDraft = Pick<
  Session,
  'title' | 'bodyIds' | 'kind' | 'status' | 'allDay' | 'start' | 'end' | 'timeZone' | 'venue' | 'notes'
>;

export function validateSession(draft: SessionDraft): SessionError[] {
  const errors: SessionError[] = [];
  if (!hasText(draft.title)) errors.push({ field: 'title', code: 'required' });
  else if (tooLong(draft.title)) errors.push({ field: 'title', code: 'too-long' });
  if (tooLong(draft.venue.city) || tooLong(draft.venue.place)) errors.push({ field: 'venue', code: 'too-long' });
  if (tooLong(draft.notes, LONG_TEXT_LIMIT)) errors.push({ field: 'notes', code: 'too-long' });
  if (draft.bodyIds.length === 0) errors.push({ field: 'bodyIds', code: 'no-body' });
  if (!SESSION_KINDS.includes(draft.kind)) errors.push({ field: 'kind', code: 'invalid' });
  if (!SESSION_STATUSES.includes(draft.status)) errors.push({ field: 'status', code: 'invalid' });
  const zoneOk = isValidTimeZone(draft.timeZone);
  if (!draft.timeZone) errors.push({ field: 'timeZone', code: 'required' });
  else if (!zoneOk) errors.push({ field: 'timeZone', code: 'unknown-zone' });

  const startOk = wallOrDate(draft.start, draft.allDay);
  const endOk = wallOrDate(draft.end, draft.allDay);
  if (!draft.start) errors.push({ field: 'start', code: 'required' });
  else if (!startOk) errors.push({ field: 'start', code: 'invalid' });
  if (!draft.end) errors.push({ field: 'end', code: 'required' });
  else if (!endOk) errors.push({ field: 'end', code: 'invalid' });

  if (startOk && endOk) {
    // All-day sessions end on their last day (inclusive); timed ones end when or after they
    // start (a moment, such as a signing, ends when it starts: RFC 5545 §3.6.1).
    const before = draft.allDay
      ? draft.end.slice(0, 10) < draft.start.slice(0, 10)
      : zoneOk
        ? wallToUtc(draft.end, draft.timeZone) < wallToUtc(draft.start, draft.timeZone)
        : draft.end < draft.start;
    if (before) errors.push({ field: 'end', code: 'end-before-start' });
  }
  return errors;
}

function wallOrDate(value: string, allDay: boolean): boolean {
  return allDay ? isIsoDate(value.slice(0, 10)) && (value.length === 10 || isWallTime(value)) : isWallTime(value);
}
