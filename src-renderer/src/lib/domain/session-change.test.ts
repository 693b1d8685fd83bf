import { describe, expect, it } from 'vitest';
import { currentChangeReason } from './session-change';
import type { SessionChange } from './types';

const from = { start: '2019-05-14T10:00', end: '2019-05-14T12:00', timeZone: 'Asia/Bishkek', allDay: false };
const postponed: SessionChange = {
  at: '2019-05-01T09:00:00.000Z',
  kind: 'postponed',
  from,
  status: 'planned',
  reason: { en: 'The venue is under repair', ru: '' },
};

describe('the reason the programme shows beside a status', () => {
  it('is the last change’s reason while the status is that change', () => {
    expect(currentChangeReason({ status: 'postponed', history: [postponed] })).toEqual(postponed.reason);
  });

  it('is the cancellation’s reason once a postponed session is cancelled', () => {
    const cancelled: SessionChange = { ...postponed, kind: 'cancelled', status: 'postponed', reason: { en: '', ru: 'Нет кворума' } };
    expect(currentChangeReason({ status: 'cancelled', history: [postponed, cancelled] })).toEqual({ en: '', ru: 'Нет кворума' });
  });

  it('is none without a reason, or once the session is confirmed again', () => {
    const { reason: _omitted, ...bare } = postponed;
    expect(currentChangeReason({ status: 'postponed', history: [bare] })).toBeUndefined();
    expect(currentChangeReason({ status: 'postponed', history: [{ ...postponed, reason: { en: ' ', ru: '' } }] })).toBeUndefined();
    expect(currentChangeReason({ status: 'confirmed', history: [postponed] })).toBeUndefined();
  });
});
