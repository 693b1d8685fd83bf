// What the seating tab, its print view and its exports show: the session's list of
// participants, its plan if there is one, and what the list would give if the plan were made
// now (to say when the two no longer match).
import { assignSeats, planMismatch, takesPlace, type PlanMismatch, type SeatAssignment } from '../domain/seating';
import type { ProtocolOrderRule, SeatingPlan } from '../domain/types';
import type { Store } from './index';
import { readSessionParticipants, type ParticipantView, type SessionParticipants } from './people-read-models';

export interface SeatingView {
  list: SessionParticipants;
  rule: ProtocolOrderRule;
  plan?: SeatingPlan;
  /** The places the list gives now, from the plan's state drawn by lot if it has one. */
  fromList: SeatAssignment;
  /** Null when the plan matches the list (or there is no plan). */
  mismatch: PlanMismatch | null;
  /** Those who take a place, in protocol order, the head of each delegation first. */
  seated: ParticipantView[];
  /** Places kept for the secretariat beside the chair. */
  secretariat: number;
}

export async function readSeating(store: Store, sessionId: string): Promise<SeatingView | null> {
  // The plan is read first: a live query did not observe a read made after the list's chain of
  // awaits (the session's first plan stayed unseen until the tab was opened again).
  const plan = await store.seatingPlans.ofSession(sessionId);
  const list = await readSessionParticipants(store, sessionId);
  if (!list) return null;
  const rule = await store.organizations.ruleOf(list.parties[0]?.organizationId);
  const seated = list.rows.filter((r) => takesPlace(r.participant));
  const fromList = assignSeats(
    seated.map((r) => r.participant),
    list.parties,
    rule,
    plan?.startPartyId,
  );
  return {
    list,
    rule,
    ...(plan ? { plan } : {}),
    fromList,
    mismatch: plan ? planMismatch(plan, fromList) : null,
    seated,
    secretariat: Math.max(1, seated.filter((r) => r.participant.role === 'secretariat').length),
  };
}
