import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from './types';
import { countByStatus, deadlineBeforeApproval, isOpen, progressByTheme, validateItem } from './action-status';

const title = { en: 'Conduct the operation “Channel”', ru: '' };

describe('item rules', () => {
  it('refuses an item without a title in either language', () => {
    expect(validateItem({ title: { en: ' ', ru: '' }, status: 'not-started', progress: 0 })).toEqual([
      { field: 'title', code: 'required' },
    ]);
    expect(validateItem({ title: { en: '', ru: 'Провести операцию «Канал»' }, status: 'not-started', progress: 0 })).toEqual([]);
  });

  it('asks for 100 % before an item is done', () => {
    expect(validateItem({ title, status: 'done', progress: 80 })).toEqual([{ field: 'progress', code: 'done-needs-100' }]);
    expect(validateItem({ title, status: 'done', progress: 100 })).toEqual([]);
  });

  it('keeps progress a whole number from 0 to 100', () => {
    for (const progress of [-1, 101, 12.5, Number.NaN]) {
      expect(validateItem({ title, status: 'in-progress', progress })).toEqual([{ field: 'progress', code: 'progress-range' }]);
    }
  });

  it('warns about a deadline before the plan’s approval date, and only then', () => {
    expect(deadlineBeforeApproval('2015-01-10', '2015-01-20')).toBe(true);
    expect(deadlineBeforeApproval('2015-01-20', '2015-01-20')).toBe(false);
    expect(deadlineBeforeApproval('2015-01-10', undefined)).toBe(false);
    expect(deadlineBeforeApproval(undefined, '2015-01-20')).toBe(false);
  });

  it('treats not started, in progress and blocked as open', () => {
    // In ACTION_STATUSES order: not started, in progress, done, blocked, cancelled.
    expect(ACTION_STATUSES.map(isOpen)).toEqual([true, true, false, true, false]);
  });

  it('counts items per status and averages progress per theme without cancelled items', () => {
    const items = [
      { theme: 'drug-trafficking', status: 'done', progress: 100 },
      { theme: 'drug-trafficking', status: 'in-progress', progress: 30 },
      { theme: 'afghanistan', status: 'in-progress', progress: 35 },
      { theme: 'afghanistan', status: 'cancelled', progress: 0 },
    ] as const;
    expect(countByStatus(items)).toEqual({ 'not-started': 0, 'in-progress': 2, done: 1, blocked: 0, cancelled: 1 });
    expect(progressByTheme(items)).toEqual([
      { theme: 'drug-trafficking', items: 2, done: 1, progress: 65 },
      { theme: 'afghanistan', items: 1, done: 0, progress: 35 },
    ]);
  });
});
