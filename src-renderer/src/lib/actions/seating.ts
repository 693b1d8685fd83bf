// Making, rearranging and rebuilding a session's seating plan. Callers pass plain values
// ($state.snapshot of what a form or a live query holds): nothing reactive reaches Dexie.
import { store } from '../db';
import type { SeatingOptions } from '../db/seating-plans';
import type { SeatAssignment } from '../domain/seating';
import type { SeatingPlan } from '../domain/types';
import { m } from '../presentation/i18n';
import { toasts } from '../state/toasts.svelte';

/** Makes (or makes again) the plan from the list of participants as it is now. */
export async function makeSeatingPlan(sessionId: string, options: SeatingOptions, places: SeatAssignment): Promise<SeatingPlan> {
  const plan = await store().seatingPlans.make(sessionId, options, places);
  toasts.show(m.seating_made());
  return plan;
}

export function swapSeats(plan: SeatingPlan, a: string, b: string): Promise<SeatingPlan> {
  return store().seatingPlans.swap(plan, a, b);
}

/** Lays the plan out again from the list, keeping its shape, seats, booths and lot. */
export async function rebuildSeatingPlan(plan: SeatingPlan, places: SeatAssignment): Promise<SeatingPlan> {
  const options: SeatingOptions = {
    shape: plan.shape,
    seatsPerDelegation: plan.seatsPerDelegation,
    booths: plan.booths,
    ...(plan.startPartyId ? { startPartyId: plan.startPartyId } : {}),
  };
  const next = await store().seatingPlans.make(plan.sessionId, options, places);
  toasts.show(m.seating_rebuilt());
  return next;
}
