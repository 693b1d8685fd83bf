// What both ICS export and the import preview need, without the iCalendar libraries (so
// the preview and the screens that show it do not load them).
import { pickText, type Lang } from '../domain/text';
import type { Session, SessionStatus } from '../domain/types';

/** RFC 5545 STATUS of a session: not yet confirmed is tentative. */
export const ICS_STATUS: Record<SessionStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  draft: 'TENTATIVE',
  planned: 'TENTATIVE',
  postponed: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** "Place, City" as the LOCATION line. */
export function locationText(session: Pick<Session, 'venue'>, lang: Lang): string {
  return [pickText(session.venue.place, lang), pickText(session.venue.city, lang)].filter(Boolean).join(', ');
}

/** The largest calendar file read (the import refuses bigger ones with a message). */
export const MAX_ICS_FILE_BYTES = 20 * 1024 * 1024;

const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;

/** An e-mail address fit for a calendar (`mailto:`): one @, a dot after it, nothing that breaks a line or a URI. */
export function calendarAddress(email: string | undefined): string | undefined {
  const value = email?.trim() ?? '';
  // Length first: the expression never sees a long string (and has no nested repetition).
  return value.length <= 254 && ADDRESS.test(value) ? value : undefined;
}
