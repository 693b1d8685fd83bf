// Action plans and their items. Every change of a plan's outline (add, move, indent, outdent,
// remove, undo) renumbers the plan in the same transaction as the change, and every status
// change writes a progress note beside it: a failure leaves nothing half-saved.
import {
  HierarchyError,
  indentNode,
  insertNode,
  moveAmongSiblings,
  moveNode,
  numberOutline,
  outdentNode,
  outlineOf,
  removeNode,
  renumbering,
  restoreSubtree,
  ROOT,
  type Outline,
} from '../domain/action-numbering';
import { validateItem } from '../domain/action-status';
import { itemStart, noteDayProblem } from '../domain/progress-notes';
import { tooLong } from '../domain/text-limits';
import { todayIn } from '../domain/time';
import { emptyText, hasText, trimmedText } from '../domain/text';
import type { ActionItem, ActionPlan, ActionStatus, ActionUpdate, Fields, IsoDate, Text } from '../domain/types';
import { carryForward, type CarryOptions, type CarryResult, type CarryTarget } from './carry-forward';
import type { ChairdeskDB } from './db';
import { NotFoundError, StaleEditError, ValidationError } from './errors';
import { assertFresh, buryRows, newId, nextVersion, reviveRows, stamp, staleFields, TableRepository, type Clock } from './table-repository';

export interface PlanInput {
  title: Text;
  approvedOn?: IsoDate;
  approvedBy?: Text;
  basis: string[];
}

function checkPlan(input: Partial<PlanInput>): void {
  if (input.title !== undefined && !hasText(input.title)) throw new ValidationError('actionPlans', [{ field: 'title', code: 'required' }]);
  const errors = [
    ...(tooLong(input.title) ? [{ field: 'title', code: 'too-long' }] : []),
    ...(tooLong(input.approvedBy) ? [{ field: 'approvedBy', code: 'too-long' }] : []),
  ];
  if (errors.length) throw new ValidationError('actionPlans', errors);
}

export class ActionPlansRepository extends TableRepository<ActionPlan> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.actionPlans, clock);
  }

  /** A chairmanship's plans, oldest first. */
  async ofChairmanship(chairmanshipId: string): Promise<ActionPlan[]> {
    const plans = await this.table.where('chairmanshipId').equals(chairmanshipId).toArray();
    return plans.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async create(chairmanshipId: string, input: PlanInput): Promise<ActionPlan> {
    checkPlan(input);
    return this.add({ chairmanshipId, ...input });
  }

  async edit(base: ActionPlan, patch: Partial<PlanInput>): Promise<ActionPlan> {
    checkPlan(patch);
    return this.update(base, patch);
  }

  /** Copies a plan's open items into another chairmanship's plan (see carry-forward.ts). */
  carryForward(sourcePlanId: string, target: CarryTarget, options: CarryOptions): Promise<CarryResult> {
    return carryForward(this.db, this.clock, sourcePlanId, target, options);
  }
}

export interface ItemInput {
  title: Text;
  description: Text;
  theme: string;
  responsible: ActionItem['responsible'];
  dueDate?: IsoDate;
  dueSessionId?: string;
  status: ActionStatus;
  progress: number;
}

/** A progress note as the user writes it; the status change, if any, is added by the write. */
export interface NoteInput {
  /** The progress note in each language (either may be empty). */
  text: Text;
  sessionId?: string;
  /** The day it took effect, when recorded after the fact (not after today, not before the item joined the plan). */
  on?: IsoDate;
}

/** Where an item goes: under `parentId` (top level when absent), at `index` among its siblings. */
export interface Placement {
  parentId?: string;
  index?: number;
}

export type Shift = 'up' | 'down' | 'indent' | 'outdent';

/** What a removal took away, so that an undo can put exactly that back. */
export interface RemovedItems {
  planId: string;
  rootId: string;
  parentId: string;
  index: number;
  items: ActionItem[];
  updates: ActionUpdate[];
}

function check(draft: Pick<ActionItem, 'title' | 'description' | 'status' | 'progress'>): void {
  const errors = validateItem(draft);
  if (errors.length) throw new ValidationError('actionItems', errors);
}

