import { describe, expect, it } from 'vitest';
import { validateSession, type SessionDraft } from './session-rules';

const valid: SessionDraft = {
  title: { en: 'Session of the Council of Foreign Ministers', ru: '' },
  bodyIds: ['cfm'],
  kind: 'regular',
  status: 'planned',
  allDay: false,
  start: '2015-04-02T10:00',
  end: '2015-04-02T13:00',
  timeZone: 'Asia/Dushanbe',
  venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
};

describe('session validation', () => {
  it('accepts a complete session with a title in one language', () => {
    expect(validateSession(valid)).toEqual([]);
    expect(validateSession({ ...valid, title: { en: '', ru: 'Заседание СМИД' } })).toEqual([]);
  });

  it('refuses an end before the start, naming the end field', () => {
    expect(validateSession({ ...valid, end: '2015-04-02T09:00' })).toEqual([{ field: 'end', code: 'end-before-start' }]);
  });

  it('takes a timed session that ends when it starts (a moment, as an ICS event with no end)', () => {
    expect(validateSession({ ...valid, end: valid.start })).toEqual([]);
  });

  it('lets an all-day session end on the day it starts, not before', () => {
    const day = { ...valid, allDay: true, start: '2015-05-19T00:00', end: '2015-05-19T00:00' };
    expect(validateSession(day)).toEqual([]);
    expect(validateSession({ ...day, end: '2015-05-18T00:00' })).toEqual([{ field: 'end', code: 'end-before-start' }]);
  });

  it('compares instants, not wall clocks: an hour-long session across the autumn clock change is valid', () => {
    const ny = { ...valid, timeZone: 'America/New_York', start: '2015-11-01T01:30', end: '2015-11-01T02:00' };
    expect(validateSession(ny)).toEqual([]);
  });

  it('refuses an unknown time zone, a missing body and a missing title', () => {
    expect(validateSession({ ...valid, timeZone: 'Asia/Atlantis' })).toEqual([{ field: 'timeZone', code: 'unknown-zone' }]);
    expect(validateSession({ ...valid, timeZone: '' })).toEqual([{ field: 'timeZone', code: 'required' }]);
    expect(validateSession({ ...valid, bodyIds: [] })).toEqual([{ field: 'bodyIds', code: 'no-body' }]);
    expect(validateSession({ ...valid, title: { en: '  ', ru: '' } })).toEqual([{ field: 'title', code: 'required' }]);
  });

  it('refuses impossible dates', () => {
    expect(validateSession({ ...valid, start: '2015-02-30T10:00' })).toEqual([{ field: 'start', code: 'invalid' }]);
    expect(validateSession({ ...valid, end: '' })).toEqual([{ field: 'end', code: 'required' }]);
  });
});
