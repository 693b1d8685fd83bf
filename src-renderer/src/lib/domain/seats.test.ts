import { describe, expect, it } from 'vitest';
import {
  bodyMembersOn,
  invitationList,
  isMemberOn,
  overlappingHolder,
  seatHolderOn,
  seatTitleOf,
  succession,
  validateAppointment,
} from './seats';
import { appointment, body, MEMBERS, OSCE, party } from './test-fixtures';

const BODIES = [body('cfm'), body('cdm')];

// Armenia changed foreign minister mid-year (an illustrative succession on 1 July).
const seats = [
  appointment('nalbandian', 'cfm', 'am', '2015-01-01', '2015-06-30'),
  appointment('successor', 'cfm', 'am', '2015-07-01'),
  appointment('lavrov', 'cfm', 'ru', '2015-01-01'),
  appointment('aslov', 'cfm', 'tj', '2015-01-01'),
  appointment('mirzo', 'cdm', 'tj', '2015-01-01'),
  appointment('shoigu', 'cdm', 'ru', '2015-01-01'),
];

describe('seat holders on a date', () => {
  it('finds the minister in office on the day, before and after a change of minister mid-year', () => {
    expect(seatHolderOn(seats, 'cfm', 'am', '2015-04-02')?.personId).toBe('nalbandian');
    expect(seatHolderOn(seats, 'cfm', 'am', '2015-06-30')?.personId).toBe('nalbandian');
    expect(seatHolderOn(seats, 'cfm', 'am', '2015-07-01')?.personId).toBe('successor');
    expect(seatHolderOn(seats, 'cfm', 'am', '2015-12-02')?.personId).toBe('successor');
  });

  it('has no holder before the first appointment or for a seat never filled', () => {
    expect(seatHolderOn(seats, 'cfm', 'am', '2014-12-31')).toBeUndefined();
    expect(seatHolderOn(seats, 'cdm', 'am', '2015-04-02')).toBeUndefined();
  });

  it('lets the latest appointment win where two records overlap', () => {
    const overlapping = [appointment('old', 'cfm', 'kz', '2015-01-01'), appointment('new', 'cfm', 'kz', '2015-05-01')];
    expect(seatHolderOn(overlapping, 'cfm', 'kz', '2015-06-01')?.personId).toBe('new');
    expect(seatHolderOn(overlapping, 'cfm', 'kz', '2015-04-01')?.personId).toBe('old');
  });

  it('counts only member states within their membership dates', () => {
    expect(isMemberOn(party('x', 'member', 'X', 'Х', { memberSince: '2015-06-01' }), '2015-04-02')).toBe(false);
    expect(isMemberOn(party('x', 'member', 'X', 'Х', { memberUntil: '2015-03-01' }), '2015-04-02')).toBe(false);
    expect(isMemberOn(OSCE, '2015-04-02')).toBe(false);
    expect(isMemberOn(MEMBERS[0] ?? OSCE, '2015-04-02')).toBe(true);
  });
});

describe('the invitation list of a session', () => {
  it('invites each member state’s seat holder as head of delegation, in protocol order, the chair as chair', () => {
    const list = invitationList({ bodyIds: ['cfm'], start: '2015-04-02T00:00', chairPersonId: 'aslov' }, BODIES, [...MEMBERS, OSCE], seats);
    expect(list.map((i) => [i.partyId, i.personId, i.role])).toEqual([
      ['am', 'nalbandian', 'head'],
      ['ru', 'lavrov', 'head'],
      ['tj', 'aslov', 'chair'],
    ]);
  });

  it('invites the successor for a session after the change', () => {
    const list = invitationList({ bodyIds: ['cfm'], start: '2015-09-29T18:00' }, BODIES, MEMBERS, seats);
    expect(list.find((i) => i.partyId === 'am')?.personId).toBe('successor');
  });

  it('adds the other seat holders of a joint session as members of the delegation', () => {
    const list = invitationList({ bodyIds: ['cfm', 'cdm'], start: '2015-09-14T00:00' }, BODIES, MEMBERS, seats);
    expect(list.filter((i) => i.partyId === 'ru').map((i) => [i.personId, i.role])).toEqual([
      ['lavrov', 'head'],
      ['shoigu', 'member'],
    ]);
  });
});

