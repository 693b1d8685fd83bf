import type { Person } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class PersonsRepository extends TableRepository<Person> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.persons, clock);
  }

  ofParty(partyId: string): Promise<Person[]> {
    return this.table.where('partyId').equals(partyId).toArray();
  }

  ofOrganization(organizationId: string): Promise<Person[]> {
    return this.table.where('organizationId').equals(organizationId).toArray();
  }
}
