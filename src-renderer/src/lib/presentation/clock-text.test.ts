import { describe, expect, it } from 'vitest';
import { clockLine } from './clock-text';
import { sessionClocks } from '../domain/clock-labels';
import { wallToUtc } from '../domain/time';

function session(start: string, end: string, timeZone: string, city: { en: string; ru: string }) {
  return { start, end, timeZone, allDay: false, startUtc: wallToUtc(start, timeZone), endUtc: wallToUtc(end, timeZone), venue: { city } };
}
const NEW_YORK = session('2015-09-29T18:00', '2015-09-29T19:30', 'America/New_York', { en: 'New York', ru: 'Нью-Йорк' });
const DUSHANBE = { zone: 'Asia/Dushanbe', city: { en: 'Dushanbe', ru: 'Душанбе' } };

describe('the clock line of a document', () => {
  it('labels both clocks with cities in Russian, never the zone’s city', () => {
    const astana = session('2015-10-14T10:00', '2015-10-14T12:00', 'Asia/Almaty', { en: 'Astana', ru: 'Астана' });
    const clocks = sessionClocks(astana, { zone: 'Asia/Yerevan', city: { en: 'Yerevan', ru: 'Ереван' } }, 'ru');
    expect(clocks && clockLine(clocks, 'ru')).toBe('10:00–12:00 (Астана) · 08:00–10:00 (Ереван)');
  });

  it('marks the next day on the home clock, with the date, in each language', () => {
    const en = sessionClocks(NEW_YORK, DUSHANBE, 'en');
    const ru = sessionClocks(NEW_YORK, DUSHANBE, 'ru');
    expect(en && clockLine(en, 'en')).toBe('18:00–19:30 (New York) · 03:00–04:30 (Dushanbe) (+1 day / 30 September)');
    expect(ru && clockLine(ru, 'ru')).toBe('18:00–19:30 (Нью-Йорк) · 03:00–04:30 (Душанбе) (+1 день / 30 сентября)');
  });

  it('says "day" and "день" by the language’s plural rules', () => {
    const far = {
      venue: { times: '23:00–23:30', city: 'Honolulu' },
      home: { times: '12:00–12:30', city: 'Душанбе', dayShift: 2, date: '2015-10-01' },
    };
    expect(clockLine(far, 'en')).toContain('(+2 days / 1 October)');
    expect(clockLine(far, 'ru')).toContain('(+2 дня / 1 октября)');
    expect(clockLine({ ...far, home: { ...far.home, dayShift: -5 } }, 'ru')).toContain('(−5 дней / 1 октября)');
  });
});