describe('appointments and successors', () => {
  const current = appointment('nalbandian', 'cfm', 'am', '2015-01-01');

  it('records a successor by ending the old appointment the day before, without rewriting it', () => {
    expect(succession(current, 'successor', '2015-07-01')).toEqual({
      close: { to: '2015-06-30' },
      open: { organizationId: 'csto', personId: 'successor', bodyId: 'cfm', partyId: 'am', title: current.title, from: '2015-07-01' },
    });
  });

  it('refuses a successor who starts before the predecessor, or is the same person', () => {
    expect(succession(current, 'successor', '2015-01-01')).toEqual([{ field: 'from', code: 'successor-too-early' }]);
    expect(succession(current, 'nalbandian', '2015-07-01')).toEqual([{ field: 'personId', code: 'same-person' }]);
    expect(succession(current, 'successor', '2015-02-30')).toEqual([{ field: 'from', code: 'invalid' }]);
  });

  it('validates an appointment’s dates', () => {
    expect(validateAppointment({ personId: 'p', bodyId: 'cfm', partyId: 'am', from: '2015-05-01', to: '2015-04-01' })).toEqual([
      { field: 'to', code: 'end-before-start' },
    ]);
    expect(validateAppointment({ personId: 'p', bodyId: '', partyId: 'am', from: '' })).toEqual([
      { field: 'bodyId', code: 'required' },
      { field: 'from', code: 'required' },
    ]);
  });
});

describe('who sits on a body', () => {
  it('invites only the states on the body’s list, from the day each joined it', () => {
    const cfm = body('cfm', ['am', 'ru', 'tj'], { seats: [{ partyId: 'am' }, { partyId: 'ru' }, { partyId: 'tj', from: '2015-06-01' }] });
    const april = invitationList({ bodyIds: ['cfm'], start: '2015-04-02T00:00' }, [cfm], MEMBERS, seats);
    expect(april.map((i) => i.partyId)).toEqual(['am', 'ru']);
    const december = invitationList({ bodyIds: ['cfm'], start: '2015-12-02T00:00' }, [cfm], MEMBERS, seats);
    expect(december.map((i) => i.partyId)).toEqual(['am', 'ru', 'tj']);
  });

  it('drops a state that left the organization, even if still on the body’s list', () => {
    const leaving = MEMBERS.map((p) => (p.id === 'kz' ? { ...p, memberUntil: '2015-05-31' } : p));
    expect(bodyMembersOn(body('cfm'), leaving, '2015-04-02').map((p) => p.id)).toContain('kz');
    expect(bodyMembersOn(body('cfm'), leaving, '2015-06-01').map((p) => p.id)).not.toContain('kz');
  });

  it('lists the states of a joint session in the organization’s protocol order, not the bodies’', () => {
    const list = invitationList({ bodyIds: ['cdm', 'cfm'], start: '2015-09-14T00:00' }, BODIES, MEMBERS, seats, {
      kind: 'alphabetical',
      language: 'en',
    });
    expect([...new Set(list.map((i) => i.partyId))]).toEqual(['am', 'ru', 'tj']);
  });

  it('gives a state’s own seat title where it has one, else the body’s', () => {
    const cfm = body('cfm', [], {
      seats: [{ partyId: 'ru' }, { partyId: 'kg', title: { en: 'Minister of Foreign Affairs of the Kyrgyz Republic', ru: '' } }],
    });
    expect(seatTitleOf(cfm, 'ru').en).toBe('Minister of Foreign Affairs');
    expect(seatTitleOf(cfm, 'kg').en).toBe('Minister of Foreign Affairs of the Kyrgyz Republic');
  });
});

const TITLE = { en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' };

describe('overlapping seat holders', () => {
  const held = [appointment('nalbandian', 'cfm', 'am', '2015-01-01', '2015-06-30')];

  it('refuses a second holder of the same state’s seat on overlapping dates, naming the first', () => {
    const draft = { organizationId: 'csto', personId: 'other', bodyId: 'cfm', partyId: 'am', title: TITLE, from: '2015-06-30' };
    expect(overlappingHolder(draft, held)?.personId).toBe('nalbandian');
  });

  it('accepts a holder who starts the day after the last one ends, or holds another state’s seat', () => {
    const base = { organizationId: 'csto', personId: 'other', bodyId: 'cfm', title: TITLE };
    expect(overlappingHolder({ ...base, partyId: 'am', from: '2015-07-01' }, held)).toBeUndefined();
    expect(overlappingHolder({ ...base, partyId: 'ru', from: '2015-03-01' }, held)).toBeUndefined();
  });

  it('accepts an overlap when one of the two is marked as acting', () => {
    const draft = {
      organizationId: 'csto',
      personId: 'acting',
      bodyId: 'cfm',
      partyId: 'am',
      title: TITLE,
      from: '2015-03-01',
      to: '2015-03-10',
      acting: true,
    };
    expect(overlappingHolder(draft, held)).toBeUndefined();
    expect(
      overlappingHolder({ ...draft, acting: false, personId: 'x' }, [
        ...held,
        { ...appointment('acting', 'cfm', 'am', '2015-03-01', '2015-03-10'), acting: true },
      ])?.personId,
    ).toBe('nalbandian');
  });

  it('treats an open-ended seat as running on', () => {
    const open = [appointment('lavrov', 'cfm', 'ru', '2004-03-09')];
    expect(overlappingHolder({ personId: 'x', bodyId: 'cfm', partyId: 'ru', from: '2030-01-01' }, open)?.personId).toBe('lavrov');
  });
});
