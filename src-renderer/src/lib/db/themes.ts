// An organization's Action Plan themes, in its order.
import type { Theme } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class ThemesRepository extends TableRepository<Theme> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.themes, clock);
  }

  async ofOrganization(organizationId: string): Promise<Theme[]> {
    return (await this.table.where('organizationId').equals(organizationId).toArray()).sort((a, b) => a.position - b.position);
  }
}
