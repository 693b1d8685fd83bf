// Sessions: validated on every write, instants derived from the venue wall clock, and the
// ICS sequence bumped on every change so calendar clients replace their copy.
import { validateSession, type SessionDraft } from '../domain/session-rules';
import { wallToUtc } from '../domain/time';
import type { Fields, Session, UtcInstant } from '../domain/types';
import type { ChairdeskDB } from './db';
import { ValidationError } from './errors';
import { newId, stamp, TableRepository, type Clock } from './table-repository';

export type SessionInput = SessionDraft & Partial<Pick<Session, 'chairPersonId' | 'notes'>>;

/** All-day sessions are stored from 00:00 of the first day to 00:00 of the last day. */
export function normalizeTimes<T extends Pick<Session, 'allDay' | 'start' | 'end'>>(input: T): T {
  if (!input.allDay) return input;
  return { ...input, start: `${input.start.slice(0, 10)}T00:00`, end: `${input.end.slice(0, 10)}T00:00` };
}

function instants(session: Pick<Session, 'allDay' | 'start' | 'end' | 'timeZone'>): { startUtc: UtcInstant; endUtc: UtcInstant } {
  const startUtc = wallToUtc(session.start, session.timeZone);
  // An all-day session lasts until midnight after its last day.
  const endWall = session.allDay ? nextMidnight(session.end) : session.end;
  return { startUtc, endUtc: wallToUtc(endWall, session.timeZone) };
}

function nextMidnight(wall: string): string {
  const d = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T00:00`;
}

function check(draft: SessionDraft): void {
  const errors = validateSession(draft);
  if (errors.length) throw new ValidationError(errors);
}

export class SessionsRepository extends TableRepository<Session> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.sessions, clock);
  }

  /** A new session row, validated, ready to be written (here or in a bulk transaction). */
  build(input: SessionInput, id: string = newId()): Session {
    const normalized = normalizeTimes(input);
    check(normalized);
    const fields: Fields<Session> = { ...normalized, ...instants(normalized), icsUid: `${id}@chairdesk`, icsSequence: 0 };
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
      return { ...normalized, ...instants(normalized), icsSequence: current.icsSequence + 1 };
    });
  }

  /** Sessions starting in [from, to), in start order: an index range, not a scan. */
  startingBetween(from: UtcInstant, to: UtcInstant): Promise<Session[]> {
    return this.table.where('startUtc').between(from, to, true, false).toArray();
  }
}
