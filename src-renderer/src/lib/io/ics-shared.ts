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
  return [session.venue.place?.trim(), pickText(session.venue.city, lang)].filter(Boolean).join(', ');
}

/** The largest calendar file read (the import refuses bigger ones with a message). */
export const MAX_ICS_FILE_BYTES = 20 * 1024 * 1024;
