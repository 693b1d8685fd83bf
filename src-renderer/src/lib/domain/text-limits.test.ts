import { describe, expect, it } from 'vitest';
import { validateItem } from './action-status';
import { validateAgendaItem } from './agenda';
import { validateSession, type SessionDraft } from './session-rules';
import { LONG_TEXT_LIMIT, TEXT_LIMIT, tooLong } from './text-limits';

const line = (n: number, letter = 'Ж'): string => letter.repeat(n);

const session: SessionDraft = {
  title: { en: 'Meeting of the Council of National Coordinators', ru: '' },
  bodyIds: ['cnc'],
  kind: 'regular',
  status: 'planned',
  allDay: false,
  start: '2019-03-04T10:00',
  end: '2019-03-04T13:00',
  timeZone: 'Asia/Bishkek',
  venue: { city: { en: 'Bishkek', ru: 'Бишкек' } },
};

describe('the same length limits for every title', () => {
  it('counts a text as too long when either language passes the limit', () => {
    expect(tooLong({ en: line(TEXT_LIMIT), ru: line(TEXT_LIMIT) })).toBe(false);
    expect(tooLong({ en: '', ru: line(TEXT_LIMIT + 1) })).toBe(true);
    expect(tooLong(line(LONG_TEXT_LIMIT), LONG_TEXT_LIMIT)).toBe(false);
    expect(tooLong(undefined)).toBe(false);
  });

  it('refuses a session title or venue of 301 characters, and takes 300', () => {
    expect(validateSession({ ...session, title: { en: line(300, 'T'), ru: line(300) } })).toEqual([]);
    expect(validateSession({ ...session, title: { en: 'Meeting', ru: line(301) } })).toEqual([{ field: 'title', code: 'too-long' }]);
    expect(
      validateSession({ ...session, venue: { city: { en: 'Bishkek', ru: 'Бишкек' }, place: { en: line(301, 'P'), ru: '' } } }),
    ).toEqual([{ field: 'venue', code: 'too-long' }]);
  });

  it('refuses session notes and agenda item notes of 10,001 characters', () => {
    expect(validateSession({ ...session, notes: { en: line(LONG_TEXT_LIMIT, 'n'), ru: '' } })).toEqual([]);
    expect(validateSession({ ...session, notes: { en: '', ru: line(LONG_TEXT_LIMIT + 1) } })).toEqual([
      { field: 'notes', code: 'too-long' },
    ]);
    expect(
      validateAgendaItem({ title: { en: 'Opening', ru: '' }, minutes: 5, notes: { en: line(LONG_TEXT_LIMIT + 1, 'n'), ru: '' } }),
    ).toEqual([{ field: 'notes', code: 'too-long' }]);
  });

  it('refuses an agenda item title of 301 characters', () => {
    expect(validateAgendaItem({ title: { en: line(300, 'A'), ru: '' }, minutes: 30 })).toEqual([]);
    expect(validateAgendaItem({ title: { en: line(301, 'A'), ru: '' }, minutes: 30 })).toEqual([{ field: 'title', code: 'too-long' }]);
  });

  it('refuses an Action Plan item title of 301 characters and a description of 10,001', () => {
    const item = { title: { en: 'Hold the meeting', ru: '' }, status: 'not-started' as const, progress: 0 };
    expect(validateItem({ ...item, title: { en: line(301, 'I'), ru: '' } })).toEqual([{ field: 'title', code: 'too-long' }]);
    expect(validateItem({ ...item, description: { en: line(10_000, 'd'), ru: '' } })).toEqual([]);
    expect(validateItem({ ...item, description: { en: '', ru: line(10_001) } })).toEqual([{ field: 'description', code: 'too-long' }]);
  });
});
