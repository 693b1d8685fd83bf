// A session's participants: one row per person per session (the unique index
// [sessionId+personId] refuses a second), with role, invitation, attendance and, for a
// substitute, whom he represents.
import type { Invitation } from '../domain/seats';
import { trimmedText } from '../domain/text';
import type { Fields, Participant, ParticipantRole, Text, UtcInstant } from '../domain/types';
import type { ChairdeskDB } from './db';
import { ValidationError } from './errors';
import { reviveRows, stamp, TableRepository, type Clock } from './table-repository';

export type ParticipantInput = Pick<Participant, 'sessionId' | 'personId' | 'partyId' | 'role'> &
  Partial<Pick<Participant, 'invitation' | 'attendance' | 'notes' | 'representsPersonId' | 'substituteReason' | 'checkedInAt'>>;

export type ParticipantErrorCode = 'duplicate' | 'reason-required' | 'same-person';

export interface Substitute {
  personId: string;
  /** The substitute's own party; when it differs from the delegation's, a reason is required. */
  personPartyId: string | undefined;
  reason?: Text;
  presentAt?: UtcInstant;
}

function duplicate(): ValidationError {
  return new ValidationError('participants', [{ field: 'personId', code: 'duplicate' satisfies ParticipantErrorCode }]);
}

export class ParticipantsRepository extends TableRepository<Participant> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.participants, clock);
  }

  ofSession(sessionId: string): Promise<Participant[]> {
    return this.table.where('sessionId').equals(sessionId).toArray();
  }

  ofPerson(personId: string): Promise<Participant[]> {
    return this.table.where('personId').equals(personId).toArray();
  }

  find(sessionId: string, personId: string): Promise<Participant | undefined> {
    return this.table.where('[sessionId+personId]').equals([sessionId, personId]).first();
  }

  #row(input: ParticipantInput): Participant {
    const fields: Fields<Participant> = { invitation: 'none', attendance: 'unknown', ...input };
    return stamp<Participant>(fields, this.clock());
  }

  /** Adds one participant; a person already on the session's list is refused. */
  async addParticipant(input: ParticipantInput): Promise<Participant> {
    return this.db.transaction('rw', this.table, async () => {
      if (await this.find(input.sessionId, input.personId)) throw duplicate();
      const row = this.#row(input);
      await this.table.add(row);
      return row;
    });
  }

  /** Adds the invitation list's persons not on the list yet, in one transaction. */
  async addInvitations(sessionId: string, invitations: readonly Invitation[]): Promise<Participant[]> {
    return this.db.transaction('rw', this.table, async () => {
      const existing = new Set((await this.ofSession(sessionId)).map((p) => p.personId));
      const rows = invitations
        .filter((i) => !existing.has(i.personId))
        .map((i) => this.#row({ sessionId, personId: i.personId, partyId: i.partyId, role: i.role }));
      await this.table.bulkAdd(rows);
      return rows;
    });
  }

  /** Puts back a row removed a moment ago (Undo), with its id and history. */
  async restore(row: Participant): Promise<void> {
    await this.db.transaction('rw', [this.table, this.db.tombstones], async () => {
      if (await this.find(row.sessionId, row.personId)) throw duplicate();
      await reviveRows(this.db, this.table, [row]);
    });
  }

  checkIn(base: Participant, at: UtcInstant): Promise<Participant> {
    return this.update(base, { attendance: 'present', checkedInAt: at });
  }

  /**
   * Records that `substitute` sits in for `represented`: both stay on the list, the
   * represented person absent, the substitute in his place in the delegation.
   */
  async represent(represented: Participant, substitute: Substitute): Promise<Participant> {
    if (substitute.personId === represented.personId)
      throw new ValidationError('participants', [{ field: 'personId', code: 'same-person' }]);
    const reason = trimmedText(substitute.reason);
    if (substitute.personPartyId !== represented.partyId && !reason) {
      throw new ValidationError('participants', [{ field: 'reason', code: 'reason-required' satisfies ParticipantErrorCode }]);
    }
    const role: ParticipantRole = represented.role;
    const seat = {
      partyId: represented.partyId,
      role,
      representsPersonId: represented.personId,
      substituteReason: reason,
      ...(substitute.presentAt ? { attendance: 'present' as const, checkedInAt: substitute.presentAt } : {}),
    };
    return this.db.transaction('rw', this.table, async () => {
      await this.update(represented, {
        attendance: represented.attendance === 'excused' ? 'excused' : 'absent',
        checkedInAt: undefined,
      });
      const existing = await this.find(represented.sessionId, substitute.personId);
      if (existing) return this.update(existing, seat);
      const row = this.#row({ sessionId: represented.sessionId, personId: substitute.personId, invitation: 'confirmed', ...seat });
      await this.table.add(row);
      return row;
    });
  }
}
