// Words of the schedule that depend on data: conflict explanations, import reasons.
import type { Conflict } from '../domain/conflicts';
import { TEXT_LIMIT } from '../domain/text-limits';
import { personName, pickText, type Lang } from '../domain/text';
import type { Body, Person, Session } from '../domain/types';
import type { IcsEvent, IcsSeries } from '../io/ics-import';
import type { PlanReason, PlanRow } from '../io/ics-import-preview';
import type { ImportErrorCode } from '../io/import-error';
import { formatDateRange, sessionWhen, zoneName } from '../domain/format';
import { m } from './i18n';

/** When an event of a file falls, as the schedule says it: "20 October 2027, 10:00–12:00 (Tallinn)"; "—" without a start. */
export function eventWhen(event: Pick<IcsEvent, 'start' | 'end' | 'allDay' | 'timeZone'>, lang: Lang): string {
  if (!event.start) return '—';
  const when = sessionWhen({ start: event.start, end: event.end || event.start, allDay: event.allDay }, lang);
  return `${when.dates}${when.times ? `, ${when.times}` : ''} (${zoneName(event.timeZone, lang)})`;
}

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

/** Why an event of an ICS file is not offered, saying what it is. */
export function planReasonLabel(reason: PlanReason, event?: IcsEvent, year?: number): string {
  const other = event?.duplicateOf ?? 0;
  const labels: Record<PlanReason, () => string> = {
    unreadable: m.import_reason_unreadable,
    'no-start': m.import_reason_no_start,
    'duplicate-uid': () => m.import_reason_duplicate_uid({ other }),
    'duplicate-event': () => m.import_reason_duplicate_event({ other }),
    'series-outside': () => seriesOutside(event?.series, year ?? 0),
    'too-many-occurrences': m.import_reason_too_many_occurrences,
    'unknown-zone': m.import_reason_unknown_zone,
    'end-before-start': m.error_end_before_start,
    'no-body': m.import_reason_no_body,
    required: m.import_reason_no_title,
    invalid: m.import_reason_invalid,
    'too-long': () => m.notes_import_reason_too_long({ max: TEXT_LIMIT }),
  };
  return labels[reason]();
}

function seriesOutside(series: IcsSeries | undefined, year: number): string {
  const total = series?.total ?? 0;
  if (series?.endless) return m.import_reason_series_outside_endless({ year });
  if (series?.more) return m.import_reason_series_outside_more({ total, year });
  return m.import_reason_series_outside({ total, year });
}

/** What the preview says about a row: why it is rejected, what changed, or what it is. */
export function planRowDetail(row: PlanRow, year: number): string {
  if (row.kind === 'rejected') return planReasonLabel(row.reason, row.event, year);
  const notes: string[] = [];
  if (row.kind === 'changed') notes.push(row.fields.join(', '));
  const series = row.event.series;
  if (series?.position) {
    const values = { position: series.position, total: series.total, inWindow: series.inWindow, year };
    notes.push(
      series.endless ? m.import_occurrence_endless(values) : series.more ? m.import_occurrence_more(values) : m.import_occurrence(values),
    );
  }
  if (row.event.uidDerived) notes.push(m.import_derived_uid());
  return notes.join('; ');
}

export function importErrorLabel(code: ImportErrorCode): string {
  return {
    empty: m.import_error_empty,
    'too-large': m.import_error_too_large,
    encoding: m.import_error_encoding,
    'not-icalendar': m.import_error_not_icalendar,
    truncated: m.import_error_truncated,
    'no-events': m.import_error_no_events,
    'too-many-events': m.import_error_too_many_events,
    'too-slow': m.import_error_too_slow,
    malformed: m.import_error_malformed,
    'not-text': m.import_error_encoding,
    unreadable: m.import_error_malformed,
    'too-many-rows': m.import_error_too_large,
    'too-many-columns': m.import_error_malformed,
    'not-xlsx': m.import_error_not_icalendar,
  }[code]();
}
