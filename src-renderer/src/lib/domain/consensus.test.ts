import { describe, expect, it } from 'vitest';
import { consensusCheck, decidesByConsensus } from './consensus';
import type { AttendanceState } from './types';
import { body, MEMBERS, OSCE, party } from './test-fixtures';

const CFM = [body('cfm', ['ru', 'tj', 'am', 'kg', 'by', 'kz', 'new'])];

const present = (partyId: string, attendance: AttendanceState = 'present'): { partyId: string; attendance: AttendanceState } => ({
  partyId,
  attendance,
});

describe('consensus check', () => {
  it('says all six member states are represented when each has someone present', () => {
    const check = consensusCheck(
      CFM,
      [...MEMBERS, OSCE],
      ['am', 'by', 'kz', 'kg', 'ru', 'tj'].map((p) => present(p)),
      '2015-04-02',
    );
    expect(check.complete).toBe(true);
    expect(check.members).toHaveLength(6);
    expect(check.missing).toEqual([]);
  });

  it('names the missing member states in protocol order; invited, absent or guest parties do not count', () => {
    const check = consensusCheck(
      CFM,
      [...MEMBERS, OSCE],
      [present('ru'), present('am'), present('tj', 'absent'), present('kz', 'unknown'), present('osce')],
      '2015-04-02',
    );
    expect(check.complete).toBe(false);
    expect(check.represented.map((p) => p.id)).toEqual(['am', 'ru']);
    expect(check.missing.map((p) => p.short.ru)).toEqual(['Беларусь', 'Казахстан', 'Кыргызстан', 'Таджикистан']);
  });

  it('counts only states that are members on the session date', () => {
    const newcomer = party('new', 'member', 'Newland', 'Новая', { memberSince: '2015-10-01' });
    expect(consensusCheck(CFM, [...MEMBERS, newcomer], [], '2015-04-02').members).toHaveLength(6);
    expect(consensusCheck(CFM, [...MEMBERS, newcomer], [], '2015-12-02').members).toHaveLength(7);
  });

  it('counts only the states that sit on the session’s bodies', () => {
    const narrow = [body('pc', ['ru', 'tj'])];
    const check = consensusCheck(narrow, MEMBERS, [present('ru'), present('tj')], '2015-04-02');
    expect(check.members.map((p) => p.id)).toEqual(['ru', 'tj']);
    expect(check.complete).toBe(true);
  });

  it('applies to bodies that decide by consensus only', () => {
    expect(decidesByConsensus([{ decisionRule: 'quorum' }])).toBe(false);
    expect(decidesByConsensus([{ decisionRule: 'quorum' }, { decisionRule: 'consensus' }])).toBe(true);
  });
});
