// Outcome documents (decisions, statements, declarations…) adopted at sessions: the entries of
// the register of decisions. Recording one can mark the Action Plan items it fulfils done: the
// document, the items and their progress notes are written in one transaction. Numbers are
// kept consistent per body, kind and year (domain/decisions.ts): a number already held in its
// series is refused, and withdrawing a draft renumbers the drafts after it in one transaction.
import { documentStatus, renumberAfterWithdrawal, seriesKey, seriesOf } from '../domain/decisions';
import { hasText } from '../domain/text';
import { tooLong } from '../domain/text-limits';
import { isIsoDate } from '../domain/time';
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  type ActionItem,
  type ActionUpdate,
  type OutcomeDocument,
  type Fields,
  type Text,
} from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, StaleEditError, ValidationError } from './errors';
import { nextVersion, staleFields, stamp, TableRepository, type Clock } from './table-repository';

export type DocumentInput = Fields<OutcomeDocument>;

export interface DocumentLinks {
  /** Items the document fulfils or concerns: they are marked reviewed at its session. */
  itemIds: string[];
  /** Mark those items done (progress 100), each with a progress note. */
  markDone: boolean;
  /** The progress note written on each linked item, e.g. "Fulfilled by the Decision …". */
  noteText: Text;
}

export function validateDocument(input: DocumentInput): { field: string; code: string }[] {
  const errors: { field: string; code: string }[] = [];
  if (!hasText(input.title)) errors.push({ field: 'title', code: 'required' });
  else if (tooLong(input.title)) errors.push({ field: 'title', code: 'too-long' });
  if (tooLong(input.reference)) errors.push({ field: 'reference', code: 'too-long' });
  if (!DOCUMENT_KINDS.includes(input.kind)) errors.push({ field: 'kind', code: 'unknown-kind' });
  if (input.status !== undefined && !DOCUMENT_STATUSES.includes(input.status)) errors.push({ field: 'status', code: 'unknown-status' });
  if (input.adoptedOn !== undefined && !isIsoDate(input.adoptedOn)) errors.push({ field: 'adoptedOn', code: 'bad-date' });
  else if (input.status === 'adopted' && !input.adoptedOn) errors.push({ field: 'adoptedOn', code: 'required-when-adopted' });
  if (input.number !== undefined) {
    if (!Number.isInteger(input.number) || input.number < 1) errors.push({ field: 'number', code: 'not-positive' });
    else if (!input.bodyId) errors.push({ field: 'bodyId', code: 'required-with-number' });
  }
  return errors;
}

/** A row without its fields set to undefined (a cleared number, date or reference). */
function clean<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

