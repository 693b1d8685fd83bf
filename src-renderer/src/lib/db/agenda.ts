// A session's agenda: items kept at positions 1…n; every reorder rewrites the positions in
// one transaction.
import { Dexie } from 'dexie';
import { validateAgendaItem } from '../domain/agenda';
import type { AgendaItem, Fields } from '../domain/types';
import type { ChairdeskDB } from './db';
import { ValidationError } from './errors';
import { nextVersion, stamp, TableRepository, type Clock } from './table-repository';

export type AgendaInput = Pick<AgendaItem, 'title' | 'minutes'> & Partial<Pick<AgendaItem, 'presenterId' | 'notes'>>;

function check(item: Pick<AgendaItem, 'title' | 'minutes'>): void {
  const errors = validateAgendaItem(item);
  if (errors.length) throw new ValidationError('agendaItems', errors);
}

export class AgendaRepository extends TableRepository<AgendaItem> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.agendaItems, clock);
  }

  forSession(sessionId: string): Promise<AgendaItem[]> {
    return this.table.where('[sessionId+position]').between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey]).toArray();
  }

  async append(sessionId: string, input: AgendaInput): Promise<AgendaItem> {
    check(input);
    return this.db.transaction('rw', this.table, async () => {
      const items = await this.forSession(sessionId);
      const row = stamp<AgendaItem>(
        { ...input, sessionId, position: (items[items.length - 1]?.position ?? 0) + 1 } satisfies Fields<AgendaItem>,
        this.clock(),
      );
      await this.table.add(row);
      return row;
    });
  }

  edit(base: AgendaItem, patch: Partial<AgendaInput>): Promise<AgendaItem> {
    return this.update(base, patch, (next) => {
      check(next);
      return next;
    });
  }

  /** Puts the session's items in the given order (ids), positions 1…n. */
  async reorder(sessionId: string, orderedIds: readonly string[]): Promise<void> {
    await this.db.transaction('rw', this.table, async () => {
      const items = await this.forSession(sessionId);
      const byId = new Map(items.map((i) => [i.id, i]));
      const ordered = [...orderedIds.flatMap((id) => byId.get(id) ?? []), ...items.filter((i) => !orderedIds.includes(i.id))];
      const now = this.clock();
      const changed = ordered.flatMap((item, index) =>
        item.position === index + 1 ? [] : [nextVersion(this.db, item, { ...item, position: index + 1 }, now)],
      );
      await this.table.bulkPut(changed);
    });
  }

  async removeAndClose(base: AgendaItem): Promise<AgendaItem[]> {
    return this.db.transaction('rw', [this.table, this.db.tombstones], async () => {
      await this.remove(base);
      const rest = await this.forSession(base.sessionId);
      await this.reorder(
        base.sessionId,
        rest.map((i) => i.id),
      );
      return this.forSession(base.sessionId);
    });
  }
}
