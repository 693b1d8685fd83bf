import { describe, expect, it } from 'vitest';
import { dueBetween, effectiveDue, isOverdue, nextSession, overdueItems, type DueSession } from './deadlines';
import { todayIn, wallToUtc } from './time';

function session(id: string, start: string, status: DueSession['status'] = 'confirmed'): DueSession {
  return { id, start, startUtc: wallToUtc(start, 'Asia/Dushanbe'), status };
}

const september = session('joint', '2015-09-14T00:00');
const sessions = new Map([[september.id, september]]);

describe('deadlines', () => {
  it('reads a session-bound deadline from the session, so it follows the session when it moves', () => {
    const item = { dueSessionId: 'joint', status: 'in-progress' as const };
    expect(effectiveDue(item, sessions)).toEqual({ by: 'session', date: '2015-09-14', sessionId: 'joint' });

    const moved = new Map([
      ['joint', { ...september, start: '2015-10-02T00:00', startUtc: wallToUtc('2015-10-02T00:00', 'Asia/Dushanbe') }],
    ]);
    expect(effectiveDue(item, moved)).toEqual({ by: 'session', date: '2015-10-02', sessionId: 'joint' });
    expect(isOverdue(item, sessions, '2015-09-20')).toBe(true);
    expect(isOverdue(item, moved, '2015-09-20')).toBe(false);
  });

  it('keeps a date deadline as it is, and says when the deadline session is gone', () => {
    expect(effectiveDue({ dueDate: '2015-06-30' }, sessions)).toEqual({ by: 'date', date: '2015-06-30' });
    expect(effectiveDue({ dueSessionId: 'deleted' }, sessions)).toEqual({ by: 'missing-session', sessionId: 'deleted' });
    expect(effectiveDue({}, sessions)).toBeNull();
    expect(isOverdue({ dueSessionId: 'deleted', status: 'blocked' }, sessions, '2030-01-01')).toBe(false);
  });

  it('counts an item as overdue from the day after its deadline, in the home time zone', () => {
    const item = { dueDate: '2015-10-31', status: 'in-progress' as const };
    // 20:30 UTC on 31 October is already 01:30 on 1 November in Dushanbe (UTC+5).
    const lateEvening = new Date('2015-10-31T20:30:00Z');
    expect(todayIn('UTC', lateEvening)).toBe('2015-10-31');
    expect(isOverdue(item, sessions, todayIn('UTC', lateEvening))).toBe(false);
    expect(todayIn('Asia/Dushanbe', lateEvening)).toBe('2015-11-01');
    expect(isOverdue(item, sessions, todayIn('Asia/Dushanbe', lateEvening))).toBe(true);
  });

  it('never counts a done or cancelled item as overdue', () => {
    const items = [
      { id: 'a', dueDate: '2015-06-30', status: 'done' as const },
      { id: 'b', dueDate: '2015-06-30', status: 'cancelled' as const },
      { id: 'c', dueDate: '2015-06-30', status: 'blocked' as const },
    ];
    expect(overdueItems(items, sessions, '2015-07-01').map((i) => i.id)).toEqual(['c']);
  });

  it('finds the next session still to begin, skipping cancelled ones', () => {
    const all = [
      session('april', '2015-04-02T00:00'),
      session('cancelled', '2015-08-01T00:00', 'cancelled'),
      september,
      session('csc', '2015-09-15T00:00'),
    ];
    expect(nextSession(all, '2015-05-01T00:00:00.000Z')?.id).toBe('joint');
    expect(nextSession(all, '2015-12-01T00:00:00.000Z')).toBeNull();
  });

  it('lists open items due from today up to the next session', () => {
    const items = [
      { id: 'late', dueDate: '2015-09-01', status: 'in-progress' as const },
      { id: 'by-session', dueSessionId: 'joint', status: 'not-started' as const },
      { id: 'done', dueDate: '2015-09-10', status: 'done' as const },
      { id: 'after', dueDate: '2015-09-20', status: 'not-started' as const },
    ];
    expect(dueBetween(items, sessions, '2015-09-05', '2015-09-14').map((i) => i.id)).toEqual(['by-session']);
  });
});