export class DocumentsRepository extends TableRepository<OutcomeDocument> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.documents, clock);
  }

  ofSession(sessionId: string): Promise<OutcomeDocument[]> {
    return this.table.where('sessionId').equals(sessionId).toArray();
  }

  /** The other entries of `doc`'s series (same body, kind and year), with their sessions' first days. */
  private async series(doc: Fields<OutcomeDocument> & { id?: string }, sessionDate: string): Promise<OutcomeDocument[]> {
    const key = seriesOf({ id: doc.id ?? '', ...doc }, sessionDate);
    if (!key) return [];
    const sameBody = await this.table.where('bodyId').equals(key.bodyId).toArray();
    const sessions = new Map(
      (await this.db.sessions.bulkGet([...new Set(sameBody.map((d) => d.sessionId))])).flatMap((s) =>
        s ? [[s.id, s.start.slice(0, 10)] as const] : [],
      ),
    );
    const wanted = seriesKey(key);
    return sameBody.filter((d) => {
      const other = seriesOf(d, sessions.get(d.sessionId) ?? sessionDate);
      return d.id !== doc.id && other !== null && seriesKey(other) === wanted;
    });
  }

  /** Inside a transaction over sessions and documents: the session exists and the number is free in its series. */
  private async refuseTakenNumber(input: DocumentInput, id: string | undefined): Promise<void> {
    const session = await this.db.sessions.get(input.sessionId);
    if (!session) throw new NotFoundError('sessions', input.sessionId);
    if (input.number === undefined) return;
    const series = await this.series({ ...input, ...(id ? { id } : {}) }, session.start.slice(0, 10));
    if (series.some((d) => d.number === input.number))
      throw new ValidationError('documents', [{ field: 'number', code: 'duplicate-number' }]);
  }

  /**
   * Adds an entry to the register (`base` null) or writes an edit of one; refuses a number its
   * series already holds, and an edit of fields someone else changed meanwhile.
   */
  async saveEntry(base: OutcomeDocument | null, input: DocumentInput): Promise<OutcomeDocument> {
    const errors = validateDocument(input);
    if (errors.length) throw new ValidationError('documents', errors);
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.documents], async () => {
      await this.refuseTakenNumber(input, base?.id);
      const now = this.clock();
      if (!base) {
        const row = stamp<OutcomeDocument>(clean({ ...input }), now);
        await db.documents.add(row);
        return row;
      }
      const current = await db.documents.get(base.id);
      if (!current) throw new NotFoundError('documents', base.id);
      const stale = staleFields(db, base, current, input);
      if (stale.length) throw new StaleEditError('documents', base.id, base.rev, current.rev, stale, current);
      // Optional fields the form cleared are removed; fields the form does not know are kept.
      const { adoptedOn: _a, reference: _r, bodyId: _b, number: _n, status: _s, ...kept } = current;
      const next = nextVersion(db, current, clean({ ...kept, ...input }), now);
      await db.documents.put(clean(next));
      return next;
    });
  }

  /**
   * Withdraws an entry. An adopted one keeps its number; a draft releases its number and the
   * drafts after it in its series move down (domain/decisions.ts), all in one transaction.
   */
  async withdraw(base: OutcomeDocument): Promise<{ renumbered: number }> {
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.documents], async () => {
      const current = await db.documents.get(base.id);
      if (!current) throw new NotFoundError('documents', base.id);
      const stale = staleFields(db, base, current, { status: 'withdrawn' });
      if (stale.length) throw new StaleEditError('documents', base.id, base.rev, current.rev, stale, current);
      const session = await db.sessions.get(current.sessionId);
      const series = await this.series(current, session?.start.slice(0, 10) ?? current.createdAt.slice(0, 10));
      const changes = documentStatus(current) === 'draft' ? renumberAfterWithdrawal([current, ...series], current.id) : [];
      const now = this.clock();
      const byId = new Map([current, ...series].map((d) => [d.id, d]));
      const released = changes.length > 0;
      const rows = [
        nextVersion(db, current, clean({ ...current, status: 'withdrawn' as const, ...(released ? { number: undefined } : {}) }), now),
      ];
      for (const change of changes) {
        const doc = byId.get(change.id);
        if (doc && doc.id !== current.id)
          rows.push(nextVersion(db, doc, { ...doc, ...(change.number === undefined ? {} : { number: change.number }) }, now));
      }
      await db.documents.bulkPut(rows.map(clean));
      return { renumbered: rows.length - 1 };
    });
  }

  /**
   * Closes an Action Plan item with an entry of the register: the item names the document, is
   * marked reviewed at its session and done (100 %), with a progress note.
   */
  async closeItem(itemId: string, documentId: string, noteText: Text): Promise<ActionItem> {
    const { db } = this;
    return db.transaction('rw', [db.documents, db.actionItems, db.actionUpdates], async () => {
      const [item, document] = await Promise.all([db.actionItems.get(itemId), db.documents.get(documentId)]);
      if (!item) throw new NotFoundError('actionItems', itemId);
      if (!document) throw new NotFoundError('documents', documentId);
      if (documentStatus(document) === 'withdrawn') throw new ValidationError('documents', [{ field: 'documentId', code: 'withdrawn' }]);
      const now = this.clock();
      const next = nextVersion(
        db,
        item,
        {
          ...item,
          documentIds: [...new Set([...item.documentIds, document.id])],
          reviewedAt: [...new Set([...item.reviewedAt, document.sessionId])],
          status: 'done' as const,
          progress: 100,
        },
        now,
      );
      await db.actionItems.put(next);
      await db.actionUpdates.add(
        stamp<ActionUpdate>(
          {
            actionItemId: item.id,
            at: now.toISOString(),
            text: noteText,
            sessionId: document.sessionId,
            ...(item.status === 'done' ? {} : { statusFrom: item.status, statusTo: 'done' as const }),
          },
          now,
        ),
      );
      return next;
    });
  }

  /**
   * Records a document (an entry of the register, its number checked like `saveEntry`'s) and
   * updates the items it fulfils; returns the document and the ids of the items it closed.
   */
  async record(input: DocumentInput, links: DocumentLinks): Promise<{ document: OutcomeDocument; closed: string[] }> {
    const errors = validateDocument(input);
    if (errors.length) throw new ValidationError('documents', errors);
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.documents, db.actionItems, db.actionUpdates], async () => {
      await this.refuseTakenNumber(input, undefined);
      const now = this.clock();
      const at = now.toISOString();
      const document = stamp<OutcomeDocument>(clean({ ...input }), now);
      await db.documents.add(document);

      const items = await db.actionItems.bulkGet([...new Set(links.itemIds)]);
      const closed: string[] = [];
      const rows: ActionItem[] = [];
      const notes: ActionUpdate[] = [];
      for (const [i, item] of items.entries()) {
        if (!item) throw new NotFoundError('actionItems', links.itemIds[i] ?? '');
        const close = links.markDone && item.status !== 'done';
        rows.push(
          nextVersion(
            db,
            item,
            {
              ...item,
              documentIds: [...new Set([...item.documentIds, document.id])],
              reviewedAt: [...new Set([...item.reviewedAt, input.sessionId])],
              ...(close ? { status: 'done' as const, progress: 100 } : {}),
            },
            now,
          ),
        );
        notes.push(
          stamp<ActionUpdate>(
            {
              actionItemId: item.id,
              at,
              text: links.noteText,
              sessionId: input.sessionId,
              ...(close ? { statusFrom: item.status, statusTo: 'done' as const } : {}),
            },
            now,
          ),
        );
        if (close) closed.push(item.id);
      }
      await db.actionItems.bulkPut(rows);
      await db.actionUpdates.bulkAdd(notes);
      return { document, closed };
    });
  }
}
