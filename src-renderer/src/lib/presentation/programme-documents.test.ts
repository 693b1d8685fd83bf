import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import { body } from '../domain/test-fixtures';
import type { Chairmanship, ChairmanshipView, Organization, Session } from '../domain/types';
import { programmeDocx, programmeSheet } from './programme-documents';

const now = new Date('2015-01-10T09:00:00.000Z');
const cfm = body('cfm', [], {
  name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
  acronym: { en: 'CFM', ru: 'СМИД' },
});
const organization = stamp<Organization>(
  {
    name: { en: 'Test Organization', ru: 'Тестовая организация' },
    short: { en: '', ru: '' },
    acronym: { en: 'TO', ru: 'ТО' },
    protocolOrder: { kind: 'fixed' },
  },
  now,
  'org',
);
const chairmanship: ChairmanshipView = {
  ...stamp<Chairmanship>(
    {
      organizationId: 'org',
      chairState: { en: 'Tajikistan', ru: 'Таджикистан' },
      year: 2015,
      firstDay: '2015-01-01',
      lastDay: '2015-12-31',
      homeTimeZone: 'Asia/Dushanbe',
      example: 0 as const,
    },
    now,
    'c2015',
  ),
  organization,
  homeCity: { en: 'Dushanbe', ru: 'Душанбе' },
};

function session(id: string, start: string, end: string, timeZone: string, city: [string, string]): Session {
  return stamp<Session>(
    {
      title: { en: 'Informal meeting of the CFM', ru: 'Неформальная встреча СМИД' },
      bodyIds: ['cfm'],
      kind: 'informal',
      status: 'planned',
      allDay: false,
      start,
      end,
      timeZone,
      startUtc: wallToUtc(start, timeZone),
      endUtc: wallToUtc(end, timeZone),
      venue: { city: { en: city[0], ru: city[1] } },
      icsUid: `${id}@chairdesk`,
      icsSequence: 0,
    },
    now,
    id,
  );
}

const rows = [
  { session: session('ny', '2015-09-29T18:00', '2015-09-29T19:30', 'America/New_York', ['New York', 'Нью-Йорк']), bodies: [cfm] },
  { session: session('ast', '2015-10-14T10:00', '2015-10-14T12:00', 'Asia/Almaty', ['Astana', 'Астана']), bodies: [cfm] },
];

describe('the year programme as DOCX and XLSX', () => {
  it('gives each session its clock line, the next day marked, in the document’s language', () => {
    const sheet = programmeSheet(rows, chairmanship, 'ru');
    expect(sheet.header).toEqual(['Даты', 'Время', 'Органы', 'Заседание', 'Статус']);
    expect(sheet.rows.map((r) => r[1])).toEqual([
      '18:00–19:30 (Нью-Йорк) · 03:00–04:30 (Душанбе) (+1 день / 30 сентября)',
      '10:00–12:00 (Астана) · 09:00–11:00 (Душанбе)',
    ]);
    const doc = programmeDocx(rows, chairmanship, 'en');
    expect(doc.sections.map((s) => s.heading)).toEqual(['September 2015', 'October 2015']);
    expect(doc.sections[0]?.table?.rows[0]?.[1]).toBe('18:00–19:30 (New York) · 03:00–04:30 (Dushanbe) (+1 day / 30 September)');
  });

  it('writes no Latin letters into the Russian document but the acronyms it is given', () => {
    const doc = programmeDocx(rows, chairmanship, 'ru');
    const text = [...doc.letterhead, doc.title, ...doc.sections.flatMap((s) => [s.heading ?? '', ...(s.table?.rows.flat() ?? [])])].join(
      '\n',
    );
    expect(text).toContain('Астана');
    expect(text.match(/[A-Za-z]+/g)).toBeNull();
  });
});
