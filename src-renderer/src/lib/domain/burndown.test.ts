import { describe, expect, it } from 'vitest';
import { burndownSeries, type BurndownItem, type StatusChange } from './burndown';

const year = { from: '2015-01-20', to: '2015-12-31' };
const item = (id: string, status: BurndownItem['status'], since = '2015-01-20'): BurndownItem => ({ id, status, since });

describe('burn-down of open items', () => {
  it('starts with every open item and steps down on the day each is closed in the log', () => {
    const items = [item('a', 'done'), item('b', 'done'), item('c', 'in-progress'), item('d', 'cancelled')];
    const log: StatusChange[] = [
      { itemId: 'a', on: '2015-04-02', from: 'in-progress', to: 'done' },
      { itemId: 'b', on: '2015-06-30', from: 'in-progress', to: 'done' },
      { itemId: 'c', on: '2015-05-20', from: 'not-started', to: 'in-progress' },
      { itemId: 'd', on: '2015-09-14', from: 'blocked', to: 'cancelled' },
    ];
    expect(burndownSeries(items, log, year)).toEqual([
      { date: '2015-01-20', open: 4 },
      { date: '2015-04-02', open: 3 },
      { date: '2015-06-30', open: 2 },
      { date: '2015-09-14', open: 1 },
      { date: '2015-12-31', open: 1 },
    ]);
  });

  it('counts an item reopened after being done, and an item added in the middle of the year', () => {
    const items = [item('a', 'in-progress'), item('late', 'not-started', '2015-07-01')];
    const log: StatusChange[] = [
      { itemId: 'a', on: '2015-03-01', from: 'in-progress', to: 'done' },
      { itemId: 'a', on: '2015-05-01', from: 'done', to: 'in-progress' },
    ];
    expect(burndownSeries(items, log, year)).toEqual([
      { date: '2015-01-20', open: 1 },
      { date: '2015-03-01', open: 0 },
      { date: '2015-05-01', open: 1 },
      { date: '2015-07-01', open: 2 },
      { date: '2015-12-31', open: 2 },
    ]);
  });

  it('uses the status now for items with no logged change, and stops at the end of the range', () => {
    const items = [item('done-quietly', 'done'), item('open', 'not-started')];
    const log: StatusChange[] = [{ itemId: 'open', on: '2016-02-01', from: 'not-started', to: 'done' }];
    expect(burndownSeries(items, log, { from: '2015-01-20', to: '2015-12-31' })).toEqual([
      { date: '2015-01-20', open: 1 },
      { date: '2015-12-31', open: 1 },
    ]);
  });

  it('folds changes before the range into its first day', () => {
    const items = [item('a', 'done', '2014-12-20')];
    const log: StatusChange[] = [{ itemId: 'a', on: '2015-01-05', from: 'in-progress', to: 'done' }];
    expect(burndownSeries(items, log, year)).toEqual([
      { date: '2015-01-20', open: 0 },
      { date: '2015-12-31', open: 0 },
    ]);
  });
});
