// Dates and times as people type and read them at the desk, whatever the system's locale.
//
// Shown: dates day first with dots, "02.04.2015", in both languages (the convention of the
// Russian desk and of the meeting's papers; English readers get the long form "2 April 2015"
// beside the field); times always on the 24-hour clock, "18:30". Stored: ISO "2015-04-02" and
// "18:30", as the forms always have.
//
// Accepted when typed (spaces around are ignored):
//   dates  "02.04.2015", "2.4.2015", "2.4.15" (day first, dots only: "02/04/2015" is April in
//          London and February in New York, so it is refused rather than guessed),
//          "2015-04-02" (ISO), "2 April 2015", "2 Apr 2015", "April 2, 2015",
//          "2 апреля 2015", "2 апр. 2015 г." (month names in either language, whatever the
//          UI language: they cannot be misread).
//          A two-digit year is 2000–2069 for 00–69 and 1970–1999 for 70–99 (the desk records
//          memberships back to the 1990s, and plans no further than the 2060s).
//   times  "18:30", "18.30", "1830", "930" (9:30), "18" (18:00), "6:30 pm", "6 p.m.".
//          Minutes always have two digits: "18:3" is refused, not read as 18:03 or 18:30.
// Anything else is refused with a reason (`format` or `no-such-date`), never corrected.
// Pure: no DOM, no Svelte.
import type { IsoDate } from './types';

export type EntryProblem = 'format' | 'no-such-date' | 'no-such-time';
export type Entry = { ok: true; value: string; complete: boolean } | { ok: false; problem: EntryProblem };

const MONTHS: [RegExp, number][] = [
  [/^(jan(uary)?|январ[ья]|янв)$/, 1],
  [/^(feb(ruary)?|феврал[ья]|фев)$/, 2],
  [/^(mar(ch)?|марта?|мар)$/, 3],
  [/^(apr(il)?|апрел[ья]|апр)$/, 4],
  [/^(may|ма[йя])$/, 5],
  [/^(june?|июн[ья])$/, 6],
  [/^(july?|июл[ья])$/, 7],
  [/^(aug(ust)?|августа?|авг)$/, 8],
  [/^(sep(t|tember)?|сентябр[ья]|сен|сент)$/, 9],
  [/^(oct(ober)?|октябр[ья]|окт)$/, 10],
  [/^(nov(ember)?|ноябр[ья]|ноя|нояб)$/, 11],
  [/^(dec(ember)?|декабр[ья]|дек)$/, 12],
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([re]) => re.test(w))?.[1] ?? null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function dateEntry(yearDigits: string, month: number, day: number): Entry {
  if (yearDigits.length !== 2 && yearDigits.length !== 4) return { ok: false, problem: 'format' };
  const year = fullYear(yearDigits);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'no-such-date' };
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, complete: yearDigits.length === 4 };
}

/**
 * Reads a typed date. `complete` says the year was typed in full: the field may take such a
 * value while the person is still typing, as a native field does, but "2.4.20" on the way to
 * "2.4.2015" waits for Enter or leaving the field.
 */
export function parseDateEntry(typed: string): Entry {
  const text = typed.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dateEntry(m[1] ?? '', Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/.exec(text);
  if (m) return dateEntry(m[3] ?? '', Number(m[2]), Number(m[1]));
  // "2 April 2015", "2 апреля 2015 г.", "2 апр. 2015 года"
  m = /^(\d{1,2})\.? ([\p{L}]+\.?) (\d+)(?: (?:г\.?|года))?$/u.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month ? dateEntry(m[3] ?? '', month, Number(m[1])) : { ok: false, problem: 'format' };
  }
  // "April 2, 2015"
  m = /^([\p{L}]+\.?) (\d{1,2}),? (\d+)$/u.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month ? dateEntry(m[3] ?? '', month, Number(m[2])) : { ok: false, problem: 'format' };
  }
  return { ok: false, problem: 'format' };
}