/** Item fields without the keys whose value is undefined (IndexedDB keeps them otherwise). */
function clean<T extends object>(row: T): T {
  // The same object minus some undefined values is still a T; Object.fromEntries cannot say so.
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

export class ActionItemsRepository extends TableRepository<ActionItem> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.actionItems, clock);
  }

  /** A plan's items in number order. */
  ofPlan(planId: string): Promise<ActionItem[]> {
    return this.table.where('planId').equals(planId).sortBy('sortKey');
  }

  updatesOf(itemId: string): Promise<ActionUpdate[]> {
    return this.db.actionUpdates.where('actionItemId').equals(itemId).sortBy('at');
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** The stored item, provided nobody else changed `fields` of it (every field if none are named) since `base`. */
  private async current(base: ActionItem, fields?: object): Promise<ActionItem> {
    const current = await this.table.get(base.id);
    if (!current) throw new NotFoundError(this.table.name, base.id);
    if (!fields) assertFresh(this.db, this.table.name, base, current);
    else {
      const stale = staleFields(this.db, base, current, fields);
      if (stale.length) throw new StaleEditError(this.table.name, base.id, base.rev, current.rev, stale, current);
    }
    return current;
  }

  /** Writes the numbers the outline gives every item whose number, sort key or parent changed. */
  private async renumber(items: readonly ActionItem[], outline: Outline, at: string, skip: ReadonlySet<string> = new Set()): Promise<void> {
    const now = new Date(at);
    const changed = renumbering(items, outline)
      .filter(({ item }) => !skip.has(item.id))
      .map(({ item, next }) => nextVersion(this.db, item, clean({ ...item, ...next, parentId: next.parentId }), now));
    if (changed.length) await this.table.bulkPut(changed);
  }

  private noteRow(itemId: string, fields: Omit<Fields<ActionUpdate>, 'actionItemId' | 'at'>, at: string): ActionUpdate {
    return stamp<ActionUpdate>(clean({ actionItemId: itemId, at, ...fields }), new Date(at));
  }

  private restructure<T>(planId: string, work: (items: ActionItem[], at: string) => Promise<T>): Promise<T> {
    return this.db.transaction(
      'rw',
      [this.table, this.db.actionUpdates, this.db.tombstones, this.db.actionPlans, this.db.chairmanships],
      async () => {
        const items = await this.table.where('planId').equals(planId).toArray();
        return work(items, this.now());
      },
    );
  }

  /** Adds an item under a parent (at the end by default) and renumbers what follows it. */
  create(planId: string, input: ItemInput, placement: Placement = {}, extra: Pick<ActionItem, 'addedOn'> = {}): Promise<ActionItem> {
    return this.restructure(planId, async (items, at) => {
      check(input);
      const id = newId();
      const outline = insertNode(outlineOf(items), id, placement.parentId ?? ROOT, placement.index);
      const numbered = numberOutline(outline).get(id);
      if (!numbered) throw new HierarchyError('not-found', id);
      const row = stamp<ActionItem>(clean({ planId, ...input, ...numbered, reviewedAt: [], documentIds: [], ...extra }), new Date(at), id);
      await this.table.add(row);
      await this.renumber(items, outline, at);
      return row;
    });
  }

  /**
   * Saves an edit of an item's fields and, when `parentId` is given, its place in the outline
   * (as the last sub-item of the new parent; `null` for the top level). A status change
   * writes a progress note; a note with a session marks the item reviewed there.
   */
  edit(base: ActionItem, patch: Partial<ItemInput> & { parentId?: string | null }, note?: NoteInput): Promise<ActionItem> {
    return this.restructure(base.planId, async (items, at) => {
      const { parentId, ...fields } = patch;
      const current = await this.current(base, { ...fields, ...(parentId === undefined ? {} : { parentId: parentId ?? undefined }) });
      const next: ActionItem = clean({ ...current, ...fields });
      // Choosing "a date" or "a session" as the deadline clears the other one.
      if ('dueDate' in patch && !patch.dueDate) delete next.dueDate;
      if ('dueSessionId' in patch && !patch.dueSessionId) delete next.dueSessionId;
      check(next);
      if (note?.on !== undefined) await this.checkNoteDay(current, note.on);
      let outline = outlineOf(items);
      const target = parentId === null ? ROOT : parentId;
      if (target !== undefined && target !== (current.parentId ?? ROOT)) {
        outline = this.moved(outline, current.id, target);
        Object.assign(next, numberOutline(outline).get(current.id));
        if (target === ROOT) delete next.parentId;
      }
      const written = await this.writeWithNote(current, next, note, at);
      await this.renumber(items, outline, at, new Set([current.id]));
      return written;
    });
  }

  /** Refuses a note dated after today or before the item joined the plan (home time zone's calendar). */
  private async checkNoteDay(item: ActionItem, on: string): Promise<void> {
    const plan = await this.db.actionPlans.get(item.planId);
    const chairmanship = plan ? await this.db.chairmanships.get(plan.chairmanshipId) : undefined;
    const zone = chairmanship?.homeTimeZone ?? 'UTC';
    const problem = noteDayProblem(on, { today: todayIn(zone, this.clock()), earliest: itemStart(item, plan, zone) });
    if (problem) throw new ValidationError('actionUpdates', [{ field: 'on', code: problem }]);
  }

  private moved(outline: Outline, id: string, parentId: string, index?: number): Outline {
    try {
      return moveNode(outline, id, parentId, index);
    } catch (error) {
      if (error instanceof HierarchyError && error.problem === 'cycle')
        throw new ValidationError('actionItems', [{ field: 'parentId', code: 'cycle' }]);
      throw error;
    }
  }

  private async writeWithNote(current: ActionItem, next: ActionItem, note: NoteInput | undefined, at: string): Promise<ActionItem> {
    const statusChanged = next.status !== current.status;
    if (note?.sessionId && !next.reviewedAt.includes(note.sessionId)) next.reviewedAt = [...next.reviewedAt, note.sessionId];
    const written = nextVersion(this.db, current, next, new Date(at));
    await this.table.put(written);
    const text = trimmedText(note?.text);
    if (statusChanged || text) {
      await this.db.actionUpdates.add(
        this.noteRow(
          current.id,
          {
            text: text ?? emptyText(),
            sessionId: note?.sessionId,
            on: note?.on,
            ...(statusChanged ? { statusFrom: current.status, statusTo: next.status } : {}),
          },
          at,
        ),
      );
    }
    return written;
  }

  /** Changes the status (and progress, e.g. 100 for done), with its progress note. */
  changeStatus(base: ActionItem, status: ActionStatus, options: { progress?: number; note?: NoteInput } = {}): Promise<ActionItem> {
    return this.edit(base, { status, ...(options.progress === undefined ? {} : { progress: options.progress }) }, options.note);
  }

  /** A progress note with no other change. */
  async addNote(base: ActionItem, note: NoteInput): Promise<ActionItem> {
    if (!trimmedText(note.text)) throw new ValidationError('actionItems', [{ field: 'text', code: 'required' }]);
    return this.edit(base, {}, note);
  }

  /** Moves an item (with its sub-items) under `parentId` at `index`; refuses a cycle. */
  move(base: ActionItem, placement: Placement): Promise<ActionItem> {
    return this.reshape(base, (outline) => this.moved(outline, base.id, placement.parentId ?? ROOT, placement.index));
  }

  /** Up or down among its siblings, or indent / outdent (keyboard and buttons). */
  shift(base: ActionItem, how: Shift): Promise<ActionItem> {
    return this.reshape(base, (outline) => {
      switch (how) {
        case 'up':
          return moveAmongSiblings(outline, base.id, -1);
        case 'down':
          return moveAmongSiblings(outline, base.id, 1);
        case 'indent':
          return indentNode(outline, base.id);
        case 'outdent':
          return outdentNode(outline, base.id);
      }
    });
  }

  private reshape(base: ActionItem, change: (outline: Outline) => Outline): Promise<ActionItem> {
    return this.restructure(base.planId, async (items, at) => {
      await this.current(base);
      const outline = change(outlineOf(items));
      await this.renumber(items, outline, at);
      return this.require(base.id);
    });
  }

  /** An item never leaves alone: its sub-items and notes go with it, and the plan is renumbered. */
  override async remove(base: ActionItem): Promise<void> {
    await this.removeSubtree(base);
  }

  /** Removes an item with its sub-items and their notes; returns what an undo needs. */
  removeSubtree(base: ActionItem): Promise<RemovedItems> {
    return this.restructure(base.planId, async (items, at) => {
      await this.current(base);
      const removal = removeNode(outlineOf(items), base.id);
      const gone = new Set(removal.removed);
      const updates = await this.db.actionUpdates.where('actionItemId').anyOf(removal.removed).toArray();
      await this.table.bulkDelete(removal.removed);
      await this.db.actionUpdates.bulkDelete(updates.map((u) => u.id));
      await buryRows(this.db, 'actionItems', removal.removed, new Date(at));
      await buryRows(
        this.db,
        'actionUpdates',
        updates.map((u) => u.id),
        new Date(at),
      );
      await this.renumber(
        items.filter((i) => !gone.has(i.id)),
        removal.outline,
        at,
      );
      return {
        planId: base.planId,
        rootId: base.id,
        parentId: removal.parentId,
        index: removal.index,
        items: items.filter((i) => gone.has(i.id)),
        updates,
      };
    });
  }

  /** Puts removed items back where they were (or at the top level if their parent is gone). */
  restore(removed: RemovedItems): Promise<void> {
    return this.restructure(removed.planId, async (items, at) => {
      if (items.some((i) => i.id === removed.rootId)) return;
      const subtree = outlineOf(removed.items);
      const outline = restoreSubtree(outlineOf(items), subtree, removed.rootId, removed.parentId, removed.index);
      const numbers = numberOutline(outline);
      const back = removed.items.map((item) =>
        clean({ ...item, ...numbers.get(item.id), parentId: numbers.get(item.id)?.parentId, rev: item.rev + 1, updatedAt: at }),
      );
      await reviveRows(this.db, this.table, back);
      await reviveRows(this.db, this.db.actionUpdates, removed.updates);
      await this.renumber(items, outline, at);
    });
  }
}
