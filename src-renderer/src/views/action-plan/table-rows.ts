// Which rows the Action Plan table shows, in what order and groups. Pure, so it is tested alone.
import { compareNumbers } from '$lib/domain/action-numbering';
import { dueDateOf, isOverdue, type DueSession } from '$lib/domain/deadlines';
import type { ActionItem, ActionStatus, IsoDate } from '$lib/domain/types';

export interface ItemFilter {
  status: ActionStatus | '';
  theme: string;
  /** `party:<id>`, `body:<id>` or `person:<id>`; empty for everyone. */
  responsible: string;
  overdueOnly: boolean;
}

export type Grouping = 'none' | 'theme' | 'responsible';
export type Sorting = 'number' | 'deadline';

export const NO_FILTER: ItemFilter = { status: '', theme: '', responsible: '', overdueOnly: false };

export interface RowGroup {
  /** '' when not grouped; otherwise a theme or a responsible key, or `none`. */
  key: string;
  items: ActionItem[];
}

export function responsibleKeys(item: Pick<ActionItem, 'responsible'>): string[] {
  const { partyIds, bodyIds, personIds } = item.responsible;
  return [...bodyIds.map((id) => `body:${id}`), ...partyIds.map((id) => `party:${id}`), ...personIds.map((id) => `person:${id}`)];
}

/** The plan's own order (by number, no filter, no groups): the only one where moving makes sense. */
export function isOutlineOrder(filter: ItemFilter, grouping: Grouping, sorting: Sorting): boolean {
  return grouping === 'none' && sorting === 'number' && !filter.status && !filter.theme && !filter.responsible && !filter.overdueOnly;
}

export function tableGroups(
  items: readonly ActionItem[],
  filter: ItemFilter,
  grouping: Grouping,
  sorting: Sorting,
  context: { sessions: ReadonlyMap<string, DueSession>; today: IsoDate },
): RowGroup[] {
  const shown = items.filter(
    (i) =>
      (!filter.status || i.status === filter.status) &&
      (!filter.theme || i.theme === filter.theme) &&
      (!filter.responsible || responsibleKeys(i).includes(filter.responsible)) &&
      (!filter.overdueOnly || isOverdue(i, context.sessions, context.today)),
  );
  const byNumber = (a: ActionItem, b: ActionItem): number => compareNumbers(a.number, b.number);
  // By deadline: the earliest first, items without one last, ties in number order.
  const byDeadline = (a: ActionItem, b: ActionItem): number => {
    const da = dueDateOf(a, context.sessions) ?? '9999-12-31';
    const db = dueDateOf(b, context.sessions) ?? '9999-12-31';
    return da < db ? -1 : da > db ? 1 : byNumber(a, b);
  };
  shown.sort(sorting === 'deadline' ? byDeadline : byNumber);
  if (grouping === 'none') return [{ key: '', items: shown }];

  const groups = new Map<string, ActionItem[]>();
  for (const item of shown) {
    const keys = grouping === 'theme' ? [item.theme || 'none'] : responsibleKeys(item);
    // An item with several responsible appears under each of them.
    for (const key of keys.length ? keys : ['none']) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list }));
}
