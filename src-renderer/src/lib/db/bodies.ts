// An organization's councils and committees.
import type { Body } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class BodiesRepository extends TableRepository<Body> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.bodies, clock);
  }

  /** The organization's bodies in its order. */
  async ofOrganization(organizationId: string): Promise<Body[]> {
    return (await this.table.where('organizationId').equals(organizationId).toArray()).sort((a, b) => a.position - b.position);
  }
}
