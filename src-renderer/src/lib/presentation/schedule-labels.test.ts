import { describe, expect, it } from 'vitest';
import { eventWhen } from './schedule-labels';

describe('when an event of an imported file falls', () => {
  const event = { start: '2027-10-20T10:00', end: '2027-10-20T12:30', allDay: false, timeZone: 'Europe/Tallinn' } as const;

  it('reads as the schedule writes dates and hours, in either language, with the venue’s zone by its place', () => {
    expect(eventWhen(event, 'en')).toBe('20 October 2027, 10:00–12:30 (Tallinn)');
    expect(eventWhen(event, 'ru')).toMatch(/^20 октября 2027 г\., 10:00–12:30 \([А-Яа-яЁё -]+\)$/);
  });

  it('gives an all-day event its days only, and an event without a start a dash', () => {
    expect(eventWhen({ ...event, start: '2027-10-20T00:00', end: '2027-10-21T00:00', allDay: true }, 'en')).toBe(
      '20–21 October 2027 (Tallinn)',
    );
    expect(eventWhen({ ...event, start: '', end: '' }, 'en')).toBe('—');
  });
});
