// Seats: who holds a state's seat on a body from one date to another. Two holders of one seat
// on overlapping dates are refused (unless one is acting), checked in the same transaction as
// the write so two windows cannot both slip one in.
import { overlappingHolder, validateAppointment, type AppointmentError } from '../domain/seats';
import type { Appointment, Fields, IsoDate } from '../domain/types';
import type { ChairdeskDB } from './db';
import { ValidationError } from './errors';
import { TableRepository, type Clock } from './table-repository';

export type AppointmentDraft = Fields<Appointment>;

export class AppointmentsRepository extends TableRepository<Appointment> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.appointments, clock);
  }

  ofPerson(personId: string): Promise<Appointment[]> {
    return this.table.where('personId').equals(personId).toArray();
  }

  ofOrganization(organizationId: string): Promise<Appointment[]> {
    return this.table.where('organizationId').equals(organizationId).toArray();
  }

  ofSeat(bodyId: string, partyId: string): Promise<Appointment[]> {
    return this.table.where('[bodyId+partyId]').equals([bodyId, partyId]).toArray();
  }

  /** Who held a party's seat on a body on a date (the latest appointment wins an overlap). */
  async holderOn(bodyId: string, partyId: string, date: IsoDate): Promise<Appointment | undefined> {
    const seat = await this.ofSeat(bodyId, partyId);
    return seat.filter((a) => a.from <= date && (a.to === undefined || date <= a.to)).sort((a, b) => b.from.localeCompare(a.from))[0];
  }

  async #check(draft: AppointmentDraft & { id?: string }): Promise<void> {
    const errors: AppointmentError[] = validateAppointment(draft);
    if (!errors.length) {
      const other = overlappingHolder(draft, await this.ofSeat(draft.bodyId, draft.partyId));
      if (other)
        errors.push({ field: 'from', code: 'overlap', other: { id: other.id, personId: other.personId, from: other.from, to: other.to } });
    }
    if (errors.length) throw new ValidationError<AppointmentError>('appointments', errors);
  }

  /** A new seat holder, refused if another holds the seat on any of the same days. */
  appoint(draft: AppointmentDraft): Promise<Appointment> {
    return this.db.transaction('rw', this.table, async () => {
      await this.#check(draft);
      return this.add(draft);
    });
  }

  /** Changes a seat holder's dates, title or acting mark, with the same check. */
  revise(base: Appointment, patch: Partial<AppointmentDraft>): Promise<Appointment> {
    return this.db.transaction('rw', this.table, async () => {
      const next = { ...base, ...patch };
      await this.#check(next);
      return this.update(base, patch);
    });
  }
}
