// Seating plans: one per session (unique `sessionId`). Making a plan again replaces the
// places; a swap rewrites only the two places and is refused if someone else changed the plan
// since it was read (StaleEditError), so two people rearranging one table never lose a move.
import { swapPlaces, type SeatAssignment } from '../domain/seating';
import type { Fields, SeatingPlan } from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import { nextVersion, TableRepository, type Clock } from './table-repository';

export type SeatingOptions = Pick<SeatingPlan, 'shape' | 'seatsPerDelegation' | 'booths'> & { startPartyId?: string };

export const MAX_SEATS_PER_DELEGATION = 6;
export const MAX_BOOTHS = 12;

export function validateSeatingOptions(options: SeatingOptions): { field: string; code: string }[] {
  const errors: { field: string; code: string }[] = [];
  const { seatsPerDelegation: seats, booths } = options;
  if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS_PER_DELEGATION)
    errors.push({ field: 'seatsPerDelegation', code: 'out-of-range' });
  if (!Number.isInteger(booths) || booths < 0 || booths > MAX_BOOTHS) errors.push({ field: 'booths', code: 'out-of-range' });
  return errors;
}

export class SeatingPlansRepository extends TableRepository<SeatingPlan> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.seatingPlans, clock);
  }

  ofSession(sessionId: string): Promise<SeatingPlan | undefined> {
    return this.table.where('sessionId').equals(sessionId).first();
  }

  /** Makes the session's plan with these places, or replaces the places of the plan it has. */
  async make(sessionId: string, options: SeatingOptions, places: SeatAssignment): Promise<SeatingPlan> {
    const errors = validateSeatingOptions(options);
    if (errors.length) throw new ValidationError('seatingPlans', errors);
    const { db } = this;
    const fields: Fields<SeatingPlan> = {
      sessionId,
      shape: options.shape,
      seatsPerDelegation: options.seatsPerDelegation,
      booths: options.booths,
      ...(options.startPartyId ? { startPartyId: options.startPartyId } : {}),
      order: [...places.order],
      guests: [...places.guests],
    };
    return db.transaction('rw', [db.sessions, db.seatingPlans], async () => {
      if (!(await db.sessions.get(sessionId))) throw new NotFoundError('sessions', sessionId);
      const existing = await this.ofSession(sessionId);
      if (!existing) return this.add(fields);
      // Making the plan again replaces it whole (a plan made without a lot forgets the state drawn before).
      const { startPartyId: _previous, ...kept } = existing;
      const next = nextVersion(db, existing, { ...kept, ...fields }, this.clock());
      await this.table.put(next);
      return next;
    });
  }

  /** Swaps two delegations' places on the plan as `base` was read. */
  swap(base: SeatingPlan, a: string, b: string): Promise<SeatingPlan> {
    const places = swapPlaces(base, a, b);
    return this.update(base, { order: places.order, guests: places.guests });
  }
}
