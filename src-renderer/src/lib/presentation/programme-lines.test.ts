import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { Body, Session } from '../domain/types';
import { programmeLine, programmeMonths } from './programme-lines';

const DUSHANBE = { homeTimeZone: 'Asia/Dushanbe', homeCity: { en: 'Dushanbe', ru: 'Душанбе' } };
const MOSCOW = { homeTimeZone: 'Europe/Moscow' };

const now = new Date('2015-01-10T09:00:00.000Z');
const body = (id: string, en: string, ru: string): Body =>
  stamp<Body>(
    {
      name: { en, ru },
      acronym: { en, ru },
      level: 'ministers',
      seatTitle: { en: '', ru: '' },
      decisionRule: 'consensus',
      organizationId: 'org',
      seats: [],
      position: 0,
    },
    now,
    id,
  );
const cfm = body('cfm', 'CFM', 'СМИД');
const cdm = body('cdm', 'CDM', 'СМО');

function session(id: string, fields: Partial<Session>): Session {
  const start = fields.start ?? '2015-06-03T10:00';
  const end = fields.end ?? '2015-06-03T13:00';
  const timeZone = fields.timeZone ?? 'Europe/Moscow';
  return stamp<Session>(
    {
      title: { en: 'Joint session of the CFM and the CDM', ru: 'Совместное заседание СМИД и СМО' },
      bodyIds: ['cfm', 'cdm'],
      kind: 'joint',
      status: 'confirmed',
      allDay: false,
      start,
      end,
      timeZone,
      startUtc: wallToUtc(start, timeZone),
      endUtc: wallToUtc(end, timeZone),
      venue: { city: { en: 'Moscow', ru: 'Москва' } },
      icsUid: `${id}@chairdesk`,
      icsSequence: 0,
      ...fields,
    },
    now,
    id,
  );
}

describe('the year programme as its rows read', () => {
  it('gives a timed session both clocks, the bodies, kind, city and status, in either language', () => {
    const row = { session: session('s1', {}), bodies: [cfm, cdm] };
    expect(programmeLine(row, 'en', DUSHANBE)).toEqual({
      id: 's1',
      dates: '3 June 2015',
      clocks: '10:00–13:00 (Moscow) · 12:00–15:00 (Dushanbe)',
      bodies: 'CFM + CDM',
      title: 'Joint session of the CFM and the CDM',
      detail: 'Joint session · Moscow',
      status: 'confirmed',
      statusLabel: 'Confirmed',
    });
    const ru = programmeLine(row, 'ru', DUSHANBE);
    expect([ru.dates, ru.bodies, ru.title, ru.detail, ru.statusLabel]).toEqual([
      '3 июня 2015 г.',
      'СМИД + СМО',
      'Совместное заседание СМИД и СМО',
      'Совместное заседание · Москва',
      'Подтверждено',
    ]);
    expect(ru.clocks).toBe('10:00–13:00 (Москва) · 12:00–15:00 (Душанбе)');
  });

  it('shows one clock in the home zone and none for an all-day session', () => {
    const inDushanbe = session('s2', { timeZone: 'Asia/Dushanbe', venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } } });
    expect(programmeLine({ session: inDushanbe, bodies: [cdm] }, 'en', DUSHANBE).clocks).toBe('10:00–13:00 (Dushanbe)');
    const allDay = session('s3', { allDay: true, start: '2015-06-03T00:00', end: '2015-06-04T00:00' });
    const line = programmeLine({ session: allDay, bodies: [cdm] }, 'en', DUSHANBE);
    expect(line.clocks).toBe('');
    expect(line.dates).toMatch(/^3\s?–\s?4 June 2015$/);
  });

  it('works a row out once per language and home zone, and again once it is read anew', () => {
    const stored = session('s4', {});
    const row = { session: stored, bodies: [cfm] };
    const first = programmeLine(row, 'en', DUSHANBE);
    expect(programmeLine(row, 'en', DUSHANBE)).toBe(first);
    expect(programmeLine(row, 'en', MOSCOW)).not.toBe(first);
    expect(programmeLine(row, 'en', { ...DUSHANBE, homeCity: { en: 'Dushanbe city', ru: 'Душанбе' } })).not.toBe(first);
    expect(programmeLine(row, 'en', MOSCOW).clocks).toBe('10:00–13:00 (Moscow)');
    const edited = { ...stored, title: { en: 'Session of the CFM', ru: 'Заседание СМИД' }, rev: stored.rev + 1 };
    expect(programmeLine({ session: edited, bodies: [cfm] }, 'en', DUSHANBE).title).toBe('Session of the CFM');
    // Read again with its bodies (one renamed meanwhile), the same session is worked out again.
    const renamed = { ...cfm, acronym: { en: 'CMFA', ru: 'СМИД' } };
    expect(programmeLine({ session: stored, bodies: [renamed] }, 'en', DUSHANBE).bodies).toBe('CMFA');
  });

  it('names the venue’s city and marks the next day on the home clock', () => {
    const astana = session('s5', {
      start: '2015-10-14T10:00',
      end: '2015-10-14T12:00',
      timeZone: 'Asia/Almaty',
      venue: { city: { en: 'Astana', ru: 'Астана' } },
    });
    const yerevan = { homeTimeZone: 'Asia/Yerevan', homeCity: { en: 'Yerevan', ru: 'Ереван' } };
    expect(programmeLine({ session: astana, bodies: [cfm] }, 'ru', yerevan).clocks).toBe('10:00–12:00 (Астана) · 08:00–10:00 (Ереван)');
    const newYork = session('s6', {
      start: '2015-09-29T18:00',
      end: '2015-09-29T19:30',
      timeZone: 'America/New_York',
      venue: { city: { en: 'New York', ru: 'Нью-Йорк' } },
    });
    expect(programmeLine({ session: newYork, bodies: [cfm] }, 'en', DUSHANBE).clocks).toBe(
      '18:00–19:30 (New York) · 03:00–04:30 (Dushanbe) (+1 day / 30 September)',
    );
  });

  it('groups the rows by the month of their first day, each month named', () => {
    const rows = [
      session('a', { start: '2015-04-02T10:00', end: '2015-04-02T12:00' }),
      session('b', { start: '2015-05-19T10:00', end: '2015-05-19T12:00' }),
      session('c', { start: '2015-05-30T10:00', end: '2015-05-30T12:00', status: 'cancelled' }),
    ].map((s) => ({ session: s, bodies: [cfm] }));
    const months = programmeMonths(rows, 'en', MOSCOW);
    expect(months.map((g) => [g.month, g.label, g.lines.map((l) => l.id)])).toEqual([
      ['2015-04', 'April 2015', ['a']],
      ['2015-05', 'May 2015', ['b', 'c']],
    ]);
    expect(months[1]?.lines[1]?.status).toBe('cancelled');
    expect(programmeMonths(rows, 'ru', MOSCOW)[0]?.label).toMatch(/^Апрель 2015\sг\.$/);
  });
});
