// The year programme's rows as the words it shows: both clocks, the bodies, the kind and city,
// the status. Worked out once per row read, language and home zone: the open year keeps its
// rows until the database changes, so the Schedule opened again formats nothing.
import type { SessionRow } from '../db/read-models';
import { formatMonthHeading, sessionWhen } from '../domain/format';
import { groupByMonth } from '../domain/schedule-filter';
import { currentChangeReason } from '../domain/session-change';
import { pickText, type Lang } from '../domain/text';
import type { Body, ChairmanshipView, Session, SessionStatus } from '../domain/types';
import { sessionClockLine } from './clock-text';
import { sessionKindLabel, sessionStatusLabel } from './labels';

export interface ProgrammeLine {
  id: string;
  /** "19–20 May 2015" (venue days). */
  dates: string;
  /** "10:00–13:00 (Dushanbe) · 09:00–12:00 (Moscow)"; empty for an all-day session. */
  clocks: string;
  bodies: string;
  title: string;
  /** The kind and the city: "Regular session · Dushanbe". */
  detail: string;
  status: SessionStatus;
  statusLabel: string;
  /** Why it was postponed or cancelled, when a reason was given. */
  reason?: string;
}

export interface ProgrammeMonth {
  month: string;
  /** "May 2015", "май 2015 г.". */
  label: string;
  lines: ProgrammeLine[];
}

/** The home clock a line is reckoned against: the home zone and the capital that names it. */
export type ProgrammeHome = Pick<ChairmanshipView, 'homeTimeZone' | 'homeCity'>;

const lines = new WeakMap<Session, { bodies: readonly Body[]; lang: Lang; home: string; line: ProgrammeLine }>();
const homeKey = (home: ProgrammeHome): string => `${home.homeTimeZone} ${home.homeCity?.en ?? ''} ${home.homeCity?.ru ?? ''}`;

export function programmeLine({ session, bodies }: SessionRow, lang: Lang, home: ProgrammeHome): ProgrammeLine {
  const key = homeKey(home);
  const known = lines.get(session);
  if (known && known.bodies === bodies && known.lang === lang && known.home === key) return known.line;
  const when = sessionWhen(session, lang);
  const line: ProgrammeLine = {
    id: session.id,
    dates: when.dates,
    clocks: sessionClockLine(session, home, lang),
    bodies: bodies.map((b) => pickText(b.acronym, lang)).join(' + '),
    title: pickText(session.title, lang),
    detail: `${sessionKindLabel(session.kind, lang)} · ${pickText(session.venue.city, lang)}`,
    status: session.status,
    statusLabel: sessionStatusLabel(session.status, lang),
  };
  const reason = currentChangeReason(session);
  if (reason) line.reason = pickText(reason, lang);
  lines.set(session, { bodies, lang, home: key, line });
  return line;
}

/** The rows grouped by the month of their first day, each month named in `lang`. */
export function programmeMonths(rows: readonly SessionRow[], lang: Lang, home: ProgrammeHome): ProgrammeMonth[] {
  return groupByMonth(rows).map((group) => ({
    month: group.month,
    label: formatMonthHeading(`${group.month}-01`, lang),
    lines: group.rows.map((row) => programmeLine(row, lang, home)),
  }));
}
