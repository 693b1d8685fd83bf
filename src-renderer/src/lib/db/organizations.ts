// Organizations: the owners of the reference data (states, bodies, people, seats, themes).
import { DEFAULT_PROTOCOL_ORDER } from '../domain/protocol-order';
import type { Organization, ProtocolOrderRule } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class OrganizationsRepository extends TableRepository<Organization> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.organizations, clock);
  }

  /** The organization's protocol order (the default one for an organization that is gone). */
  async ruleOf(organizationId: string | undefined): Promise<ProtocolOrderRule> {
    const organization = organizationId ? await this.table.get(organizationId) : undefined;
    return organization?.protocolOrder ?? DEFAULT_PROTOCOL_ORDER;
  }
}
