import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from './row-schemas';

const stamp = { createdAt: '2019-01-10T09:00:00.000Z', updatedAt: '2019-01-10T09:00:00.000Z', rev: 2 };
const session = {
  id: 's-1',
  ...stamp,
  title: { en: 'Council of Foreign Ministers', ru: 'СМИД' },
  bodyIds: ['b-1'],
  kind: 'regular',
  status: 'cancelled',
  allDay: false,
  start: '2019-05-14T10:00',
  end: '2019-05-14T12:00',
  timeZone: 'Asia/Bishkek',
  startUtc: '2019-05-14T04:00:00.000Z',
  endUtc: '2019-05-14T06:00:00.000Z',
  venue: { city: { en: 'Bishkek', ru: 'Бишкек' } },
  icsUid: 's-1@chairdesk',
  icsSequence: 1,
  history: [
    {
      at: '2019-05-01T09:00:00.000Z',
      kind: 'cancelled',
      from: { start: '2019-05-14T10:00', end: '2019-05-14T12:00', timeZone: 'Asia/Bishkek', allDay: false },
      status: 'planned',
      reason: { en: '', ru: 'Нет кворума' },
    },
  ],
};

describe('a session row in a backup or a merge', () => {
  it('keeps the reason of a postponement or cancellation', () => {
    const parsed = ROW_SCHEMAS.sessions.parse(session) as typeof session;
    expect(parsed.history[0]?.reason).toEqual({ en: '', ru: 'Нет кворума' });
  });

  it('refuses a reason that is not text in both languages', () => {
    const bad = { ...session, history: [{ ...session.history[0], reason: 'no quorum' }] };
    expect(ROW_SCHEMAS.sessions.safeParse(bad).success).toBe(false);
  });
});

describe('a progress note in a backup or a merge', () => {
  const note = {
    id: 'u-1',
    ...stamp,
    actionItemId: 'i-1',
    at: '2019-06-12T09:00:00.000Z',
    on: '2019-06-03',
    text: { en: 'Approved at the meeting.', ru: 'Одобрено на заседании.' },
    statusFrom: 'in-progress',
    statusTo: 'done',
  };

  it('keeps the day a note took effect', () => {
    expect((ROW_SCHEMAS.actionUpdates.parse(note) as typeof note).on).toBe('2019-06-03');
  });

  it('refuses a day that is not a calendar date', () => {
    expect(ROW_SCHEMAS.actionUpdates.safeParse({ ...note, on: 'last Monday' }).success).toBe(false);
    expect(ROW_SCHEMAS.actionUpdates.safeParse({ ...note, on: 20190603 }).success).toBe(false);
  });
});
