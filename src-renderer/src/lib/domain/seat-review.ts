// The seats a new chairmanship asks its user to confirm, each with what makes it doubtful.
// Seat records are rarely ended when a minister leaves: a record that ended with the last
// year, one held for years, or one whose holder has appeared in nothing during the whole last
// year is probably out of date. Pure.
import type { Appointment, Chairmanship, IsoDate } from './types';

export type SeatDoubt =
  /** It ended on the last day of the previous chairmanship (the tenure its data implies). */
  | 'ended'
  /** Held for more than five years by the end of the previous chairmanship. */
  | 'long-held'
  /** Its holder was on no session's list and took no other seat during the previous chairmanship. */
  | 'no-record';

export interface SeatToReview<A> {
  appointment: A;
  doubts: SeatDoubt[];
  /** Whether the list starts with it ticked: every seat but one that ended. */
  ticked: boolean;
}

/** The day `years` years before `date` (29 February falls back to the 28th). */
function yearsBefore(date: IsoDate, years: number): IsoDate {
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const day = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${day}`;
}

/**
 * Reviews the seats offered to the next chairmanship (`seatsToConfirm` of the previous one).
 * `lastRecord` gives the latest date a person appears on: a session's list, or a seat taken.
 */
export function reviewSeats<A extends Pick<Appointment, 'id' | 'personId' | 'from' | 'to'>>(
  offered: readonly A[],
  previous: Pick<Chairmanship, 'firstDay' | 'lastDay'>,
  lastRecord: (personId: string, except: string) => IsoDate | undefined,
): SeatToReview<A>[] {
  const fiveYearsBefore = yearsBefore(previous.lastDay, 5);
  return offered.map((appointment) => {
    const doubts: SeatDoubt[] = [];
    if (appointment.to !== undefined && appointment.to <= previous.lastDay) doubts.push('ended');
    if (appointment.from < fiveYearsBefore) doubts.push('long-held');
    const seen = lastRecord(appointment.personId, appointment.id);
    // A seat taken during the year is its own record: only one older than the year can look forgotten.
    if (appointment.from < previous.firstDay && (seen === undefined || seen < previous.firstDay)) doubts.push('no-record');
    return { appointment, doubts, ticked: !doubts.includes('ended') };
  });
}
