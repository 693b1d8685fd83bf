import { describe, expect, it } from 'vitest';
import { defaultSeatDate, seatTable } from './seat-table';
import type { Appointment, Body, Party } from './types';

const party = (id: string, extra: Partial<Party> = {}): Pick<Party, 'id' | 'kind' | 'memberSince' | 'memberUntil'> => ({
  id,
  kind: 'member',
  ...extra,
});
const seat = (id: string, partyId: string, personId: string, from: string, to?: string): Appointment => ({
  id,
  createdAt: '',
  updatedAt: '',
  rev: 1,
  organizationId: 'sco',
  bodyId: 'cfm',
  partyId,
  personId,
  title: { en: '', ru: '' },
  from,
  ...(to ? { to } : {}),
});

const council: Pick<Body, 'id' | 'seats' | 'seatTitle'> = {
  id: 'cfm',
  seatTitle: { en: 'Minister of Foreign Affairs', ru: 'министр иностранных дел' },
  seats: [{ partyId: 'kg' }, { partyId: 'kz', title: { en: 'Minister', ru: 'министр' } }, { partyId: 'ru', to: '2019-03-31' }],
};
const states = [party('kz'), party('kg'), party('ru'), party('tj')];

describe('the seats of a body on a date', () => {
  const records = [
    seat('kg-1', 'kg', 'abdyldaev', '2012-09-03', '2018-04-19'),
    seat('kg-2', 'kg', 'aidarbekov', '2018-04-20', '2020-10-14'),
    seat('kg-3', 'kg', 'kazakbaev', '2020-10-15'),
    seat('kz-1', 'kz', 'atamkulov', '2019-02-25', '2019-06-17'),
    seat('kz-2', 'kz', 'tileuberdi', '2019-06-18'),
    seat('ru-1', 'ru', 'lavrov', '2004-03-09'),
  ];

  it('lists the states on the body in the order given, with the state’s own seat title or the body’s', () => {
    const rows = seatTable(council, states, records, '2019-06-14');
    expect(rows.map((r) => r.party.id)).toEqual(['kz', 'kg', 'ru']);
    expect(rows.map((r) => r.title.en)).toEqual(['Minister', 'Minister of Foreign Affairs', 'Minister of Foreign Affairs']);
  });

  it('names the holder on the date, the one before and the one recorded to follow', () => {
    const [kz, kg] = seatTable(council, states, records, '2019-06-14');
    expect([kz?.previous?.id, kz?.holder?.id, kz?.next?.id]).toEqual([undefined, 'kz-1', 'kz-2']);
    expect([kg?.previous?.id, kg?.holder?.id, kg?.next?.id]).toEqual(['kg-1', 'kg-2', 'kg-3']);
    expect(kg?.history.map((a) => a.id)).toEqual(['kg-1', 'kg-2', 'kg-3']);
  });

  it('keeps a state that has left the body, marked as not seated', () => {
    const ru = seatTable(council, states, records, '2019-06-14')[2];
    expect(ru?.seated).toBe(false);
    expect(seatTable(council, states, records, '2019-01-10')[2]?.seated).toBe(true);
  });

  it('marks a state that is no longer a member as not seated', () => {
    const left = [party('kz', { memberUntil: '2019-01-01' }), party('kg')];
    expect(seatTable(council, left, records, '2019-06-14').map((r) => r.seated)).toEqual([false, true]);
  });

  it('has no holder for an empty seat', () => {
    const kg = seatTable(council, states, records, '2011-01-01')[1];
    expect(kg?.holder).toBeUndefined();
    expect(kg?.next?.id).toBe('kg-1');
  });
});

describe('the day the seats are shown on', () => {
  const chairmanship = { firstDay: '2019-01-01', lastDay: '2019-12-31' };

  it('is today during the chairmanship', () => {
    expect(defaultSeatDate(chairmanship, '2019-06-14')).toBe('2019-06-14');
  });

  it('is the first day before or after it', () => {
    expect(defaultSeatDate(chairmanship, '2018-12-31')).toBe('2019-01-01');
    expect(defaultSeatDate(chairmanship, '2026-05-01')).toBe('2019-01-01');
  });
});
