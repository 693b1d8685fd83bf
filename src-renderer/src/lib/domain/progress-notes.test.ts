import { describe, expect, it } from 'vitest';
import { effectiveDay, inEffectiveOrder, itemStart, joinsAfterApproval, noteDayProblem } from './progress-notes';

describe('the day a progress note took effect', () => {
  it('is the day the record names, else the home calendar’s day it was written', () => {
    expect(effectiveDay({ at: '2026-03-10T20:00:00.000Z', on: '2026-03-02' }, 'Asia/Almaty')).toBe('2026-03-02');
    expect(effectiveDay({ at: '2026-03-10T20:00:00.000Z' }, 'Asia/Almaty')).toBe('2026-03-11');
    expect(effectiveDay({ at: '2026-03-10T20:00:00.000Z' }, 'UTC')).toBe('2026-03-10');
  });

  it('orders notes by that day, keeping the writing order within a day', () => {
    const a = { id: 'a', at: '2026-03-10T08:00:00.000Z' };
    const b = { id: 'b', at: '2026-03-11T08:00:00.000Z', on: '2026-03-01' };
    const c = { id: 'c', at: '2026-03-12T08:00:00.000Z', on: '2026-03-10' };
    expect(inEffectiveOrder([a, b, c], 'UTC').map((u) => u.id)).toEqual(['b', 'a', 'c']);
  });

  it('may not be after today, nor before the item became part of the plan', () => {
    const bounds = { today: '2026-03-10', earliest: '2026-02-01' };
    expect(noteDayProblem('2026-03-10', bounds)).toBeUndefined();
    expect(noteDayProblem('2026-02-01', bounds)).toBeUndefined();
    expect(noteDayProblem('2026-03-11', bounds)).toBe('after-today');
    expect(noteDayProblem('2026-01-31', bounds)).toBe('before-start');
    expect(noteDayProblem('2026-02-30', bounds)).toBe('invalid');
    expect(noteDayProblem('', bounds)).toBe('invalid');
    // An approval set for a day still to come bounds nothing yet.
    expect(noteDayProblem('2026-03-01', { today: '2026-03-10', earliest: '2026-04-01' })).toBeUndefined();
  });

  it('lets an item count from the day it was added after approval, else the approval, else the day it was entered', () => {
    const entered = '2026-03-05T22:00:00.000Z';
    expect(itemStart({ addedOn: '2026-04-01', createdAt: entered }, { approvedOn: '2026-02-01' }, 'UTC')).toBe('2026-04-01');
    expect(itemStart({ createdAt: entered }, { approvedOn: '2026-02-01' }, 'UTC')).toBe('2026-02-01');
    expect(itemStart({ createdAt: entered }, {}, 'Asia/Almaty')).toBe('2026-03-06');
  });

  it('takes items typed in with the approved plan as part of it from the approval, and later ones from the day they were added', () => {
    const plan = { approvedOn: '2026-02-01', createdAt: '2026-03-10T05:00:00.000Z' };
    expect(joinsAfterApproval(plan, '2026-03-10', 'Asia/Almaty')).toBe(false);
    expect(joinsAfterApproval(plan, '2026-03-11', 'Asia/Almaty')).toBe(true);
    expect(joinsAfterApproval({ ...plan, approvedOn: '2026-04-01' }, '2026-03-11', 'Asia/Almaty')).toBe(false);
    expect(joinsAfterApproval({ createdAt: plan.createdAt }, '2026-03-11', 'Asia/Almaty')).toBe(false);
  });
});
