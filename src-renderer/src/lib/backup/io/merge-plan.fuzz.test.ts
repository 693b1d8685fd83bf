// Random concurrent edits, deletions, additions and Undo on three copies, merged in random
// orders with the preselected choices: every copy ends with the same data. (The reliability
// suite runs the same with more copies and rounds.)
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../../../e2e/bench/archive/random';
import { fuzzMerges } from './merge-fuzz.test-helper';

describe('merge fuzz', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('converges: seed %i', (seed) => {
    const outcome = fuzzMerges(seeded(seed), { copies: 3, rounds: 12, opsPerRound: 6 });
    expect(outcome.diverged).toEqual([]);
    expect(outcome.lost).toEqual([]);
    expect(outcome.merges).toBeGreaterThan(10);
  });

  it('converges where a copy learnt of a change through a third copy before it had its value', () => {
    // Three copies whose histories once left copy 2 having "seen" a later status of copy 0's
    // while still holding an earlier one, which each side then kept as its own.
    const outcome = fuzzMerges(seeded(29 * 7919 + 3), { copies: 3, rounds: 12, opsPerRound: 6 });
    expect(outcome.diverged).toEqual([]);
    expect(outcome.lost).toEqual([]);
  });
});
