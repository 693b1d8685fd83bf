// The journal of a session: one row per session (the `sessionId` index is unique). A journal
// whose events break the rules of domain/journal.ts is refused, naming the event.
import { journalProblems } from '../domain/journal';
import type { Fields, SessionJournal } from '../domain/types';
import type { ChairdeskDB } from './db';
import { LONG_TEXT_LIMIT, tooLong } from '../domain/text-limits';
import { NotFoundError, StaleEditError, ValidationError } from './errors';
import { nextVersion, staleFields, stamp, TableRepository, type Clock } from './table-repository';

export type JournalInput = Omit<Fields<SessionJournal>, 'sessionId'>;

export class JournalsRepository extends TableRepository<SessionJournal> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.journals, clock);
  }

  ofSession(sessionId: string): Promise<SessionJournal | undefined> {
    return this.table.where('sessionId').equals(sessionId).first();
  }

  /**
   * Writes a session's journal: the first (`base` null) or an edit of the one read. A journal
   * written meanwhile by someone else (another window, a merge) is not overwritten.
   */
  async save(sessionId: string, base: SessionJournal | null, input: JournalInput): Promise<SessionJournal> {
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.journals], async () => {
      const session = await db.sessions.get(sessionId);
      if (!session) throw new NotFoundError('sessions', sessionId);
      const problems = journalProblems(input.events, session);
      if (problems.length)
        throw new ValidationError(
          'journals',
          problems.map((p) => ({ field: `events.${p.index}`, code: p.code })),
        );
      const long = input.items.flatMap((item, i) =>
        tooLong(item.notes, LONG_TEXT_LIMIT) ? [{ field: `items.${i}.notes`, code: 'too-long' }] : [],
      );
      if (long.length) throw new ValidationError('journals', long);
      const current = await this.ofSession(sessionId);
      const now = this.clock();
      if (!base || !current) {
        if (current) throw new StaleEditError('journals', current.id, 0, current.rev, ['events'], current);
        const row = stamp<SessionJournal>({ sessionId, ...input }, now);
        await db.journals.add(row);
        return row;
      }
      const stale = staleFields(db, base, current, input);
      if (stale.length) throw new StaleEditError('journals', current.id, base.rev, current.rev, stale, current);
      const next = nextVersion(db, current, { ...current, ...input }, now);
      await db.journals.put(next);
      return next;
    });
  }
}
