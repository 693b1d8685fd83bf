// Carrying the open items of one chairmanship's plan forward into another's: copies keep
// their titles, theme, responsible, status and progress, refer back to the item they came from
// (whose history stays with it), and get a progress note saying where they came from; the
// originals get a note saying where they went. One transaction; carrying twice copies nothing
// twice.
import { insertNode, numberOutline, outlineOf, ROOT } from '../domain/action-numbering';
import { isOpen } from '../domain/action-status';
import type { ActionItem, ActionPlan, ActionUpdate, IsoDate, Text } from '../domain/types';
import type { ChairdeskDB } from './db';
import { NotFoundError, ValidationError } from './errors';
import { newId, stamp, type Clock } from './table-repository';
import { hasText } from '../domain/text';

/** The plan the items go to: one already there, or a new one with these fields (db/action-plan.ts' PlanInput). */
export type CarryTarget =
  { planId: string } | { chairmanshipId: string; plan: Pick<ActionPlan, 'title' | 'approvedOn' | 'approvedBy' | 'basis'> };

export interface CarryOptions {
  /** The day the copies join the target plan. */
  today: IsoDate;
  /** The note on a copy, from the original (e.g. "Carried forward from item 2.2 of …"). */
  noteOnCopy: (original: ActionItem) => Text;
  /** The note on the original, from its copy's number. */
  noteOnOriginal: (copyNumber: string) => Text;
}

export interface CarryResult {
  plan: ActionPlan;
  copied: number;
}

export async function carryForward(
  db: ChairdeskDB,
  clock: Clock,
  sourcePlanId: string,
  target: CarryTarget,
  options: CarryOptions,
): Promise<CarryResult> {
  if ('plan' in target && !hasText(target.plan.title)) throw new ValidationError('actionPlans', [{ field: 'title', code: 'required' }]);
  return db.transaction('rw', [db.actionPlans, db.actionItems, db.actionUpdates, db.chairmanships], async () => {
    const now = clock();
    const at = now.toISOString();
    const source = await db.actionPlans.get(sourcePlanId);
    if (!source) throw new NotFoundError('actionPlans', sourcePlanId);

    let plan: ActionPlan;
    if ('planId' in target) {
      const found = await db.actionPlans.get(target.planId);
      if (!found) throw new NotFoundError('actionPlans', target.planId);
      plan = found;
    } else {
      if (!(await db.chairmanships.get(target.chairmanshipId))) throw new NotFoundError('chairmanships', target.chairmanshipId);
      plan = stamp<ActionPlan>({ chairmanshipId: target.chairmanshipId, ...target.plan }, now);
      await db.actionPlans.add(plan);
    }
    if (plan.id === source.id || plan.chairmanshipId === source.chairmanshipId) {
      throw new ValidationError('actionPlans', [{ field: 'target', code: 'same-chairmanship' }]);
    }

    const originals = (await db.actionItems.where('planId').equals(source.id).sortBy('sortKey')).filter((i) => isOpen(i.status));
    const existing = await db.actionItems.where('planId').equals(plan.id).toArray();
    const already = new Set(existing.flatMap((i) => (i.carriedFrom ? [i.carriedFrom] : [])));
    const copyOf = new Map<string, string>();
    let outline = outlineOf(existing);
    for (const original of originals) {
      if (already.has(original.id)) continue;
      const id = newId();
      copyOf.set(original.id, id);
      // A sub-item whose parent stays behind (done) becomes a top-level item of the new plan.
      const parent = original.parentId ? copyOf.get(original.parentId) : undefined;
      outline = insertNode(outline, id, parent ?? ROOT);
    }
    const numbers = numberOutline(outline);
    const copies: ActionItem[] = [];
    const notes: ActionUpdate[] = [];
    for (const original of originals) {
      const id = copyOf.get(original.id);
      const numbered = id ? numbers.get(id) : undefined;
      if (!id || !numbered) continue;
      // Deadlines and sessions belong to the old year: the new plan sets its own.
      copies.push(
        stamp<ActionItem>(
          {
            planId: plan.id,
            ...numbered,
            title: original.title,
            description: original.description,
            theme: original.theme,
            responsible: original.responsible,
            status: original.status,
            progress: original.progress,
            reviewedAt: [],
            documentIds: [],
            addedOn: options.today,
            carriedFrom: original.id,
          },
          now,
          id,
        ),
      );
      notes.push(stamp<ActionUpdate>({ actionItemId: id, at, text: options.noteOnCopy(original) }, now));
      notes.push(stamp<ActionUpdate>({ actionItemId: original.id, at, text: options.noteOnOriginal(numbered.number) }, now));
    }
    if (copies.length) {
      await db.actionItems.bulkAdd(copies);
      await db.actionUpdates.bulkAdd(notes);
    }
    return { plan, copied: copies.length };
  });
}
