import { describe, expect, it } from 'vitest';
import { PendingOrder } from './pending-order';

describe('a reorder asked before the rows show the last one', () => {
  it('starts from the order asked, not from the rows still shown', () => {
    const order = new PendingOrder();
    const shown = ['a', 'b', 'c'];
    expect(order.move(shown, 'c', -1)).toEqual(['a', 'c', 'b']);
    // The rows have not been read back yet: the second move starts where the first put c.
    expect(order.move(shown, 'c', -1)).toEqual(['c', 'a', 'b']);
    // The first move read back, the second not yet: still from the last asked.
    expect(order.current(['a', 'c', 'b'])).toEqual(['c', 'a', 'b']);
    expect(order.move(['a', 'c', 'b'], 'b', -1)).toEqual(['c', 'b', 'a']);
  });

  it('forgets the order asked once the rows show it, or show an order another window made', () => {
    const order = new PendingOrder();
    order.move(['a', 'b', 'c'], 'c', -1);
    expect(order.current(['a', 'c', 'b'])).toEqual(['a', 'c', 'b']);
    expect(order.move(['a', 'c', 'b'], 'a', 1)).toEqual(['c', 'a', 'b']);
    expect(order.current(['b', 'a', 'c'])).toEqual(['b', 'a', 'c']);
  });
});
