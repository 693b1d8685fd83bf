// A session's hours on the venue's clock and on the home clock, each labelled with a city in
// the document's language (the venue's city, the chairmanship's capital), never the time
// zone's own city: a session in Astana runs on Asia/Almaty's clock but is not in Almaty. When
// the home clock reads another day than the venue's, the difference and the home date are
// given. Pure: the words around these parts are the caller's (i18n).
import { zoneCity, zoneName } from './format';
import { hasText, pickText, type Lang } from './text';
import { datePart, timePart, utcToWall } from './time';
import type { ChairmanshipView, IsoDate, Session, Text } from './types';

export interface Clock {
  /** "18:00–19:30". */
  times: string;
  /** The city in the chosen language (the other language where it has none). */
  city: string;
}

export interface HomeClock extends Clock {
  /** Days the home clock's start is ahead (+) or behind (−) the venue's start date; 0 the same day. */
  dayShift: number;
  /** The home clock's date of the start. */
  date: IsoDate;
}

export interface SessionClocks {
  venue: Clock;
  /** Absent for all-day sessions and when the home zone is the venue's. */
  home?: HomeClock;
}

const days = (from: IsoDate, to: IsoDate): number => Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);

export function sessionClocks(
  session: Pick<Session, 'start' | 'end' | 'startUtc' | 'endUtc' | 'timeZone' | 'allDay' | 'venue'>,
  home: { zone: string; city: Text },
  lang: Lang,
): SessionClocks | undefined {
  if (session.allDay) return undefined;
  const venue = { times: `${timePart(session.start)}–${timePart(session.end)}`, city: pickText(session.venue.city, lang) };
  if (home.zone === session.timeZone) return { venue };
  const start = utcToWall(session.startUtc, home.zone);
  const end = utcToWall(session.endUtc, home.zone);
  return {
    venue,
    home: {
      times: `${timePart(start)}–${timePart(end)}`,
      city: pickText(home.city, lang),
      dayShift: days(datePart(session.start), datePart(start)),
      date: datePart(start),
    },
  };
}

/**
 * The home clock of a chairmanship: its home zone, named by its home city (a member state's
 * capital that keeps the zone: db/read-models.ts), otherwise by the zone's own place in each
 * language.
 */
export function homeOf(chairmanship: Pick<ChairmanshipView, 'homeTimeZone' | 'homeCity'>): { zone: string; city: Text } {
  const zone = chairmanship.homeTimeZone;
  if (chairmanship.homeCity && hasText(chairmanship.homeCity)) return { zone, city: chairmanship.homeCity };
  return { zone, city: { en: zoneCity(zone), ru: zoneName(zone, 'ru') } };
}
