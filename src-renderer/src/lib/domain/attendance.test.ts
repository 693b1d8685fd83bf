import { describe, expect, it } from 'vitest';
import { attendanceMatrix, attendanceRate, partyMark, personMark, rateByBody } from './attendance';
import type { AttendanceState, Participant } from './types';

type P = Pick<Participant, 'personId' | 'partyId' | 'attendance' | 'representsPersonId'>;
const p = (personId: string, partyId: string, attendance: AttendanceState, representsPersonId?: string): P => ({
  personId,
  partyId,
  attendance,
  ...(representsPersonId ? { representsPersonId } : {}),
});

describe('attendance marks', () => {
  const april = [
    p('lavrov', 'ru', 'absent'),
    p('deputy', 'ru', 'present', 'lavrov'),
    p('aslov', 'tj', 'present'),
    p('makei', 'by', 'excused'),
  ];

  it('marks a person present, represented by a substitute, excused, or not invited', () => {
    expect(personMark('aslov', april)).toBe('present');
    expect(personMark('lavrov', april)).toBe('represented');
    expect(personMark('makei', april)).toBe('excused');
    expect(personMark('mirzo', april)).toBe('none');
  });

  it('marks a member state present by its own delegate, represented when only a substitute came', () => {
    expect(partyMark('tj', april)).toBe('present');
    expect(partyMark('ru', april)).toBe('represented');
    expect(partyMark('by', april)).toBe('excused');
    expect(partyMark('kz', april)).toBe('none');
    expect(partyMark('kg', [p('abdyldaev', 'kg', 'unknown')])).toBe('unknown');
  });

  it("marks a minister whose substitute was absent by the minister's own mark, not represented", () => {
    const substituteAbsent = [p('lavrov', 'ru', 'absent'), p('deputy', 'ru', 'absent', 'lavrov')];
    expect(personMark('lavrov', substituteAbsent)).toBe('absent');
    expect(personMark('lavrov', [p('lavrov', 'ru', 'excused'), p('deputy', 'ru', 'unknown', 'lavrov')])).toBe('excused');
    // A substitute for someone not on the list: the minister is still not represented.
    expect(personMark('lavrov', [p('deputy', 'ru', 'absent', 'lavrov')])).toBe('none');
    expect(partyMark('ru', substituteAbsent)).toBe('absent');
  });

  it('marks a delegation excused when one of it was excused and the others absent, whatever their order', () => {
    const excusedFirst = [p('makei', 'by', 'excused'), p('deputy', 'by', 'absent')];
    expect(partyMark('by', excusedFirst)).toBe('excused');
    expect(partyMark('by', excusedFirst.toReversed())).toBe('excused');
    expect(partyMark('by', [p('makei', 'by', 'absent'), p('deputy', 'by', 'unknown')])).toBe('absent');
  });

  it('computes a rate over recorded sessions only', () => {
    expect(attendanceRate(['present', 'represented', 'absent', 'excused'])).toBe(0.5);
    expect(attendanceRate(['present', 'unknown', 'none'])).toBe(1);
    expect(attendanceRate(['unknown', 'none'])).toBeNull();
  });
});

describe('attendance matrix', () => {
  const lists = new Map<string, P[]>([
    ['s1', [p('a', 'am', 'present'), p('r', 'ru', 'present')]],
    ['s2', [p('a', 'am', 'absent'), p('r2', 'ru', 'present', 'r')]],
    ['s3', [p('a', 'am', 'unknown')]],
  ]);

  it('gives member states × sessions with rates per row and per column', () => {
    const matrix = attendanceMatrix('parties', ['s1', 's2', 's3'], ['am', 'ru'], lists);
    expect(matrix.rows).toEqual([
      { key: 'am', marks: ['present', 'absent', 'unknown'], rate: 0.5 },
      { key: 'ru', marks: ['present', 'represented', 'none'], rate: 1 },
    ]);
    expect(matrix.columnRates).toEqual([1, 0.5, null]);
    expect(matrix.overall).toBe(0.75);
  });

  it('gives persons × sessions, a represented minister counting as attended', () => {
    const matrix = attendanceMatrix('persons', ['s1', 's2'], ['r'], lists);
    expect(matrix.rows[0]).toEqual({ key: 'r', marks: ['present', 'represented'], rate: 1 });
  });

  it('rates each body over its sessions, joint sessions counting for every body', () => {
    const matrix = attendanceMatrix('parties', ['s1', 's2', 's3'], ['am', 'ru'], lists);
    const sessions = [
      { id: 's1', bodyIds: ['cfm'] },
      { id: 's2', bodyIds: ['cdm', 'cfm'] },
      { id: 's3', bodyIds: ['cdm'] },
    ];
    expect(rateByBody(['cfm', 'cdm', 'csc'], sessions, matrix)).toEqual([
      { bodyId: 'cfm', rate: 0.75 },
      { bodyId: 'cdm', rate: 0.5 },
      { bodyId: 'csc', rate: null },
    ]);
  });
});