function timeEntry(hours: number, minutes: number, complete: boolean): Entry {
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'no-such-time' };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}`, complete };
}

/** Reads a typed time; `complete` once the minutes are typed ("18:30", "1830"), as for dates. */
export function parseTimeEntry(typed: string): Entry {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\.?$/.exec(text);
  if (twelve) {
    const h = Number(twelve[1]);
    if (h < 1 || h > 12) return { ok: false, problem: 'no-such-time' };
    const hours = (h % 12) + (twelve[3] === 'p' ? 12 : 0);
    return timeEntry(hours, Number(twelve[2] ?? 0), true);
  }
  let m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (m) return timeEntry(Number(m[1]), Number(m[2]), true);
  m = /^(\d{1,4})$/.exec(text);
  if (m) {
    const digits = m[1] ?? '';
    if (digits.length <= 2) return timeEntry(Number(digits), 0, false);
    const split = digits.length - 2;
    return timeEntry(Number(digits.slice(0, split)), Number(digits.slice(split)), digits.length === 4);
  }
  return { ok: false, problem: 'format' };
}

/**
 * Reads a typed date and time: the two parts above separated by a space, a comma or ISO's
 * "T" ("02.04.2015 18:30", "2 April 2015, 6:30 pm", "2015-04-02T18:30"). The value is
 * "2015-04-02T18:30".
 */
export function parseDateTimeEntry(typed: string): Entry {
  const text = typed.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})T(.+)$/.exec(text);
  // The time is the last one or two words (two for "6:30 pm").
  const candidates: [string, string][] = iso
    ? [[iso[1] ?? '', iso[2] ?? '']]
    : [1, 2].map((words) => {
        const parts = text.replace(/,/g, ' ').trim().split(/ +/);
        return [parts.slice(0, -words).join(' '), parts.slice(-words).join(' ')];
      });
  let problem: EntryProblem = 'format';
  for (const [datePart, timePart] of candidates) {
    if (!datePart || !timePart) continue;
    const date = parseDateEntry(datePart);
    const time = parseTimeEntry(timePart);
    if (date.ok && time.ok) return { ok: true, value: `${date.value}T${time.value}`, complete: date.complete && time.complete };
    if (!date.ok && date.problem !== 'format') problem = date.problem;
    else if (date.ok && !time.ok && time.problem !== 'format') problem = time.problem;
  }
  return { ok: false, problem };
}

/** "2015-04-02" → "02.04.2015"; anything that is not an ISO date is shown as it is. */
/** Today in the computer's own calendar: where an empty date field starts, and the calendar's "today". */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function showDate(value: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** "18:30" stays "18:30"; "2015-04-02T18:30" → "02.04.2015 18:30". */
export function showDateTime(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  return m ? `${showDate(m[1] ?? '')} ${m[2]}` : value;
}

/** A date `months` later (earlier if negative), on the same day or the month's last. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (mo - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The date moved into [min, max] (either bound may be missing or empty). */
export function clampDate(date: IsoDate, min?: string, max?: string): IsoDate {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}

/**
 * A time moved by `steps` steps of `step` minutes, landing on the step's grid: 18:07 one
 * 15-minute step up is 18:15, not 18:22. Wraps round midnight, as a clock does.
 */
export function stepTime(time: string, steps: number, step: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = h * 60 + m;
  const base = steps > 0 ? Math.floor(minutes / step) * step : Math.ceil(minutes / step) * step;
  const next = (((base + steps * step) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/**
 * The weeks of a month's calendar, Monday first (as in Russia and most of the world the desk
 * serves): each week is seven ISO dates, spilling into the months before and after.
 */
export function monthWeeks(anyDayOfMonth: IsoDate): IsoDate[][] {
  const first = `${anyDayOfMonth.slice(0, 7)}-01`;
  const weekday = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const [y = 0, mo = 1] = first.split('-').map(Number);
  const days = daysInMonth(y, mo);
  const weeks: IsoDate[][] = [];
  for (let start = -weekday; start < days; start += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const d = new Date(Date.UTC(y, mo - 1, 1 + start + i));
        return d.toISOString().slice(0, 10);
      }),
    );
  }
  return weeks;
}
