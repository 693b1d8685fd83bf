import { describe, expect, it } from 'vitest';
import { defaultChair } from './session-chair';

const seat = (bodyId: string, partyId: string, personId: string, from: string, to?: string) => ({
  bodyId,
  partyId,
  personId,
  from,
  ...(to ? { to } : {}),
});
const seats = [
  seat('chs', 'kg', 'jeenbekov', '2017-11-24'),
  seat('chs', 'ru', 'putin', '2012-05-07'),
  seat('cfm', 'kg', 'abdyldaev', '2012-09-03', '2018-04-19'),
  seat('cfm', 'kg', 'aidarbekov', '2018-04-20'),
  seat('cfm', 'ru', 'lavrov', '2004-03-09'),
];
const session = (bodyIds: string[], start: string, chairPersonId?: string) => ({
  bodyIds,
  start,
  ...(chairPersonId ? { chairPersonId } : {}),
});

describe('who chairs a session when none is named', () => {
  it('is the chairing state’s seat holder on the session’s first day', () => {
    const bodies = [{ id: 'cfm' }];
    expect(defaultChair(session(['cfm'], '2019-05-21T10:00'), bodies, seats, 'kg')).toBe('aidarbekov');
    expect(defaultChair(session(['cfm'], '2018-01-10T10:00'), bodies, seats, 'kg')).toBe('abdyldaev');
  });

  it('follows a body chaired by another state', () => {
    expect(defaultChair(session(['cfm'], '2019-05-21T10:00'), [{ id: 'cfm', chairPartyId: 'ru' }], seats, 'kg')).toBe('lavrov');
  });

  it('takes the first of a joint session’s bodies whose seat is held', () => {
    const bodies = [{ id: 'cdm' }, { id: 'chs' }, { id: 'cfm' }];
    expect(defaultChair(session(['cdm', 'chs', 'cfm'], '2019-06-14T09:00'), bodies, seats, 'kg')).toBe('jeenbekov');
  });

  it('keeps the chair the session names, and names none without a held seat', () => {
    expect(defaultChair(session(['cfm'], '2019-05-21T10:00', 'lavrov'), [{ id: 'cfm' }], seats, 'kg')).toBe('lavrov');
    expect(defaultChair(session(['cfm'], '2019-05-21T10:00'), [{ id: 'cfm' }], seats, 'tj')).toBeUndefined();
    expect(defaultChair(session(['cfm'], '2019-05-21T10:00'), [{ id: 'cfm' }], seats, undefined)).toBeUndefined();
  });
});
