// An organization's member states, observers, partners and guest organizations.
import { inProtocolOrder } from '../domain/protocol-order';
import type { Party, PartyKind } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class PartiesRepository extends TableRepository<Party> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.parties, clock);
  }

  ofOrganization(organizationId: string): Promise<Party[]> {
    return this.table.where('organizationId').equals(organizationId).toArray();
  }

  /** The organization's parties in its protocol order. */
  async inProtocolOrder(organizationId: string): Promise<Party[]> {
    const [parties, organization] = await Promise.all([this.ofOrganization(organizationId), this.db.organizations.get(organizationId)]);
    return inProtocolOrder(parties, organization?.protocolOrder);
  }

  ofKind(kind: PartyKind): Promise<Party[]> {
    return this.table.where('kind').equals(kind).toArray();
  }
}
