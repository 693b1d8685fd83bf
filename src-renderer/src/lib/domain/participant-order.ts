// The order of a session's participants: delegations in protocol order (member states, then
// observers, partners, organizations); within a delegation the chair or head first, then the
// members, experts, guests, observers and secretariat. A substitute takes the place of the
// person he represents, right after him.
import { protocolComparator, type Ordered } from './protocol-order';
import type { Participant, ParticipantRole } from './types';

export const ROLE_RANK: Record<ParticipantRole, number> = {
  chair: 0,
  head: 1,
  member: 2,
  expert: 3,
  guest: 4,
  observer: 5,
  secretariat: 6,
};

export interface Orderable {
  participant: Pick<Participant, 'personId' | 'role' | 'representsPersonId'>;
  party?: Ordered;
  /** The name the list shows, used last to keep the order stable. */
  sortName: string;
}

const russian = new Intl.Collator('ru', { sensitivity: 'base' });

/** `compareParties`: the organization's protocol order (domain/protocol-order.ts). */
export function participantsInOrder<T extends Orderable>(
  rows: readonly T[],
  compareParties: (a: Ordered, b: Ordered) => number = protocolComparator(),
): T[] {
  const byPerson = new Map(rows.map((r) => [r.participant.personId, r]));
  // A substitute ranks as the person he sits in for, and just after him.
  const rank = (row: T): [number, string, number] => {
    const represented = row.participant.representsPersonId ? byPerson.get(row.participant.representsPersonId) : undefined;
    if (represented && represented !== row) return [ROLE_RANK[represented.participant.role], represented.sortName, 1];
    return [ROLE_RANK[row.participant.role], row.sortName, 0];
  };
  return [...rows].sort((a, b) => {
    const party = a.party && b.party ? compareParties(a.party, b.party) : a.party ? -1 : b.party ? 1 : 0;
    if (party) return party;
    const [ra, na, sa] = rank(a);
    const [rb, nb, sb] = rank(b);
    return ra - rb || russian.compare(na, nb) || sa - sb || russian.compare(a.sortName, b.sortName);
  });
}
