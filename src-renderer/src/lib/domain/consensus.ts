// The consensus check (DESIGN.md §3): a body that decides by consensus needs every member
// state that sits on it represented, by its seat holder or by a substitute, present in the
// room. For a joint session, every state that sits on any of its bodies.
import { inProtocolOrder } from './protocol-order';
import { bodyMembersOn } from './seats';
import type { Body, IsoDate, Participant, Party, ProtocolOrderRule } from './types';

export interface ConsensusCheck {
  members: Party[];
  represented: Party[];
  missing: Party[];
  complete: boolean;
}

export function decidesByConsensus(bodies: readonly Pick<Body, 'decisionRule'>[]): boolean {
  return bodies.some((b) => b.decisionRule === 'consensus');
}

export function consensusCheck(
  bodies: readonly Pick<Body, 'seats'>[],
  parties: readonly Party[],
  participants: readonly Pick<Participant, 'partyId' | 'attendance'>[],
  date: IsoDate,
  rule?: ProtocolOrderRule,
): ConsensusCheck {
  const seated = new Set(bodies.flatMap((b) => bodyMembersOn(b, parties, date)).map((p) => p.id));
  const members = inProtocolOrder(
    parties.filter((p) => seated.has(p.id)),
    rule,
  );
  const present = new Set(participants.filter((p) => p.attendance === 'present').map((p) => p.partyId));
  const represented = members.filter((p) => present.has(p.id));
  const missing = members.filter((p) => !present.has(p.id));
  return { members, represented, missing, complete: members.length > 0 && missing.length === 0 };
}
