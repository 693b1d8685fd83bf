// The burn-down of a plan: how many items were open at the end of each day, rebuilt from the
// progress log. Each item's status on a given day is the last status change logged up to that
// day; before its first logged change, the status that change started from; with no change
// logged at all, its status now.
import { isOpen } from './action-status';
import type { ActionStatus, IsoDate } from './types';

export interface BurndownItem {
  id: string;
  status: ActionStatus;
  /** The day the item became part of the plan. */
  since: IsoDate;
}

export interface StatusChange {
  itemId: string;
  /** The day of the change, in the chairmanship's home time zone. */
  on: IsoDate;
  from?: ActionStatus;
  to: ActionStatus;
}

export interface BurndownPoint {
  date: IsoDate;
  open: number;
}

/**
 * Open items per day from `from` to `to`, as the points where the count changes (a step
 * line): the first point is `from`, the last is `to`.
 */
export function burndownSeries(
  items: readonly BurndownItem[],
  changes: readonly StatusChange[],
  range: { from: IsoDate; to: IsoDate },
): BurndownPoint[] {
  if (range.to < range.from) return [];
  const byItem = new Map<string, StatusChange[]>();
  for (const c of changes) byItem.set(c.itemId, [...(byItem.get(c.itemId) ?? []), c]);

  // +1 / -1 to the open count on the day an item opens or closes; days before the range
  // fold into its first day.
  const deltas = new Map<IsoDate, number>();
  const add = (date: IsoDate, delta: number): void => {
    if (date > range.to) return;
    const day = date < range.from ? range.from : date;
    deltas.set(day, (deltas.get(day) ?? 0) + delta);
  };

  for (const item of items) {
    const log = [...(byItem.get(item.id) ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    // Changes logged before the item joined the plan set its starting status.
    const before = log.filter((c) => c.on <= item.since);
    const status: ActionStatus = before.at(-1)?.to ?? (log[0] ? (log[0].from ?? 'not-started') : item.status);
    let open = isOpen(status);
    if (open) add(item.since, 1);
    for (const change of log.slice(before.length)) {
      const next = isOpen(change.to);
      if (next !== open) add(change.on, next ? 1 : -1);
      open = next;
    }
  }

  const points: BurndownPoint[] = [];
  let open = 0;
  for (const date of [...deltas.keys()].sort()) {
    open += deltas.get(date) ?? 0;
    if (date === range.from || points.at(-1)?.open !== open) points.push({ date, open });
  }
  if (points[0]?.date !== range.from) points.unshift({ date: range.from, open: 0 });
  if (points.at(-1)?.date !== range.to) points.push({ date: range.to, open });
  return points;
}
