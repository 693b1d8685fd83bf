// The consensus check (DESIGN.md §3): a body that decides by consensus needs every member
// state represented, by its seat holder or by a substitute, present in the room.
import { inProtocolOrder } from './protocol-order';
import { isMemberOn } from './seats';
import type { Body, IsoDate, Participant, Party } from './types';

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
  parties: readonly Party[],
  participants: readonly Pick<Participant, 'partyId' | 'attendance'>[],
  date: IsoDate,
): ConsensusCheck {
  const members = inProtocolOrder(parties.filter((p) => isMemberOn(p, date)));
  const present = new Set(participants.filter((p) => p.attendance === 'present').map((p) => p.partyId));
  const represented = members.filter((p) => present.has(p.id));
  const missing = members.filter((p) => !present.has(p.id));
  return { members, represented, missing, complete: members.length > 0 && missing.length === 0 };
}
