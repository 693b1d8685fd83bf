import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../db';
import * as readModels from '../db/read-models';
import type { YearScope } from '../db/read-models';
import type { SessionInput } from '../db/sessions';
import { OpenYear } from './open-year.svelte';

let store: Store;
const years = new OpenYear();

afterEach(async () => {
  years.stop();
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function open(): Promise<Store> {
  store = await openStore(createStore(`open-year-${crypto.randomUUID()}`), () => undefined);
  setStore(store);
  await store.db.bodies.put({
    id: 'cfm',
    createdAt: '2015-01-01T00:00:00.000Z',
    updatedAt: '2015-01-01T00:00:00.000Z',
    rev: 1,
    name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
    acronym: { en: 'CFM', ru: 'СМИД' },
    level: 'ministers',
    seatTitle: { en: 'Minister', ru: 'Министр' },
    decisionRule: 'consensus',
    organizationId: 'org',
    seats: [],
    position: 0,
  });
  return store;
}

const session = (start: string, city: string): SessionInput => ({
  title: { en: `Session in ${city}`, ru: '' },
  bodyIds: ['cfm'],
  kind: 'regular',
  status: 'planned',
  allDay: false,
  start,
  end: start.replace(/T\d\d/, 'T18'),
  timeZone: 'Asia/Dushanbe',
  venue: { city: { en: city, ru: '' } },
});

const year = (y: number, organizationId = 'org'): YearScope => ({
  organizationId,
  firstDay: `${y}-01-01`,
  lastDay: `${y}-12-31`,
  homeTimeZone: 'Asia/Dushanbe',
});
const y2015 = year(2015);
const y2016 = year(2016);
const cities = (data: ReturnType<OpenYear['get']>): string[] | undefined => data?.rows.map((r) => r.session.venue.city.en);

describe('the open year', () => {
  it('is undefined until read, then holds the year in start order with its bodies, following the database', async () => {
    const { sessions } = await open();
    await sessions.create(session('2015-09-14T10:00', 'Dushanbe'));
    await sessions.create(session('2015-04-02T10:00', 'Khujand'));
    await sessions.create(session('2016-04-02T10:00', 'Minsk'));

    years.follow(y2015);
    expect(years.get(y2015)).toBeUndefined();
    await vi.waitFor(() => expect(cities(years.get(y2015))).toEqual(['Khujand', 'Dushanbe']));
    expect(years.get(y2015)?.rows[0]?.bodies.map((b) => b.acronym.en)).toEqual(['CFM']);
    expect(years.get(y2015)?.bodies.map((b) => b.id)).toEqual(['cfm']);
    // Another year is never answered with this one's rows.
    expect(years.get(y2016)).toBeUndefined();

    // A session added elsewhere (another screen, another window) shows without asking.
    await sessions.create(session('2015-12-02T10:00', 'Belgrade'));
    await vi.waitFor(() => expect(cities(years.get(y2015))).toEqual(['Khujand', 'Dushanbe', 'Belgrade']));
  });

  it('holds its own organization’s sessions only, not another organization’s in the same days', async () => {
    const { sessions, db } = await open();
    const cfm = await db.bodies.get('cfm');
    if (!cfm) throw new Error('no body');
    await db.bodies.put({ ...cfm, id: 'sco-cfm', organizationId: 'sco', acronym: { en: 'SCO CFM', ru: 'СМИД ШОС' } });
    await sessions.create(session('2015-04-02T10:00', 'Khujand'));
    await sessions.create({ ...session('2015-07-10T10:00', 'Ufa'), bodyIds: ['sco-cfm'] });
    years.follow(y2015);
    await vi.waitFor(() => expect(cities(years.get(y2015))).toEqual(['Khujand']));
    expect(years.get(y2015)?.bodies.map((b) => b.id)).toEqual(['cfm']);
    years.follow(year(2015, 'sco'));
    await vi.waitFor(() => expect(cities(years.get(year(2015, 'sco')))).toEqual(['Ufa']));
  });

  it('runs from the chairmanship’s first day to its last, not the calendar year', async () => {
    const { sessions } = await open();
    await sessions.create(session('2015-06-30T10:00', 'Before'));
    await sessions.create(session('2015-07-01T10:00', 'First'));
    await sessions.create(session('2016-06-30T10:00', 'Last'));
    await sessions.create(session('2016-07-01T10:00', 'After'));
    const midYear: YearScope = { organizationId: 'org', firstDay: '2015-07-01', lastDay: '2016-06-30', homeTimeZone: 'Asia/Dushanbe' };
    years.follow(midYear);
    await vi.waitFor(() => expect(cities(years.get(midYear))).toEqual(['First', 'Last']));
  });

  it('follows one year at a time: switching drops the year before', async () => {
    const { sessions } = await open();
    await sessions.create(session('2015-04-02T10:00', 'Khujand'));
    await sessions.create(session('2016-04-02T10:00', 'Minsk'));
    years.follow(y2015);
    await vi.waitFor(() => expect(cities(years.get(y2015))).toEqual(['Khujand']));

    years.follow(y2016);
    expect(years.get(y2015)).toBeUndefined();
    await vi.waitFor(() => expect(cities(years.get(y2016))).toEqual(['Minsk']));
  });

  it('says why the year could not be read, for that year only, and reads it again when asked again', async () => {
    const { sessions } = await open();
    await sessions.create(session('2015-04-02T10:00', 'Khujand'));
    await sessions.create(session('2016-04-02T10:00', 'Minsk'));
    const failure = new Error('The disk could not be read.');
    vi.spyOn(readModels, 'readYear').mockRejectedValueOnce(failure);
    years.follow(y2015);
    await vi.waitFor(() => expect(years.errorOf(y2015)).toBe(failure));
    expect(years.get(y2015)).toBeUndefined();
    expect(years.errorOf(y2016)).toBeNull();

    // The screen opened again: the year is read again, and this time it can be.
    years.follow(y2015);
    expect(years.errorOf(y2015)).toBeNull();
    await vi.waitFor(() => expect(cities(years.get(y2015))).toEqual(['Khujand']));
    expect(years.errorOf(y2015)).toBeNull();
  });
});
