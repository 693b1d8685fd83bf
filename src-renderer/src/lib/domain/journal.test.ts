import { describe, expect, it } from 'vitest';
import { journalDuration, journalProblems, type JournalEvent } from './journal';

const session = { start: '2015-04-02T10:00', end: '2015-04-03T13:00' };
const ev = (kind: JournalEvent['kind'], at: string): JournalEvent => ({ kind, at });

describe('journal of a session: the sequence of events', () => {
  it('accepts opened, suspended, resumed, closed over the session’s two days', () => {
    const events = [
      ev('opened', '2015-04-02T10:05'),
      ev('suspended', '2015-04-02T13:00'),
      ev('resumed', '2015-04-03T10:00'),
      ev('closed', '2015-04-03T12:40'),
    ];
    expect(journalProblems(events, session)).toEqual([]);
  });

  it('refuses a suspension, a resumption or a closing before the opening', () => {
    expect(journalProblems([ev('suspended', '2015-04-02T10:00')], session)).toEqual([{ index: 0, code: 'not-opened-first' }]);
    expect(journalProblems([ev('closed', '2015-04-02T10:00')], session)).toEqual([{ index: 0, code: 'not-opened-first' }]);
  });

  it('refuses a second opening, a resumption while sitting and anything after the closing', () => {
    expect(journalProblems([ev('opened', '2015-04-02T10:00'), ev('opened', '2015-04-02T11:00')], session)).toEqual([
      { index: 1, code: 'opened-twice' },
    ]);
    expect(journalProblems([ev('opened', '2015-04-02T10:00'), ev('resumed', '2015-04-02T11:00')], session)).toEqual([
      { index: 1, code: 'resumed-not-suspended' },
    ]);
    expect(
      journalProblems(
        [ev('opened', '2015-04-02T10:00'), ev('suspended', '2015-04-02T11:00'), ev('suspended', '2015-04-02T11:30')],
        session,
      ),
    ).toEqual([{ index: 2, code: 'suspended-not-sitting' }]);
    expect(
      journalProblems([ev('opened', '2015-04-02T10:00'), ev('closed', '2015-04-02T11:00'), ev('resumed', '2015-04-02T12:00')], session),
    ).toEqual([{ index: 2, code: 'after-closed' }]);
  });

  it('refuses a time off the session’s days, earlier than the event before, or not a time', () => {
    expect(journalProblems([ev('opened', '2015-04-01T23:50'), ev('closed', '2015-04-02T11:00')], session)).toEqual([
      { index: 0, code: 'outside-session-days' },
    ]);
    expect(journalProblems([ev('opened', '2015-04-02T12:00'), ev('closed', '2015-04-02T11:00')], session)).toEqual([
      { index: 1, code: 'before-previous' },
    ]);
    expect(journalProblems([ev('opened', '2015-04-02T25:00')], session)).toEqual([{ index: 0, code: 'bad-time' }]);
  });
});

describe('journal of a session: duration', () => {
  it('counts the sitting time less the suspensions, and the whole span', () => {
    const events = [
      ev('opened', '2015-04-02T10:05'),
      ev('suspended', '2015-04-02T11:05'),
      ev('resumed', '2015-04-02T11:35'),
      ev('closed', '2015-04-02T12:50'),
    ];
    expect(journalDuration(events, 'Asia/Dushanbe')).toEqual({ totalMinutes: 165, sittingMinutes: 135 });
  });

  it('has no duration until the session is closed', () => {
    expect(journalDuration([ev('opened', '2015-04-02T10:05')], 'Asia/Dushanbe')).toEqual({ totalMinutes: null, sittingMinutes: null });
  });

  it('counts real minutes across a clock change (Moscow had none in 2015, Berlin did)', () => {
    // 29 March 2015, Berlin: clocks went from 02:00 to 03:00.
    const events = [ev('opened', '2015-03-29T01:00'), ev('closed', '2015-03-29T04:00')];
    expect(journalDuration(events, 'Europe/Berlin').totalMinutes).toBe(120);
    expect(journalDuration(events, 'Europe/Moscow').totalMinutes).toBe(180);
  });
});
