import { describe, expect, it } from 'vitest';
import { memoize, sameItems } from './cache';

describe('memoize', () => {
  it('computes an answer once per key and gives the same answer again', () => {
    let calls = 0;
    const double = memoize(
      (n: number) => String(n),
      (n: number) => {
        calls++;
        return n * 2;
      },
    );
    expect([double(2), double(3), double(2), double(3)]).toEqual([4, 6, 4, 6]);
    expect(calls).toBe(2);
  });

  it('remembers undefined answers too, and forgets everything once full', () => {
    let calls = 0;
    const nothing = memoize(
      (s: string) => s,
      (_: string): undefined => {
        calls++;
        return undefined;
      },
      2,
    );
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
    nothing('b');
    nothing('c'); // full at two answers: starts again with 'c' alone
    nothing('a');
    expect(calls).toBe(4);
  });
});

describe('sameItems', () => {
  it('holds for the same items in the same order, by identity, and for nothing else', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([], [])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });
});
