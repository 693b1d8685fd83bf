import { describe, expect, it } from 'vitest';
import { homeOf, sessionClocks } from './clock-labels';
import { wallToUtc } from './time';

function session(start: string, end: string, timeZone: string, city: { en: string; ru: string }) {
  return { start, end, timeZone, allDay: false, startUtc: wallToUtc(start, timeZone), endUtc: wallToUtc(end, timeZone), venue: { city } };
}

const ASTANA = { en: 'Astana', ru: 'Астана' };
const YEREVAN = { zone: 'Asia/Yerevan', city: { en: 'Yerevan', ru: 'Ереван' } };
const DUSHANBE = { zone: 'Asia/Dushanbe', city: { en: 'Dushanbe', ru: 'Душанбе' } };

describe('a session’s clocks, labelled with cities', () => {
  it('names the venue’s city, not the time zone’s: Astana on the Almaty clock, in Russian', () => {
    const astana = session('2015-10-14T10:00', '2015-10-14T12:00', 'Asia/Almaty', ASTANA);
    expect(sessionClocks(astana, YEREVAN, 'ru')).toEqual({
      venue: { times: '10:00–12:00', city: 'Астана' },
      home: { times: '08:00–10:00', city: 'Ереван', dayShift: 0, date: '2015-10-14' },
    });
  });

  it('says when the home clock is on the next day: New York in the evening is Dushanbe’s next morning', () => {
    const newYork = session('2015-09-29T18:00', '2015-09-29T19:30', 'America/New_York', { en: 'New York', ru: 'Нью-Йорк' });
    expect(sessionClocks(newYork, DUSHANBE, 'en')).toEqual({
      venue: { times: '18:00–19:30', city: 'New York' },
      home: { times: '03:00–04:30', city: 'Dushanbe', dayShift: 1, date: '2015-09-30' },
    });
  });

  it('says when the home clock is on the day before', () => {
    const early = session('2015-05-20T07:00', '2015-05-20T08:00', 'Asia/Dushanbe', { en: 'Dushanbe', ru: 'Душанбе' });
    expect(sessionClocks(early, { zone: 'America/New_York', city: { en: 'New York', ru: 'Нью-Йорк' } }, 'ru')?.home).toMatchObject({
      times: '22:00–23:00',
      dayShift: -1,
      date: '2015-05-19',
    });
  });

  it('has no home clock at home, and none for an all-day session', () => {
    const home = session('2015-04-02T10:00', '2015-04-02T13:00', 'Asia/Dushanbe', { en: 'Dushanbe', ru: 'Душанбе' });
    expect(sessionClocks(home, DUSHANBE, 'en')).toEqual({ venue: { times: '10:00–13:00', city: 'Dushanbe' } });
    expect(sessionClocks({ ...home, allDay: true }, YEREVAN, 'en')).toBeUndefined();
  });

  it('falls back to the other language only for a city with no name in the chosen one', () => {
    const astana = session('2015-10-14T10:00', '2015-10-14T12:00', 'Asia/Almaty', { en: 'Astana', ru: '' });
    expect(sessionClocks(astana, YEREVAN, 'ru')?.venue.city).toBe('Astana');
  });
});

describe('the home clock of a chairmanship', () => {
  it('is named by the chairing state’s capital when it has one', () => {
    expect(homeOf({ homeTimeZone: 'Asia/Yerevan', homeCity: { en: 'Yerevan', ru: 'Ереван' } })).toEqual(YEREVAN);
  });

  it('is named by the zone’s place in each language without a capital', () => {
    const home = homeOf({ homeTimeZone: 'Europe/Moscow' });
    expect(home).toEqual({ zone: 'Europe/Moscow', city: { en: 'Moscow', ru: 'Москва' } });
    expect(homeOf({ homeTimeZone: 'Europe/Moscow', homeCity: { en: '', ru: '' } })).toEqual(home);
  });
});
