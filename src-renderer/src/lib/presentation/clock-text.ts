// A session's two clocks as one line of a document, in the document's language:
// "10:00–12:00 (Астана) · 08:00–10:00 (Ереван)", and when the home clock reads another day,
// "18:00–19:30 (New York) · 03:00–04:30 (Dushanbe) (+1 day / 30 September)".
import { homeOf, sessionClocks, type SessionClocks } from '../domain/clock-labels';
import type { Lang } from '../domain/text';
import type { ChairmanshipView, IsoDate, Session } from '../domain/types';
import { m } from './i18n';

/** "30 September", "30 сентября": the day of the home clock, without the year. */
function dayAndMonth(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The line for a session with a home clock; the venue's hours alone when it has none. */
export function clockLine(clocks: SessionClocks, lang: Lang): string {
  const { venue, home } = clocks;
  if (!home) return `${venue.times} (${venue.city})`;
  const parts = { venueTimes: venue.times, venueCity: venue.city, homeTimes: home.times, homeCity: home.city };
  if (home.dayShift === 0) return m.doc_clock_line(parts, { locale: lang });
  const shift = m.doc_clock_day_shift(
    { sign: home.dayShift > 0 ? '+' : '−', days: Math.abs(home.dayShift), date: dayAndMonth(home.date, lang) },
    { locale: lang },
  );
  return m.doc_clock_line_shift({ ...parts, shift }, { locale: lang });
}

/**
 * A session's clock line against a chairmanship's home clock (the venue's alone without a
 * chairmanship); empty for an all-day session.
 */
export function sessionClockLine(
  session: Pick<Session, 'start' | 'end' | 'startUtc' | 'endUtc' | 'timeZone' | 'allDay' | 'venue'>,
  chairmanship: Pick<ChairmanshipView, 'homeTimeZone' | 'homeCity'> | undefined,
  lang: Lang,
): string {
  const home = chairmanship ? homeOf(chairmanship) : { zone: session.timeZone, city: session.venue.city };
  const clocks = sessionClocks(session, home, lang);
  return clocks ? clockLine(clocks, lang) : '';
}
