// The day a progress note or status change took effect. Records are often written after the
// meeting, so a note may carry the day it speaks of (`on`); without one it took effect the day
// it was written, by the chairmanship's home calendar. Burn-down, history and report all date
// a note by this day, and order notes by it (those of one day in the order they were written).
import { datePart, isIsoDate, utcToWall } from './time';
import type { ActionUpdate, IsoDate } from './types';

export function effectiveDay(update: Pick<ActionUpdate, 'at' | 'on'>, zone: string): IsoDate {
  return update.on ?? datePart(utcToWall(update.at, zone));
}

/** The notes by the day they took effect, oldest first; a stable sort keeps each day's writing order. */
export function inEffectiveOrder<T extends Pick<ActionUpdate, 'at' | 'on'>>(updates: readonly T[], zone: string): T[] {
  const days = new Map(updates.map((u) => [u, effectiveDay(u, zone)]));
  return [...updates].sort((a, b) => {
    const [x, y] = [days.get(a) ?? '', days.get(b) ?? ''];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export type NoteDayProblem = 'invalid' | 'after-today' | 'before-start';

/**
 * Why a note cannot take effect on `on`: it must be a real day, not after today, and not
 * before the item became part of the plan (`earliest`: the day it was added after approval,
 * else the plan's approval, else the day it was entered).
 */
export function noteDayProblem(on: string, bounds: { today: IsoDate; earliest?: IsoDate }): NoteDayProblem | undefined {
  if (!isIsoDate(on)) return 'invalid';
  if (on > bounds.today) return 'after-today';
  // An approval set for a day still to come bounds nothing yet.
  if (bounds.earliest !== undefined && bounds.earliest <= bounds.today && on < bounds.earliest) return 'before-start';
  return undefined;
}

/** The first day an item counts in its plan (see burndown.ts): added later, approved, or entered. */
export function itemStart(
  item: { addedOn?: IsoDate; createdAt: string },
  plan: { approvedOn?: IsoDate } | undefined,
  zone: string,
): IsoDate {
  return item.addedOn ?? plan?.approvedOn ?? datePart(utcToWall(item.createdAt, zone));
}

/**
 * Whether an item added `today` joined the plan after its approval (and so counts from today).
 * Items entered before the approval, or on the day the approved plan itself was typed in, are
 * the plan as approved: they count from the approval, whenever the plan was typed in.
 */
export function joinsAfterApproval(plan: { approvedOn?: IsoDate; createdAt: string }, today: IsoDate, zone: string): boolean {
  return plan.approvedOn !== undefined && today > plan.approvedOn && today > datePart(utcToWall(plan.createdAt, zone));
}
