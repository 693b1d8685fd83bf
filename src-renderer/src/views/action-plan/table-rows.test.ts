import { describe, expect, it } from 'vitest';
import { sortKeyOf } from '$lib/domain/action-numbering';
import type { DueSession } from '$lib/domain/deadlines';
import type { ActionItem } from '$lib/domain/types';
import { isOutlineOrder, NO_FILTER, tableGroups } from './table-rows';

function item(number: string, fields: Partial<ActionItem> = {}): ActionItem {
  return {
    id: `i${number}`,
    planId: 'p',
    number,
    sortKey: sortKeyOf(number),
    title: { en: number, ru: '' },
    description: { en: '', ru: '' },
    theme: 'counter-terrorism',
    responsible: { partyIds: [], bodyIds: [], personIds: [] },
    status: 'in-progress',
    progress: 0,
    reviewedAt: [],
    documentIds: [],
    createdAt: '',
    updatedAt: '',
    rev: 1,
    ...fields,
  };
}

const joint: DueSession = { id: 'joint', start: '2015-09-14T00:00', startUtc: '2015-09-13T19:00:00.000Z', status: 'confirmed' };
const context = { sessions: new Map([['joint', joint]]), today: '2015-10-01' };
const items = [
  item('1', { responsible: { partyIds: ['tj'], bodyIds: ['cssc'], personIds: [] } }),
  item('1.1', { dueSessionId: 'joint', responsible: { partyIds: [], bodyIds: ['cssc'], personIds: [] } }),
  item('2', { theme: 'drug-trafficking', dueDate: '2015-06-30', status: 'done', progress: 100 }),
  item('10', { theme: 'drug-trafficking', dueDate: '2015-08-01' }),
];
const numbers = (groups: { items: ActionItem[] }[]): string[][] => groups.map((g) => g.items.map((i) => i.number));

describe('the Action Plan table', () => {
  it('shows everything in number order, 10 after 2, and only then lets items be moved', () => {
    expect(numbers(tableGroups(items, NO_FILTER, 'none', 'number', context))).toEqual([['1', '1.1', '2', '10']]);
    expect(isOutlineOrder(NO_FILTER, 'none', 'number')).toBe(true);
    expect(isOutlineOrder({ ...NO_FILTER, theme: 'afghanistan' }, 'none', 'number')).toBe(false);
    expect(isOutlineOrder(NO_FILTER, 'theme', 'number')).toBe(false);
  });

  it('filters by status, theme, responsible and overdue', () => {
    expect(numbers(tableGroups(items, { ...NO_FILTER, status: 'done' }, 'none', 'number', context))).toEqual([['2']]);
    expect(numbers(tableGroups(items, { ...NO_FILTER, theme: 'drug-trafficking' }, 'none', 'number', context))).toEqual([['2', '10']]);
    expect(numbers(tableGroups(items, { ...NO_FILTER, responsible: 'body:cssc' }, 'none', 'number', context))).toEqual([['1', '1.1']]);
    expect(numbers(tableGroups(items, { ...NO_FILTER, overdueOnly: true }, 'none', 'number', context))).toEqual([['1.1', '10']]);
  });

  it('sorts by deadline with undated items last, and groups by responsible with an item under each of its responsible', () => {
    expect(numbers(tableGroups(items, NO_FILTER, 'none', 'deadline', context))).toEqual([['2', '10', '1.1', '1']]);
    const groups = tableGroups(items, NO_FILTER, 'responsible', 'number', context);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.number)])).toEqual([
      ['body:cssc', ['1', '1.1']],
      ['party:tj', ['1']],
      ['none', ['2', '10']],
    ]);
  });
});
