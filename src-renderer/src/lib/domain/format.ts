// Dates and times formatted for the UI language. Pure (Intl only).
import type { Lang } from './text';
import type { IsoDate, Session } from './types';
import { memoize } from './cache';
import { datePart, timePart, utcToWall } from './time';

const intlLocale = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-GB');

// Building an Intl.DateTimeFormat costs far more than using one (≈0.6 ms against ≈5 µs):
// a year programme formats hundreds of dates, so each formatter is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), options);
    formatters.set(key, f);
  }
  return f;
}
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

export function formatDate(date: IsoDate, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  return formatter(lang, { timeZone: 'UTC', day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric' }).format(
    utcDate(date),
  );
}

/** "2 April 2015", "19–20 May 2015", "30 November – 2 December 2015" (and the Russian forms). */
export const formatDateRange: (first: IsoDate, last: IsoDate, lang: Lang) => string = memoize(
  (first, last, lang) => `${lang}|${first}|${last}`,
  (first, last, lang) => {
    if (first === last) return formatDate(first, lang);
    return formatter(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).formatRange(utcDate(first), utcDate(last));
  },
);

export function formatMonth(date: IsoDate, lang: Lang): string {
  return formatter(lang, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(utcDate(date));
}

/**
 * A month as a heading: "March 2015", "Март 2015 г." (Intl's "март 2015 г." with the first
 * letter raised, as a heading starts; never every word, which would give "Г.").
 */
export function formatMonthHeading(date: IsoDate, lang: Lang): string {
  const month = formatMonth(date, lang);
  return month.charAt(0).toLocaleUpperCase(intlLocale(lang)) + month.slice(1);
}

const sizeFormats = new Map<string, Intl.NumberFormat>();
function sizeFormat(lang: Lang, unit: 'kilobyte' | 'megabyte' | 'gigabyte'): Intl.NumberFormat {
  const key = `${lang}|${unit}`;
  let f = sizeFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'kilobyte' ? 0 : 1,
    });
    sizeFormats.set(key, f);
  }
  return f;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * A file or storage size in the language's number format and unit names: "12 kB", "0.3 MB",
 * "0,3 МБ", "1 234,5 МБ" below a gigabyte. Kilobytes (at least 1) below 0.1 MB, then megabytes and
 * gigabytes with one decimal; steps of 1,024, as file managers count.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 0.1 * MB) return sizeFormat(lang, 'kilobyte').format(Math.max(1, Math.round(bytes / KB)));
  if (bytes < GB) return sizeFormat(lang, 'megabyte').format(bytes / MB);
  return sizeFormat(lang, 'gigabyte').format(bytes / GB);
}

export function formatNumber(value: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang));
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

export function formatInstant(instant: string, lang: Lang): string {
  return formatter(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
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

const zoneNames = new Map<string, string>();

/**
 * A zone's name for labels like "08:00 Moscow" in a language: in English the city of the zone
 * name; in another language the place the zone is named after in it ("Москва", "Нью-Йорк",
 * "Киргизия" for Asia/Bishkek: CLDR's generic location name), so a Russian document has no
 * English word in it.
 */
export function zoneName(zone: string, lang: Lang): string {
  if (lang === 'en') return zoneCity(zone);
  const key = `${lang} ${zone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'shortGeneric' }).formatToParts(new Date(0));
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zoneCity(zone);
    } catch {
      name = zoneCity(zone);
    }
    zoneNames.set(key, name);
  }
  return name;
}

/** The days of the week, Monday first, for a calendar's column heads: "Mo"/"Monday", "пн"/"понедельник". */
export function weekdayNames(lang: Lang): { short: string; long: string }[] {
  // 2015-04-06 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = utcDate(`2015-04-${String(6 + i).padStart(2, '0')}`);
    const short = formatter(lang, { timeZone: 'UTC', weekday: 'short' }).format(day);
    return { short: lang === 'en' ? short.slice(0, 2) : short, long: formatter(lang, { timeZone: 'UTC', weekday: 'long' }).format(day) };
  });
}
