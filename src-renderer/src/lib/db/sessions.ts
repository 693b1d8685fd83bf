// Sessions: validated on every write, instants derived from the venue wall clock, and the
// ICS sequence bumped on every change so calendar clients replace their copy.
import { validateSession, type SessionDraft } from '../domain/session-rules';
import { sessionInstants } from '../domain/time';
import { hasText } from '../domain/text';
import type { AgendaItem, Fields, OutcomeDocument, Participant, Session, SessionChange, Text, UtcInstant, WallTime } from '../domain/types';
import type { ChairdeskDB } from './db';
import { ValidationError } from './errors';
import { assertFresh, buryRows, fieldsOf, newId, reviveRows, stamp, TableRepository, type Clock } from './table-repository';

export type SessionInput = SessionDraft & Partial<Pick<Session, 'chairPersonId' | 'notes' | 'history'>>;

export interface DeletedSession {
  session: Session;
  agenda: AgendaItem[];
  participants: Participant[];
  documents: OutcomeDocument[];
}

/** All-day sessions are stored from 00:00 of the first day to 00:00 of the last day. */
export function normalizeTimes<T extends Pick<Session, 'allDay' | 'start' | 'end'>>(input: T): T {
  if (!input.allDay) return input;
  return { ...input, start: `${input.start.slice(0, 10)}T00:00`, end: `${input.end.slice(0, 10)}T00:00` };
}

function check(draft: SessionDraft): void {
  const errors = validateSession(draft);
  if (errors.length) throw new ValidationError('sessions', errors);
}

export class SessionsRepository extends TableRepository<Session> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.sessions, clock);
  }

  /** A new session row, validated, ready to be written (here or in a bulk transaction). */
  build(input: SessionInput, id: string = newId(), ics: { uid?: string; sequence?: number } = {}): Session {
    const normalized = normalizeTimes(input);
    check(normalized);
    const fields: Fields<Session> = {
      ...normalized,
      ...sessionInstants(normalized),
      icsUid: ics.uid ?? `${id}@chairdesk`,
      icsSequence: ics.sequence ?? 0,
    };
    return stamp<Session>(fields, this.clock(), id);
  }

  async create(input: SessionInput): Promise<Session> {
    const row = this.build(input);
    await this.table.add(row);
    return row;
  }

  edit(base: Session, patch: Partial<SessionInput>): Promise<Session> {
    return this.update(base, patch, (next, current) => {
      const normalized = normalizeTimes(next);
      check(normalized);
      return { ...normalized, ...sessionInstants(normalized), icsSequence: current.icsSequence + 1 };
    });
  }

  /** Moves a session to new dates; its status becomes "postponed" and the old dates are kept. */
  postpone(base: Session, dates: { start: WallTime; end: WallTime; timeZone?: string }, reason?: Text): Promise<Session> {
    return this.edit(base, {
      ...dates,
      status: 'postponed',
      history: [...(base.history ?? []), this.change(base, 'postponed', reason)],
    });
  }

  cancel(base: Session, reason?: Text): Promise<Session> {
    return this.edit(base, { status: 'cancelled', history: [...(base.history ?? []), this.change(base, 'cancelled', reason)] });
  }

  private change(base: Session, kind: SessionChange['kind'], reason?: Text): SessionChange {
    return {
      at: this.clock().toISOString(),
      kind,
      from: { start: base.start, end: base.end, timeZone: base.timeZone, allDay: base.allDay },
      status: base.status,
      ...(hasText(reason) && reason ? { reason: { en: reason.en.trim(), ru: reason.ru.trim() } } : {}),
    };
  }

  /** A copy on other dates (e.g. next year's session), as a draft, with its agenda. */
  async duplicate(base: Session, dates: { start: WallTime; end: WallTime }): Promise<Session> {
    const copy = this.build({
      title: base.title,
      bodyIds: base.bodyIds,
      kind: base.kind,
      status: 'draft',
      allDay: base.allDay,
      start: dates.start,
      end: dates.end,
      timeZone: base.timeZone,
      venue: base.venue,
      ...(base.chairPersonId ? { chairPersonId: base.chairPersonId } : {}),
      ...(base.notes ? { notes: base.notes } : {}),
    });
    await this.db.transaction('rw', [this.db.sessions, this.db.agendaItems], async () => {
      const agenda = await this.db.agendaItems.where('[sessionId+position]').between([base.id, -Infinity], [base.id, Infinity]).toArray();
      await this.table.add(copy);
      await this.db.agendaItems.bulkAdd(agenda.map((item) => stamp<AgendaItem>({ ...fieldsOf(item), sessionId: copy.id }, this.clock())));
    });
    return copy;
  }

  /** Deletes a session with its agenda, participants and documents; returns them for Undo. */
  async delete(base: Session): Promise<DeletedSession> {
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.agendaItems, db.participants, db.documents, db.tombstones], async () => {
      const current = await db.sessions.get(base.id);
      if (!current) throw new ValidationError('sessions', [{ field: 'session', code: 'gone' }]);
      assertFresh(db, 'sessions', base, current);
      const deleted: DeletedSession = {
        session: current,
        agenda: await db.agendaItems.where('[sessionId+position]').between([base.id, -Infinity], [base.id, Infinity]).toArray(),
        participants: await db.participants.where('sessionId').equals(base.id).toArray(),
        documents: await db.documents.where('sessionId').equals(base.id).toArray(),
      };
      await db.agendaItems.bulkDelete(deleted.agenda.map((r) => r.id));
      await db.participants.bulkDelete(deleted.participants.map((r) => r.id));
      await db.documents.bulkDelete(deleted.documents.map((r) => r.id));
      await db.sessions.delete(base.id);
      const now = this.clock();
      await buryRows(
        db,
        'agendaItems',
        deleted.agenda.map((r) => r.id),
        now,
      );
      await buryRows(
        db,
        'participants',
        deleted.participants.map((r) => r.id),
        now,
      );
      await buryRows(
        db,
        'documents',
        deleted.documents.map((r) => r.id),
        now,
      );
      await buryRows(db, 'sessions', [base.id], now);
      return deleted;
    });
  }

  /** Undo of `delete`: puts every row back as it was. */
  async restore(deleted: DeletedSession): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.sessions, db.agendaItems, db.participants, db.documents, db.tombstones], async () => {
      await reviveRows(db, db.sessions, [deleted.session]);
      await reviveRows(db, db.agendaItems, deleted.agenda);
      await reviveRows(db, db.participants, deleted.participants);
      await reviveRows(db, db.documents, deleted.documents);
    });
  }

  /** Sessions starting in [from, to), in start order: an index range, not a scan. */
  startingBetween(from: UtcInstant, to: UtcInstant): Promise<Session[]> {
    return this.table.where('startUtc').between(from, to, true, false).toArray();
  }
}
