import { afterEach, describe, expect, it } from 'vitest';
import { attendanceReport, attendanceSheet } from './attendance-report';
import { createStore, openStore, type Store } from '../db';
import { readAttendance } from '../db/people-read-models';
import { loadExampleYear } from '../example/load';

let store: Store;
const YEAR = { organizationId: 'ex-org-csto', firstDay: '2015-01-01', lastDay: '2015-12-31', homeTimeZone: 'Asia/Dushanbe' };

async function open(): Promise<Store> {
  store = await openStore(createStore(`attendance-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

describe('the attendance report of the example year', () => {
  it('has a column per session, a row per member state in protocol order, and the April marks', async () => {
    await open();
    const report = attendanceReport(await readAttendance(store, YEAR), 'parties', 'en');
    expect(report.columns.map((c) => c.label)).toEqual([
      '2 Apr 2015 · CFM',
      '19 May 2015 · CSSC',
      '3 Jun 2015 · CDM',
      '14 Sept 2015 · CFM + CDM + CSSC',
      '15 Sept 2015 · CSC',
      '29 Sept 2015 · CFM',
      '2 Dec 2015 · CFM',
    ]);
    expect(report.rows.map((r) => r.label)).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    expect(report.rows[0]?.marks.slice(0, 2)).toEqual(['present', 'none']);
    expect(report.columnRates[0]).toBe(1);
    expect(report.byBody).toEqual([
      { label: 'CFM', rate: 1 },
      { label: 'CSSC', rate: null },
      { label: 'CDM', rate: null },
      { label: 'CSC', rate: null },
    ]);
  });

  it('follows a change of attendance, and its sheet carries rates as percentages', async () => {
    await open();
    const makei = await store.participants.find('ex-session-2015-04-02-cfm', 'ex-person-makei');
    if (!makei) throw new Error('missing');
    await store.participants.update(makei, { attendance: 'absent' });
    const report = attendanceReport(await readAttendance(store, YEAR), 'parties', 'ru');
    expect(report.rows.find((r) => r.label === 'Беларусь')).toMatchObject({ rate: 0 });
    const sheet = attendanceSheet(report, 'ru');
    expect(sheet.header[0]).toBe('Государство-член');
    expect(sheet.rows[1]).toEqual(['Беларусь', 'Отсутствует', '', '', '', '', '', '', { percent: 0 }]);
    const rate = sheet.rows.at(-1)?.[1];
    expect(typeof rate === 'object' && rate !== null && 'percent' in rate ? rate.percent : null).toBeCloseTo(5 / 6);
  });

  it('lists persons grouped by delegation in protocol order', async () => {
    await open();
    const report = attendanceReport(await readAttendance(store, YEAR), 'persons', 'en');
    expect(report.rows.map((r) => r.label)).toEqual([
      'NALBANDIAN, Edward (Armenia)',
      'MAKEI, Vladimir (Belarus)',
      'IDRISSOV, Erlan (Kazakhstan)',
      'ABDYLDAEV, Erlan (Kyrgyzstan)',
      'LAVROV, Sergey (Russia)',
      'ASLOV, Sirodjiddin (Tajikistan)',
      'DAČIĆ, Ivica (OSCE)',
      'MUELLER, Markus (OSCE)',
      'JENČA, Miroslav (UN)',
    ]);
  });
});
