// A body's seats on a date, as the Seats screen lists them: each state on the body's list in
// protocol order, whether it sits on the body that day, who holds its seat then, who held it
// before and who is recorded to follow. Pure.
import { heldOn, isMemberOn, seatHolderOn, seatOpenOn, seatTitleOf } from './seats';
import type { Appointment, Body, Chairmanship, IsoDate, Party, Text } from './types';

type SeatRecord = Pick<Appointment, 'id' | 'bodyId' | 'partyId' | 'personId' | 'from' | 'to'>;

export interface SeatRow<P, A> {
  party: P;
  /** The state's own seat title, else the body's. */
  title: Text;
  /** On the body's list that day, and a member state that day. */
  seated: boolean;
  holder?: A;
  /** The last holder whose term ended before the date. */
  previous?: A;
  /** The first holder whose term starts after the date. */
  next?: A;
  /** Every record of the seat, oldest first. */
  history: A[];
}

/**
 * The seats of `body` on `date`, one row per state on its list, in the order of `parties`
 * (give them in protocol order). States no longer (or not yet) on the body stay listed, marked
 * as not seated, so their seats' history can still be read and corrected.
 */
export function seatTable<P extends Pick<Party, 'id' | 'kind' | 'memberSince' | 'memberUntil'>, A extends SeatRecord>(
  body: Pick<Body, 'id' | 'seats' | 'seatTitle'>,
  parties: readonly P[],
  appointments: readonly A[],
  date: IsoDate,
): SeatRow<P, A>[] {
  const listed = new Set(body.seats.map((s) => s.partyId));
  return parties
    .filter((p) => listed.has(p.id))
    .map((party) => {
      const history = appointments
        .filter((a) => a.bodyId === body.id && a.partyId === party.id)
        .sort((a, b) => a.from.localeCompare(b.from) || (a.to ?? '9999').localeCompare(b.to ?? '9999'));
      const seated = body.seats.some((s) => s.partyId === party.id && seatOpenOn(s, date)) && isMemberOn(party, date);
      const holder = seatHolderOn(history, body.id, party.id, date);
      const previous = history.filter((a) => a !== holder && a.to !== undefined && a.to < date && !heldOn(a, date)).at(-1);
      const next = history.find((a) => a.from > date);
      return {
        party,
        title: seatTitleOf(body, party.id),
        seated,
        history,
        ...(holder ? { holder } : {}),
        ...(previous ? { previous } : {}),
        ...(next ? { next } : {}),
      };
    });
}

/** The day the Seats screen opens on: today when it falls in the chairmanship, else its first day. */
export function defaultSeatDate(chairmanship: Pick<Chairmanship, 'firstDay' | 'lastDay'>, today: IsoDate): IsoDate {
  return today >= chairmanship.firstDay && today <= chairmanship.lastDay ? today : chairmanship.firstDay;
}
