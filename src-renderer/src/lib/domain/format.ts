// Dates and times formatted for the UI language. Pure (Intl only).
import type { Lang } from './text';
import type { IsoDate, Session } from './types';
import { datePart, timePart, utcToWall } from './time';

const intlLocale = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-GB');

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

export function formatDate(date: IsoDate, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: 'UTC',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(utcDate(date));
}

/** "2 April 2015", "19–20 May 2015", "30 November – 2 December 2015" (and the Russian forms). */
export function formatDateRange(first: IsoDate, last: IsoDate, lang: Lang): string {
  if (first === last) return formatDate(first, lang);
  const f = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return f.formatRange(utcDate(first), utcDate(last));
}

export function formatMonth(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(utcDate(date));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(value);
}

export function formatInstant(instant: string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** A session's dates in venue time: the days it spans and, for timed sessions, its hours. */
export function sessionWhen(session: Pick<Session, 'start' | 'end' | 'allDay'>, lang: Lang): { dates: string; times?: string } {
  const dates = formatDateRange(datePart(session.start), datePart(session.end), lang);
  if (session.allDay) return { dates };
  return { dates, times: `${timePart(session.start)}–${timePart(session.end)}` };
}

/** The session's start as shown on the home clock, when the home zone differs from the venue's. */
export function homeClock(session: Pick<Session, 'startUtc' | 'endUtc' | 'timeZone' | 'allDay'>, homeZone: string): string | null {
  if (session.allDay || session.timeZone === homeZone) return null;
  const start = utcToWall(session.startUtc, homeZone);
  const end = utcToWall(session.endUtc, homeZone);
  return `${timePart(start)}–${timePart(end)}`;
}

/** The city part of a zone name, for labels like "08:00 Moscow". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}
