// Outcome documents (decisions, statements, declarations…) adopted at sessions. Recording one
// can mark the Action Plan items it fulfils done: the document, the items and their progress
// notes are written in one transaction.
import { hasText } from '../domain/text';
import { DOCUMENT_KINDS, type ActionItem, type ActionUpdate, type OutcomeDocument, type Fields, type Text } from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import { nextVersion, stamp, TableRepository, type Clock } from './table-repository';

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
  if (!DOCUMENT_KINDS.includes(input.kind)) errors.push({ field: 'kind', code: 'unknown-kind' });
  return errors;
}

export class DocumentsRepository extends TableRepository<OutcomeDocument> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.documents, clock);
  }

  ofSession(sessionId: string): Promise<OutcomeDocument[]> {
    return this.table.where('sessionId').equals(sessionId).toArray();
  }

  /** Records a document and updates the items it fulfils; returns the document and the ids of the items it closed. */
  async record(input: DocumentInput, links: DocumentLinks): Promise<{ document: OutcomeDocument; closed: string[] }> {
    const errors = validateDocument(input);
    if (errors.length) throw new ValidationError(errors);
    const { db } = this;
    return db.transaction('rw', [db.sessions, db.documents, db.actionItems, db.actionUpdates], async () => {
      if (!(await db.sessions.get(input.sessionId))) throw new NotFoundError('sessions', input.sessionId);
      const now = this.clock();
      const at = now.toISOString();
      const document = stamp<OutcomeDocument>({ ...input }, now);
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
