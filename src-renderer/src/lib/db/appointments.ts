import type { Appointment, IsoDate } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class AppointmentsRepository extends TableRepository<Appointment> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.appointments, clock);
  }

  ofPerson(personId: string): Promise<Appointment[]> {
    return this.table.where('personId').equals(personId).toArray();
  }

  /** Who held a party's seat on a body on a date (the latest appointment wins an overlap). */
  async holderOn(bodyId: string, partyId: string, date: IsoDate): Promise<Appointment | undefined> {
    const seat = await this.table.where('[bodyId+partyId]').equals([bodyId, partyId]).toArray();
    return seat.filter((a) => a.from <= date && (a.to === undefined || date <= a.to)).sort((a, b) => b.from.localeCompare(a.from))[0];
  }
}
