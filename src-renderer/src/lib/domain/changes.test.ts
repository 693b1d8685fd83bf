import { describe, expect, it } from 'vitest';
import { choiceDot, covers, dotNode, dotStamp, HybridClock, isDot } from './changes';

describe('the dot of a merge conflict settled against the preselected value', () => {
  const a = new HybridClock('aaaa', () => 1_000).tick();
  const b = new HybridClock('bbbb', () => 2_000).tick();

  it('is the same on every copy that makes the same choice, whatever the order of the competing dots', () => {
    expect(choiceDot([a, b], '"confirmed"')).toBe(choiceDot([b, a], '"confirmed"'));
    expect(isDot(choiceDot([a, b], '"confirmed"'))).toBe(true);
  });

  it('differs for another choice, or other competing changes', () => {
    expect(choiceDot([a, b], '"confirmed"')).not.toBe(choiceDot([a, b], '"postponed"'));
    const c = new HybridClock('cccc', () => 2_000).tick();
    expect(dotNode(choiceDot([a, b], '"x"'))).not.toBe(dotNode(choiceDot([a, c], '"x"')));
  });

  it('comes after both competing changes, and is seen by no copy that has not taken it', () => {
    const dot = choiceDot([a, b], '"confirmed"');
    expect(dotStamp(dot) > dotStamp(a) && dotStamp(dot) > dotStamp(b)).toBe(true);
    expect(covers({ aaaa: dotStamp(a), bbbb: dotStamp(b) }, dot)).toBe(false);
  });
});
