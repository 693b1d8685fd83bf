// docs/quality.md reliability 12, "merges lose nothing": copies of one chairmanship take random
// concurrent edits, deletions, additions (two copies often putting the same person on the same
// list) and Undo of deletions, and merge each other's backups in random orders with the
// preselected choices (lib/backup/io/merge-fuzz.test-helper.ts). Every copy must end with the same
// data, and no field one copy alone changed may lose that copy's last value.
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../e2e/bench/archive/random';
import { fuzzMerges } from '../lib/backup/io/merge-fuzz.test-helper';
import { recordFigure } from './harness';

const SEEDS = 200;
const SHAPES = [
  { copies: 2, rounds: 16, opsPerRound: 8 },
  { copies: 3, rounds: 12, opsPerRound: 6 },
];

describe('merges', () => {
  it('converge on every copy and lose no edit one copy alone made, over random histories', () => {
    const figure = { seeds: SEEDS, shapes: SHAPES.map((s) => `${s.copies} copies`), runs: 0, ops: 0, merges: 0, diverged: 0, lost: 0 };
    const failures: string[] = [];
    for (const shape of SHAPES) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const outcome = fuzzMerges(seeded(seed * 7919 + shape.copies), shape);
        figure.runs++;
        figure.ops += outcome.ops;
        figure.merges += outcome.merges;
        figure.diverged += outcome.diverged.length;
        figure.lost += outcome.lost.length;
        if (outcome.diverged.length || outcome.lost.length)
          failures.push(`${shape.copies} copies, seed ${seed}: ${[...outcome.diverged, ...outcome.lost].slice(0, 3).join('; ')}`);
      }
    }
    recordFigure('merges', figure);
    expect(failures).toEqual([]);
    expect(figure.merges).toBeGreaterThan(figure.runs * 10);
  });
});
