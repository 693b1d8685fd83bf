// What an ICS import would do, before anything is written: each event is new, changed (its
// UID is known and something differs), unchanged, or rejected with the reason. Re-importing
// a file already imported (or exported from here) therefore changes nothing.
import { validateSession, type SessionErrorCode } from '../domain/session-rules';
import type { Body, Session, SessionStatus, Text, Venue } from '../domain/types';
import { ICS_STATUS, locationText } from './ics-shared';
import type { IcsEvent, IcsRejection } from './ics-import';
import type { SessionDraft } from '../domain/session-rules';

export type PlanReason = IcsRejection | 'no-body' | SessionErrorCode;

export type PlanRow =
  | { kind: 'new'; event: IcsEvent; input: SessionDraft & { notes?: Text } }
  | { kind: 'changed'; event: IcsEvent; session: Session; patch: Partial<SessionDraft>; fields: (keyof SessionDraft)[] }
  | { kind: 'unchanged'; event: IcsEvent; session: Session }
  | { kind: 'rejected'; event: IcsEvent; reason: PlanReason };

const CYRILLIC = /[\u0400-\u04FF]/;
const fold = (s: string): string => s.trim().toLocaleLowerCase('ru');

function inLanguageOf(value: string, base: Text = { en: '', ru: '' }): Text {
  return CYRILLIC.test(value) ? { ...base, ru: value } : { ...base, en: value };
}

/** The bodies the CATEGORIES name, in the order the file names them (a joint session's order). */
function bodiesFor(categories: readonly string[], bodies: readonly Body[]): string[] {
  const ids: string[] = [];
  for (const category of categories.map(fold).filter(Boolean)) {
    const body = bodies.find((b) => [b.acronym.en, b.acronym.ru, b.name.en, b.name.ru].some((n) => n && fold(n) === category));
    if (body && !ids.includes(body.id)) ids.push(body.id);
  }
  return ids;
}

/** The session's own order when the file names the same bodies (so a re-import is no change). */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

const FROM_ICS: Record<NonNullable<IcsEvent['status']>, SessionStatus> = {
  TENTATIVE: 'planned',
  CONFIRMED: 'confirmed',
  CANCELLED: 'cancelled',
};

function venueFrom(location: string, existing?: Session): Venue {
  if (existing && (location === locationText(existing, 'en') || location === locationText(existing, 'ru'))) return existing.venue;
  const parts = location
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const city = parts.pop() ?? '';
  const place = parts.join(', ');
  return {
    ...(existing?.venue ?? {}),
    city: inLanguageOf(city, existing?.venue.city),
    ...(place ? { place: inLanguageOf(place, existing?.venue.place) } : {}),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface PlanOptions {
  /** For each TZID the app does not know, the zone the user says its times are in (unnamed ones stay at home). */
  zones?: Readonly<Record<string, string>>;
  /** The title of an event that has none ("Untitled event", in the user's language). */
  untitled?: string;
}

export function planIcsImport(
  events: readonly IcsEvent[],
  existing: readonly Session[],
  bodies: readonly Body[],
  fallbackBodyId: string | null,
  { zones = {}, untitled = '' }: PlanOptions = {},
): PlanRow[] {
  const byUid = new Map(existing.map((s) => [s.icsUid, s]));
  return events.map((read): PlanRow => {
    const chosen = read.unknownZone && Object.hasOwn(zones, read.unknownZone) ? zones[read.unknownZone] : undefined;
    const event = chosen ? { ...read, timeZone: chosen } : read;
    if (event.rejected) return { kind: 'rejected', event, reason: event.rejected };
    const session = byUid.get(event.uid);
    const matched = bodiesFor(event.categories, bodies);
    const bodyIds = matched.length
      ? session && sameSet(matched, session.bodyIds)
        ? [...session.bodyIds]
        : matched
      : session
        ? [...session.bodyIds]
        : fallbackBodyId
          ? [fallbackBodyId]
          : [];
    if (!bodyIds.length) return { kind: 'rejected', event, reason: 'no-body' };
    const status: SessionStatus =
      session && (!event.status || ICS_STATUS[session.status] === event.status)
        ? session.status
        : event.status
          ? FROM_ICS[event.status]
          : 'planned';
    const summary = event.summary || untitled;
    const draft: SessionDraft = {
      title: session ? inLanguageOf(summary, session.title) : inLanguageOf(summary),
      bodyIds,
      kind: session?.kind ?? (bodyIds.length > 1 ? 'joint' : 'regular'),
      status,
      allDay: event.allDay,
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      venue: venueFrom(event.location, session),
    };
    const error = validateSession(draft)[0];
    if (error) return { kind: 'rejected', event, reason: error.code === 'required' && error.field === 'title' ? 'required' : error.code };
    if (!session)
      return { kind: 'new', event, input: { ...draft, ...(event.description ? { notes: inLanguageOf(event.description) } : {}) } };
    const fields = (Object.keys(draft) as (keyof SessionDraft)[]).filter((k) => !same(draft[k], session[k]));
    if (!fields.length) return { kind: 'unchanged', event, session };
    return { kind: 'changed', event, session, fields, patch: Object.fromEntries(fields.map((k) => [k, draft[k]])) };
  });
}

export function planCounts(rows: readonly PlanRow[]): Record<PlanRow['kind'], number> {
  const counts = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const row of rows) counts[row.kind]++;
  return counts;
}
